// A real cipher for the credential store in tests, where Electron's safeStorage does not exist: AES-256-GCM
// under a key made for the test run, so what is written to disk is really encrypted and reads back only
// with the same key. `available: false` is a computer without a keyring (Linux without one).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretCipher } from '../../electron/main/credentials';

export function testCipher({ available = true }: { available?: boolean } = {}): SecretCipher {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString(text) {
      if (!available) throw new Error('Encryption is not available on this computer.');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
