// The last team database the person connected to, the certificate authority file it was checked
// against (a path, not a secret), and (only when they asked, and only encrypted by the operating system)
// their password for it, kept in the user's data folder. Encryption is behind
// SecretCipher, which Electron's safeStorage satisfies as it is; tests pass a real cipher of their own.
// When the system cannot encrypt (Linux without a keyring, where safeStorage would fall back to plain
// text), no password is ever written.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { TeamAddressSchema, type TeamAddressInput } from '../../src/shared/team-connection';

/** The part of Electron's safeStorage this needs. */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
  /** On Linux: which keyring is used; 'basic_text' is a fixed key, no better than plain text. */
  getSelectedStorageBackend?(): string;
}

export interface SavedTeamConnection {
  address: TeamAddressInput;
  /** Decrypted, when one was kept and can still be read. */
  password: string | null;
  /** Whether the app was on this team database when it last closed (so start-up goes back to it). */
  active: boolean;
  /** The council's own certificate authority the server was verified against, when it needed one. */
  certificateAuthorityFile: string | null;
}

const StoredSchema = z.object({
  address: TeamAddressSchema,
  active: z.boolean(),
  encryptedPassword: z.string().optional(),
  certificateAuthorityFile: z.string().min(1).max(32_768).optional(),
});
type Stored = z.infer<typeof StoredSchema>;

export function sameAddress(a: TeamAddressInput, b: TeamAddressInput): boolean {
  return addressKey(a) === addressKey(b);
}

/** One text per team database and login, the host's case aside: the same for any two sameAddress() addresses. */
export function addressKey(a: TeamAddressInput): string {
  return JSON.stringify([a.login, a.host.toLowerCase(), a.port, a.database]);
}

export class CredentialStore {
  constructor(
    private readonly file: string,
    private readonly cipher: SecretCipher,
  ) {}

  /** Whether a password can be kept encrypted on this computer. */
  get canRemember(): boolean {
    try {
      return this.cipher.isEncryptionAvailable() && this.cipher.getSelectedStorageBackend?.() !== 'basic_text';
    } catch {
      return false;
    }
  }

  async load(): Promise<SavedTeamConnection | null> {
    const stored = await this.read();
    if (!stored) return null;
    return {
      address: stored.address,
      active: stored.active,
      password: this.decrypt(stored.encryptedPassword),
      certificateAuthorityFile: stored.certificateAuthorityFile ?? null,
    };
  }

  /**
   * Keeps the address (with the certificate authority it was verified against) as the last one used, and
   * the password too when `password` is given and the system can encrypt it; otherwise any password kept
   * before is forgotten. Resolves to whether the password was kept.
   */
  async save(address: TeamAddressInput, password: string | null, active: boolean, certificateAuthorityFile: string | null): Promise<boolean> {
    const encryptedPassword = password !== null && this.canRemember ? this.encrypt(password) : null;
    const stored: Stored = {
      address,
      active,
      ...(encryptedPassword ? { encryptedPassword } : {}),
      ...(certificateAuthorityFile ? { certificateAuthorityFile } : {}),
    };
    return (await this.write(stored)) && encryptedPassword !== null;
  }

  /** Notes whether the app is on the saved team database, keeping everything else. */
  async setActive(active: boolean): Promise<void> {
    const stored = await this.read();
    if (stored && stored.active !== active) await this.write({ ...stored, active });
  }

  /** Null when the system refuses (its keychain locked, say): then the password is simply not kept. */
  private encrypt(password: string): string | null {
    try {
      return this.cipher.encryptString(password).toString('base64');
    } catch {
      return null;
    }
  }

  private decrypt(encrypted: string | undefined): string | null {
    if (!encrypted || !this.canRemember) return null;
    try {
      return this.cipher.decryptString(Buffer.from(encrypted, 'base64'));
    } catch {
      // Another user's keychain, or a reinstalled system: the person types it again.
      return null;
    }
  }

  private async read(): Promise<Stored | null> {
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Written under a temporary name and renamed, so a half-written file is never read back. */
  private async write(stored: Stored): Promise<boolean> {
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(`${this.file}.tmp`, JSON.stringify(stored, null, 2), { mode: 0o600 });
      await rename(`${this.file}.tmp`, this.file);
      return true;
    } catch {
      return false;
    }
  }
}
