// Why connecting to a team database did not work, in words that say what to do. The core already words
// a wrong password, a missing database, a database that is not SEF Studio's and an administrator's login;
// here the rest are said as a person connecting meets them: the server not answering, a certificate that
// cannot be checked (pointing at the council's own certificate authority, which the dialog can take), and
// a login that is not a member of the team. No message names the password.
import { certificateProblem, otherNameInWords } from '../../src/core/db/certificate-authority';
import { AppError } from '../../src/core/errors';
import type { AppErrorShape } from '../../src/shared/result';
import type { TeamAddressInput } from '../../src/shared/team-connection';

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

/**
 * `authority` is the name of the certificate authority file the server was checked against, when the
 * person chose one (null: the system's trusted CAs).
 */
export function describeConnectFailure(address: TeamAddressInput, err: unknown, authority: string | null = null): AppErrorShape {
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
  const certificate = certificateProblem(err);
  if (certificate?.kind === 'other-name')
    return {
      code: 'forbidden',
      message:
        `The server at ${address.host} showed a certificate ${otherNameInWords(certificate) ?? 'made out to another name'} (${certificate.code}), so nothing was sent to it. ` +
        'Enter the server’s name exactly as IT gave it (the name on its certificate), or ask IT to check the certificate.',
    };
  if (certificate && authority)
    return {
      code: 'forbidden',
      message:
        `The server at ${address.host} did not show a certificate signed by the certificate authority in ${authority} (${certificate.code}), so nothing was sent to it. ` +
        `Check with IT that ${authority} is the authority that signed the team database’s certificate and that the certificate is in date.`,
    };
  if (certificate)
    return {
      code: 'forbidden',
      message:
        `The server at ${address.host} did not show a certificate SEF Studio could verify (${certificate.code}), so nothing was sent to it. ` +
        'If your council uses its own certificate authority, choose its certificate file (IT can give it to you) under “Certificate authority”, then connect again; ' +
        'otherwise ask IT to check the team database’s TLS certificate.',
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
