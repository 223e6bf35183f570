// A council's own certificate authority for the TLS tests, made with the openssl command (an independent
// implementation, as IT would use): a CA, a server certificate it signs for the names given, and a second
// CA that signed nothing (trusting it must not be enough); more server certificates from the same CA on
// request. Files in a temporary folder, removed afterwards.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateCa {
  dir: string;
  /** The CA's certificate, PEM: what IT gives people to trust. */
  caFile: string;
  /** Another CA's certificate, which signed nothing the server shows. */
  otherCaFile: string;
  /** The server's certificate and key, for PostgreSQL's ssl_cert_file and ssl_key_file. */
  serverCert: string;
  serverKey: string;
  cleanup(): void;
}

/** Whether the openssl command is here, or why these tests cannot run. */
export function findOpenssl(): { ok: true } | { missing: string } {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return { ok: true };
  } catch {
    return { missing: 'The openssl command is not installed, so the private certificate authority tests are skipped. Install Debian’s "openssl" package.' };
  }
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
}

function makeCa(dir: string, name: string, commonName: string): void {
  openssl(dir, [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '30', '-subj', `/CN=${commonName}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

/** `names` are the server's DNS names and IP addresses as they go in subjectAltName (DNS:…, IP:…). */
export function makePrivateCa(names: string[]): PrivateCa {
  const dir = mkdtempSync(join(tmpdir(), 'sef-ca-'));
  makeCa(dir, 'ca', 'Northmoor Council Test CA');
  makeCa(dir, 'other-ca', 'Somewhere Else Test CA');
  const server = serverCertificate(dir, 'server', names);
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    otherCaFile: join(dir, 'other-ca.pem'),
    serverCert: server.cert,
    serverKey: server.key,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Another server certificate from the same CA, made out to `names` only (for a server under another name). */
export function signServerCertificate(ca: PrivateCa, name: string, names: string[]): { cert: string; key: string } {
  return serverCertificate(ca.dir, name, names);
}

function serverCertificate(dir: string, name: string, names: string[]): { cert: string; key: string } {
  openssl(dir, [
    'req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', '/CN=sef-test-server',
  ]);
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${names.join(',')}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
  openssl(dir, [
    'x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-out', `${name}.crt`, '-days', '30', '-extfile', `${name}.ext`,
  ]);
  return { cert: join(dir, `${name}.crt`), key: join(dir, `${name}.key`) };
}

/** The CA's certificate in binary (DER) form, as Windows's export wizard offers it first. */
export function derCopy(ca: PrivateCa): string {
  const target = join(ca.dir, 'ca.cer');
  openssl(ca.dir, ['x509', '-in', ca.caFile, '-outform', 'DER', '-out', target]);
  return target;
}
