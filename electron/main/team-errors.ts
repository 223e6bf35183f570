// Why connecting to a team database did not work, in words that say what to do. The core already words
// a wrong password, a missing database, a database that is not SEF Studio's and an administrator's login;
// here the rest are said as a person connecting meets them: the server not answering, a certificate that
// cannot be checked, and a login that is not a member of the team. No message names the password.
import { AppError } from '../../src/core/errors';
import type { AppErrorShape } from '../../src/shared/result';
import type { TeamAddressInput } from '../../src/shared/team-connection';

/** Node's names for a server certificate that could not be verified. */
const CERTIFICATE_PROBLEMS = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function server(address: TeamAddressInput): string {
  return `${address.host}:${address.port}`;
}

export function notAMember(address: TeamAddressInput): AppError {
  return new AppError(
    'forbidden',
    `The server accepted ${address.login}, but ${address.login} is not a member of this team database, so it gives you no role. ` +
      'Ask IT or your quality lead to add you (sef team add-member), then connect again.',
  );
}

export function describeConnectFailure(address: TeamAddressInput, err: unknown): AppErrorShape {
  const code = typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof AppError) {
    if (err.code === 'offline')
      return {
        code: 'offline',
        message:
          `SEF Studio could not reach a team database at ${server(address)}. Check the server name and port with IT, ` +
          'and that this computer is on the council’s network (or its VPN), then try again.',
      };
    // A login with no team role cannot even read which version the schema is: the server says permission denied.
    if (err.code === 'forbidden' && /permission denied/i.test(message)) return notAMember(address).toShape();
    return err.toShape();
  }
  if (CERTIFICATE_PROBLEMS.has(code))
    return {
      code: 'forbidden',
      message:
        `The server at ${address.host} did not show a certificate SEF Studio could verify (${code}), so nothing was sent to it. ` +
        'Any server but this computer must have a certificate your computer trusts: ask IT to check the team database’s TLS certificate.',
    };
  if (/does not support SSL/i.test(message))
    return {
      code: 'forbidden',
      message:
        `The server at ${address.host} does not offer encrypted (TLS) connections. SEF Studio reaches any server but this computer ` +
        'only over TLS with a verified certificate: ask IT to turn TLS on for the team database.',
    };
  return {
    code: 'io_error',
    message: `SEF Studio could not connect to the team database at ${server(address)}: ${message}. Check the details with IT and try again.`,
  };
}
