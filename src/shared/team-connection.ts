// What the person types to connect the app to a team database, checked by one schema in the renderer's
// form and again in the main process before anything is tried. The password travels once, in the
// connect request; it is never part of an address, a message or anything the host sends back.
import { z } from 'zod';
import type { AppErrorShape } from './result';

/** A server name: letters, digits, dots, hyphens (a DNS name or an IPv4 address), or an IPv6 address. */
const HOST_NAME = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/;

export const TeamAddressSchema = z
  .object({
    host: z
      .string()
      .trim()
      .min(1, 'Enter the server’s name, for example sef.council.gov.uk (ask IT), or localhost for this computer.')
      .max(253, 'A server name is at most 253 characters.')
      .regex(HOST_NAME, 'Enter the server’s name only, like sef.council.gov.uk: no postgresql://, slashes or spaces.'),
    port: z
      .number({ message: 'Enter the port as a number; it is usually 5432.' })
      .int('Enter the port as a whole number; it is usually 5432.')
      .min(1, 'A port is a number from 1 to 65535; it is usually 5432.')
      .max(65535, 'A port is a number from 1 to 65535; it is usually 5432.'),
    database: z
      .string()
      .trim()
      .min(1, 'Enter the database’s name on the server (IT set it up; often sef).')
      .max(63, 'A database name is at most 63 characters.'),
    login: z
      .string()
      .trim()
      .min(1, 'Enter your own login for the team database (IT gave it to you).')
      .max(63, 'A login is at most 63 characters.'),
  })
  .strict();
export type TeamAddressInput = z.infer<typeof TeamAddressSchema>;

/**
 * A certificate authority file the main process checked and holds for the connect dialog, named by an
 * id it made up: the renderer sees the file's name, never its path.
 */
export const CertificateAuthorityIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'Choose the certificate authority’s file again.');

export interface ChosenCertificateAuthority {
  id: string;
  /** The file's name, to show ("northmoor-ca.pem"). */
  name: string;
}

/** Choosing a certificate authority's file: checked and kept, or why not (not a certificate, too big…). */
export type CertificateAuthorityOutcome = { ok: true; authority: ChosenCertificateAuthority } | { ok: false; error: AppErrorShape };

export const TeamConnectRequestSchema = TeamAddressSchema.extend({
  password: z.string().min(1, 'Enter your password for the team database.').max(1024, 'A password is at most 1024 characters.'),
  /** Keep the password, encrypted by the operating system, so the app reconnects at start-up. */
  remember: z.boolean(),
  /** The council's own certificate authority, chosen in the dialog; left out, the system's trusted CAs. */
  certificateAuthority: CertificateAuthorityIdSchema.optional(),
}).strict();
export type TeamConnectRequest = z.infer<typeof TeamConnectRequestSchema>;

/** What the connect dialog is told before the person types: the last address used, and whether saving works. */
export interface TeamConnectionChoices {
  last: TeamAddressInput | null;
  /**
   * Whether this computer can keep a password encrypted (the operating system's keychain). When it cannot
   * (Linux without a keyring), the password is never saved and the dialog says so.
   */
  canRememberPassword: boolean;
  /** Whether a password for `last` is kept now: then "Remember" starts ticked, so connecting again keeps it. */
  passwordKept: boolean;
  /** The certificate authority last used with `last`, when it had one. */
  certificateAuthority: ChosenCertificateAuthority | null;
}

/** Whether the team database answers: told to the renderer when the connection is lost and found again. */
export interface ConnectionStatus {
  online: boolean;
  /** "team database dana@sef.council.gov.uk:5432/sef", never with a password. */
  where: string;
}

/** The connection string for an address, with no password in it (that is given to the driver apart). */
/** How a team database is named in the recent list and the window: never with a password. */
const TEAM_PLACE = /^team database (.+)@(.+):(\d+)\/(.+)$/;

/** The address of a place that is a team database ("team database dana@host:5432/sef"), or null. */
export function teamAddressOfRecent(entry: string): TeamAddressInput | null {
  const match = TEAM_PLACE.exec(entry);
  if (!match) return null;
  return { login: match[1]!, host: match[2]!, port: Number(match[3]), database: match[4]! };
}

export function teamDatabaseUrl(address: TeamAddressInput): string {
  const host = address.host.includes(':') && !address.host.startsWith('[') ? `[${address.host}]` : address.host;
  return `postgresql://${encodeURIComponent(address.login)}@${host}:${address.port}/${encodeURIComponent(address.database)}`;
}
