// Connecting the desktop app to a team database and back to a local file: what the connect dialog is
// offered, what is remembered (the address always, with the council's own certificate authority when it
// needs one; the password only encrypted and only when asked),
// going back to the team database at start-up without holding the window up (it shows at once, saying it
// is connecting), and "Work on a local file instead", even while that is still trying. The switching itself
// is DatabaseHost's, the same path a file takes. No 'electron' import: tested in plain Node against a real
// PostgreSQL server (tests/team/desktop-host.test.ts).
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { StartupState, TeamConnectOutcome } from '../../src/shared/bridge';
import {
  TeamConnectRequestSchema,
  type CertificateAuthorityOutcome,
  type ChosenCertificateAuthority,
  type TeamAddressInput,
  type TeamConnectionChoices,
  type TeamConnectRequest,
} from '../../src/shared/team-connection';
import type { AppErrorShape } from '../../src/shared/result';
import { readCertificateAuthority } from '../../src/core/db/certificate-authority';
import { AppError } from '../../src/core/errors';
import { sameAddress, type CredentialStore } from './credentials';
import type { DatabaseHost } from './database';

/**
 * A connect request checked field by field. What is wrong comes back as the form's own messages, so the
 * dialog shows them beside the fields; nothing of what was sent (the password least of all) is repeated.
 */
export function parseConnectRequest(payload: unknown): { ok: true; request: TeamConnectRequest } | (TeamConnectOutcome & { ok: false }) {
  const parsed = TeamConnectRequestSchema.safeParse(payload);
  if (parsed.success) return { ok: true, request: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : 'request';
    fields[key] ??= issue.message;
  }
  return {
    ok: false,
    error: { code: 'invalid_input', message: `The connection details were not complete: ${Object.values(fields).join(' ')}`, fields },
  };
}

/**
 * How going back to the team database at start-up ended: connected; not, with why and the state of the
 * local file opened instead; or superseded, when the person chose another database while it was trying.
 */
export type StartupReconnectOutcome =
  | { ok: true }
  | { ok: false; where: string; error: AppErrorShape; local: StartupState }
  | { ok: false; superseded: true };

export class TeamConnections {
  /** A recent team database chosen without a kept password: the dialog opens with it filled in. */
  private asked: TeamAddressInput | null = null;
  /** Certificate authority files checked for the connect dialog, by the id the renderer holds instead of a path. */
  private readonly authorities = new Map<string, string>();
  /** While start-up is still reaching the team database: settles when that is over, however it ends. */
  private starting: { settled: Promise<void>; end(): void } | null = null;

  constructor(
    private readonly database: DatabaseHost,
    private readonly credentials: CredentialStore,
  ) {}

  async choices(): Promise<TeamConnectionChoices> {
    const saved = await this.credentials.load();
    const last = this.asked ?? saved?.address ?? null;
    const forLast = !!saved && !!last && sameAddress(saved.address, last);
    const passwordKept = forLast && saved.password !== null;
    const caFile = forLast ? saved.certificateAuthorityFile : null;
    return { last, canRememberPassword: this.credentials.canRemember, passwordKept, certificateAuthority: caFile ? this.holdAuthority(caFile) : null };
  }

  /**
   * The file the person chose in the native dialog as their council's certificate authority: checked now
   * (so a wrong file is said at once, beside the button), then held for connect() under an id.
   */
  async chooseCertificateAuthority(path: string): Promise<CertificateAuthorityOutcome> {
    try {
      await readCertificateAuthority(path);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { ok: false, error: err instanceof AppError ? err.toShape() : { code: 'io_error', message: `${basename(path)} could not be read: ${message}` } };
    }
    return { ok: true, authority: this.holdAuthority(path) };
  }

  private holdAuthority(path: string): ChosenCertificateAuthority {
    let id = [...this.authorities].find(([, held]) => held === path)?.[0];
    if (!id) {
      id = randomBytes(16).toString('hex');
      this.authorities.set(id, path);
    }
    return { id, name: basename(path) };
  }

  /**
   * Connects and makes the team database the one in use. The address is kept for next time; the password
   * only when `remember` is ticked and the system can encrypt it (unticking it forgets one kept before).
   */
  async connect(request: TeamConnectRequest): Promise<TeamConnectOutcome> {
    const { password, remember, certificateAuthority, ...address } = request;
    const caFile = certificateAuthority ? this.authorities.get(certificateAuthority) : null;
    if (caFile === undefined) {
      const message = 'SEF Studio no longer holds the certificate authority’s file you chose. Choose it again, then connect.';
      return { ok: false, error: { code: 'invalid_input', message, fields: { certificateAuthority: message } } };
    }
    const result = await this.database.connectTeam(address, password, caFile);
    if (!result.ok) return result;
    this.asked = null;
    const remembered = await this.credentials.save(address, remember ? password : null, true, caFile);
    return { ok: true, where: result.state.path, remembered };
  }

  /**
   * At start-up: back to the team database the app was on when it closed, when its password was kept.
   * Null when there is nothing to go back to (the caller opens the local file). Otherwise it returns as
   * soon as the host says it is connecting, so the window need not wait for a slow or silent server;
   * `outcome` says how it ended. If the server cannot be reached, the local file is opened instead.
   */
  async reconnectAtStartup(): Promise<{ where: string; outcome: Promise<StartupReconnectOutcome> } | null> {
    const saved = await this.credentials.load();
    if (!saved?.active || saved.password === null) return null;
    const { login, host, port, database } = saved.address;
    const where = `team database ${login}@${host}:${port}/${database}`;
    this.database.showConnecting(where);
    let end!: () => void;
    const settled = new Promise<void>((resolve) => {
      end = resolve;
    });
    const starting = { settled, end };
    this.starting = starting;
    const attempt = async (): Promise<StartupReconnectOutcome> => {
      const result = await this.database.connectTeam(saved.address, saved.password!, saved.certificateAuthorityFile);
      if (result.ok) return { ok: true };
      if (result.superseded) return { ok: false, superseded: true };
      const local = await this.database.open(this.database.localFile, { createFolder: true });
      return { ok: false, where, error: result.error, local };
    };
    const outcome = attempt().finally(() => this.endStarting(starting));
    return { where, outcome };
  }

  /** The host's state once start-up is no longer connecting (at once when it is not). */
  async startupSettled(): Promise<StartupState> {
    await this.starting?.settled;
    return this.database.state;
  }

  private endStarting(starting: { end(): void } | null = this.starting): void {
    starting?.end();
    if (this.starting === starting) this.starting = null;
  }

  /**
   * A team database chosen from the recent list: connected with its kept password when there is one
   * ('connected'), or else the connect dialog should ask for it ('ask', with the address filled in).
   */
  async reconnectTo(address: TeamAddressInput): Promise<{ ok: true } | { ok: false; error: AppErrorShape } | 'ask'> {
    const saved = await this.credentials.load();
    if (!saved || saved.password === null || !sameAddress(saved.address, address)) {
      this.asked = address;
      return 'ask';
    }
    const result = await this.database.connectTeam(address, saved.password, saved.certificateAuthorityFile);
    if (!result.ok) return result;
    await this.credentials.setActive(true);
    return { ok: true };
  }

  /**
   * Back to the local file last used; the team database stays remembered, but start-up opens the file.
   * While start-up is still connecting, this wins: the team database, if it answers later, is closed unused.
   */
  async workLocally(): Promise<StartupState> {
    const state = await this.database.open(this.database.localFile, { createFolder: true });
    if (state.ok) await this.credentials.setActive(false);
    this.endStarting();
    return state;
  }
}
