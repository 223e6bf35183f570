// A team database whose server certificate comes from the council's own certificate authority, against
// a real PostgreSQL server serving TLS with a certificate that `openssl` made and signed in this test.
// Without the CA it is refused as not verified, saying what to do; with it (--ca FILE, sslrootcert=FILE,
// or the file chosen in the desktop app's connect dialog) it connects. "127.1" is this computer under a
// name SEF Studio treats as a server elsewhere, so the certificate is checked as it would be for a real one.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../src/cli/main';
import { certificateProblem } from '../../src/core/db/certificate-authority';
import { openTeamDatabase } from '../../src/core/db/postgres';
import { CredentialStore } from '../../electron/main/credentials';
import { DatabaseHost } from '../../electron/main/database';
import { TeamConnections } from '../../electron/main/team-connections';
import { PrivateCopies } from '../../src/core/files/private-copies';
import type { TeamConnectRequest } from '../../src/shared/team-connection';
import { startCluster, type Cluster } from '../support/postgres-cluster';
import { testCipher } from '../support/test-cipher';
import { findOpenssl, makePrivateCa, signServerCertificate, type PrivateCa } from '../support/private-ca';
import { memberUrl, PASSWORD, teamDatabaseWith } from '../support/team-logins';
import { tempDir } from '../support/tempdb';

const openssl = findOpenssl();
let cluster: Cluster;
let ca: PrivateCa;
let dir: string;
let cleanupDir: () => Promise<void>;
const hosts: DatabaseHost[] = [];

beforeAll(async () => {
  const postgres = inject('postgres');
  if (!postgres || 'missing' in openssl) return;
  ca = makePrivateCa(['DNS:127.1', 'DNS:localhost', 'IP:127.0.0.1']);
  cluster = await startCluster(postgres.bin, { tls: { certFile: ca.serverCert, keyFile: ca.serverKey } });
  await teamDatabaseWith(cluster.adminUrl);
  ({ dir, cleanup: cleanupDir } = await tempDir());
});
afterAll(async () => {
  for (const host of hosts) await host.close();
  cluster?.stop();
  ca?.cleanup();
  await cleanupDir?.();
});

/** Dana's connection string to the server by a name that is not this computer's, with `query` added. */
function danaUrl(host = '127.1', query = ''): string {
  const url = new URL(memberUrl(cluster.adminUrl, 'dana'));
  url.hostname = host;
  return `${url.toString()}${query}`;
}

/** The desktop app's host on a local file, and its team connections with credentials kept in `store`. */
async function desktop(name: string, store: string, cipher = testCipher()) {
  const file = join(dir, `${name}.sqlite`);
  const log: string[] = [];
  const host = new DatabaseHost(file, { appVersion: '0.0.0-test', privateCopies: new PrivateCopies(join(dir, `${name}-copies`)), log: (m) => log.push(m) });
  hosts.push(host);
  return { host, file, log, teams: new TeamConnections(host, new CredentialStore(join(dir, store), cipher)), cipher };
}

function danaRequest(overrides: Partial<TeamConnectRequest> = {}): TeamConnectRequest {
  return { host: '127.1', port: cluster.port, database: 'postgres', login: 'dana', password: PASSWORD, remember: true, ...overrides };
}

/** Whether `db` is the server answering `who` over TLS, then closed. */
async function connectedOverTls(db: Awaited<ReturnType<typeof openTeamDatabase>>, who: string): Promise<void> {
  try {
    expect(await db.read((q) => db.identity(q)), who).toMatchObject({ login: 'dana', role: 'director' });
    const tls = await db.get<{ ssl: number }>('SELECT CASE WHEN ssl THEN 1 ELSE 0 END AS ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    expect(tls?.ssl, who).toBe(1);
  } finally {
    await db.close();
  }
}

const CLI = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));

/** `sef` in a process of its own whose system trust store also holds `extraCa` (as a council's managed PCs do). */
function sefTrusting(extraCa: string, ...args: string[]): Promise<{ code: number; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      { encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: extraCa, PGPASSWORD: PASSWORD } },
      (err, _out, stderr) => resolve({ code: err ? Number(err.code ?? -1) : 0, err: stderr }),
    );
  });
}

async function sef(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe.skipIf('missing' in openssl)('a server certificate from the council’s own certificate authority', () => {
  it('is refused as not verified without the CA, and connects with it', async () => {
    const refused = await openTeamDatabase(danaUrl()).then(
      () => null,
      (err: unknown) => err,
    );
    expect(certificateProblem(refused)).toMatchObject({ kind: 'unverified' });
    // Another authority is no better than none: it did not sign the server's certificate.
    const other = await openTeamDatabase(danaUrl(), { caFile: ca.otherCaFile }).catch((err: unknown) => err);
    expect(certificateProblem(other)).toMatchObject({ kind: 'unverified' });

    for (const [how, connect] of [
      ['caFile', () => openTeamDatabase(danaUrl(), { caFile: ca.caFile })],
      ['sslrootcert in the URL', () => openTeamDatabase(danaUrl('127.1', `?sslrootcert=${encodeURIComponent(ca.caFile)}`))],
      // On this computer's own address too, when the CA is given: verified by the IP address in the certificate.
      ['127.0.0.1 with sslrootcert', () => openTeamDatabase(danaUrl('127.0.0.1', `?sslrootcert=${encodeURIComponent(ca.caFile)}`))],
    ] as const) {
      await connectedOverTls(await connect(), how);
    }
  });

  it('the CA given is the only one trusted, as sslrootcert is in libpq: the system’s own authorities are set aside', async () => {
    // This process's system store trusts the council's CA, so without --ca the server is verified...
    const url = danaUrl().replace(`:${encodeURIComponent(PASSWORD)}@`, '@');
    expect(await sefTrusting(ca.caFile, 'check', '--url', url)).toMatchObject({ code: 0 });
    // ...but given another CA, only that one counts, and the server's certificate is not its.
    const other = await sefTrusting(ca.caFile, 'check', '--url', url, '--ca', ca.otherCaFile);
    expect(other).toMatchObject({ code: 1, err: expect.stringMatching(/could not be verified against .*other-ca\.pem \((SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_[A-Z_]+)\)/) });
    // The same on this computer's own address with sslmode=require, which with a CA checks the chain.
    const local = danaUrl('127.0.0.1', `?sslmode=require&sslrootcert=${encodeURIComponent(ca.otherCaFile)}`).replace(`:${encodeURIComponent(PASSWORD)}@`, '@');
    expect(await sefTrusting(ca.caFile, 'check', '--url', local)).toMatchObject({ code: 1, err: expect.stringMatching(/could not be verified against .*other-ca\.pem/) });
  });

  it('a certificate made out to another name is refused even with the CA', async () => {
    // "127.0.1" is this computer too (as 127.1 is), but not a name on the certificate.
    const url = danaUrl('127.0.1');
    const err = await openTeamDatabase(url, { caFile: ca.caFile }).catch((e: unknown) => e);
    expect(certificateProblem(err)).toMatchObject({ kind: 'other-name' });
  });

  it('sslmode=require with a CA checks that the CA signed the certificate (verify-ca), here and for a server elsewhere', async () => {
    for (const host of ['127.0.0.1', '127.1']) {
      const url = danaUrl(host, '?sslmode=require');
      const wrong = await openTeamDatabase(url, { caFile: ca.otherCaFile }).catch((err: unknown) => err);
      expect(certificateProblem(wrong), host).toMatchObject({ kind: 'unverified' });
      await connectedOverTls(await openTeamDatabase(url, { caFile: ca.caFile }), host);
    }
    // Without a CA, require only encrypts (libpq's meaning), and only this computer may be reached that way.
    await connectedOverTls(await openTeamDatabase(danaUrl('127.0.0.1', '?sslmode=require')), 'require without a CA');
  });

  it('sef takes --ca FILE (or sslrootcert) for check, dump and team pull, and says what to do without it', async () => {
    process.env.PGPASSWORD = PASSWORD;
    try {
      const url = danaUrl().replace(`:${encodeURIComponent(PASSWORD)}@`, '@');
      expect(url).not.toContain('horse');
      const without = await sef('check', '--url', url);
      expect(without.code).toBe(1);
      expect(without.err).toMatch(
        /The server’s certificate could not be verified \([A-Z_]+\), so nothing was sent to it\. If your council uses its own certificate authority, give its certificate file with --ca FILE/,
      );
      const wrongCa = await sef('check', '--url', url, '--ca', ca.otherCaFile);
      expect(wrongCa.err).toMatch(/could not be verified against .*other-ca\.pem .*Check with IT that it is the certificate authority that signed/);

      expect(await sef('check', '--url', url, '--ca', ca.caFile)).toMatchObject({ code: 0, out: expect.stringMatching(/Checks: ok/) });
      expect(await sef('check', '--url', `${url}?sslrootcert=${encodeURIComponent(ca.caFile)}`)).toMatchObject({ code: 0 });
      expect(await sef('dump', '--url', url, '--ca', ca.caFile, '--out', join(dir, 'team.json'))).toMatchObject({ code: 0 });
      expect(await sef('team', 'pull', '--url', url, '--ca', ca.caFile, '--out', join(dir, 'copy.sqlite'))).toMatchObject({ code: 0 });

      // A file that is not a certificate is said as such before anything is sent.
      const notPem = await sef('check', '--url', url, '--ca', join(dir, 'team.json'));
      expect(notPem).toMatchObject({ code: 1, err: expect.stringMatching(/team\.json cannot be used as the certificate authority: it is not a certificate/) });
      // --ca belongs to --url; two different authorities at once are refused.
      expect(await sef('check', join(dir, 'copy.sqlite'), '--ca', ca.caFile)).toMatchObject({ code: 2, err: expect.stringMatching(/--ca FILE goes with --url URL/) });
      expect(await sef('check', '--url', `${url}?sslrootcert=${encodeURIComponent(ca.otherCaFile)}`, '--ca', ca.caFile)).toMatchObject({
        code: 1,
        err: expect.stringMatching(/Two certificate authorities were given/),
      });
      expect((await sef('check', '--help')).out).toMatch(/--ca FILE\s+With --url: your council’s own certificate authority/);
    } finally {
      delete process.env.PGPASSWORD;
    }
  });

  it('the desktop app: the refusal points at the option, the file chosen is checked, used, remembered with the address, and used at start-up', async () => {
    const store = 'credentials.json';
    const { host, file, log, teams, cipher } = await desktop('desktop', store);
    await host.open(file);

    const refused = await teams.connect(danaRequest());
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^The server at 127\.1 did not show a certificate SEF Studio could verify \([A-Z_]+\), so nothing was sent to it\. If your council uses its own certificate authority, choose its certificate file \(IT can give it to you\) under “Certificate authority”, then connect again/,
        ),
      },
    });

    // A file that is not a certificate is refused when chosen, beside the button; nothing is held for it.
    expect(await teams.chooseCertificateAuthority(ca.serverKey)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/holds a private key/) } });
    // Another authority: chosen, but the server's certificate is not its.
    const other = await teams.chooseCertificateAuthority(ca.otherCaFile);
    if (!other.ok) throw new Error(other.error.message);
    expect(await teams.connect(danaRequest({ certificateAuthority: other.authority.id }))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/did not show a certificate signed by the certificate authority in other-ca\.pem .*Check with IT that other-ca\.pem is the authority/) },
    });

    const chosen = await teams.chooseCertificateAuthority(ca.caFile);
    expect(chosen).toEqual({ ok: true, authority: { id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'ca.pem' } });
    expect(JSON.stringify(chosen)).not.toContain(ca.dir);
    if (!chosen.ok) return;
    // An id the host never gave is refused, beside the certificate authority.
    expect(await teams.connect(danaRequest({ certificateAuthority: 'f'.repeat(32) }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { certificateAuthority: expect.stringMatching(/Choose it again/) } },
    });
    expect(await teams.connect(danaRequest({ certificateAuthority: chosen.authority.id }))).toMatchObject({ ok: true, remembered: true });
    expect(host.onTeamDatabase).toBe(true);
    expect(JSON.parse(await readFile(join(dir, store), 'utf8'))).toMatchObject({ address: { host: '127.1', login: 'dana' }, certificateAuthorityFile: ca.caFile });
    expect(await teams.choices()).toMatchObject({ certificateAuthority: { id: chosen.authority.id, name: 'ca.pem' }, passwordKept: true });
    expect(log.join('\n')).not.toContain(PASSWORD);
    await host.close();

    // The next start goes back to the team database, checking its certificate against the same authority.
    const next = await desktop('desktop-next', store, cipher);
    expect(await (await next.teams.reconnectAtStartup())?.outcome).toEqual({ ok: true });
    expect(next.host.onTeamDatabase).toBe(true);
    expect((await next.teams.choices()).certificateAuthority).toMatchObject({ name: 'ca.pem' });
  });
});

describe.skipIf('missing' in openssl)('a server whose certificate is made out to another name than the one connected to', () => {
  let elsewhere: Cluster;
  beforeAll(async () => {
    const postgres = inject('postgres');
    if (!postgres) return;
    // Signed by the council's CA, but for a name that is neither 127.0.0.1 nor 127.1.
    const certificate = signServerCertificate(ca, 'elsewhere', ['DNS:sef.northmoor.example']);
    elsewhere = await startCluster(postgres.bin, { tls: { certFile: certificate.cert, keyFile: certificate.key } });
    await teamDatabaseWith(elsewhere.adminUrl);
  });
  afterAll(() => elsewhere?.stop());

  function url(host: string, sslmode: string | null): string {
    const at = new URL(memberUrl(elsewhere.adminUrl, 'dana'));
    at.hostname = host;
    return sslmode ? `${at.toString()}?sslmode=${sslmode}` : at.toString();
  }

  it('verify-ca (and require with the CA) connects: the chain is checked, not the name', async () => {
    for (const host of ['127.0.0.1', '127.1'])
      for (const mode of ['verify-ca', 'require']) await connectedOverTls(await openTeamDatabase(url(host, mode), { caFile: ca.caFile }), `${host} ${mode}`);
    // The name is not checked, but the authority still is.
    const other = await openTeamDatabase(url('127.1', 'verify-ca'), { caFile: ca.otherCaFile }).catch((err: unknown) => err);
    expect(certificateProblem(other)).toMatchObject({ kind: 'unverified' });
  });

  it('verify-full (the default with a CA) refuses it, with a message that names both names', async () => {
    for (const host of ['127.0.0.1', '127.1'])
      for (const mode of ['verify-full', null]) {
        const err = await openTeamDatabase(url(host, mode), { caFile: ca.caFile }).catch((e: unknown) => e);
        expect(certificateProblem(err), `${host} ${mode}`).toMatchObject({ kind: 'other-name', host, names: ['sef.northmoor.example'] });
      }
    process.env.PGPASSWORD = PASSWORD;
    try {
      const refused = await sef('check', '--url', url('127.1', 'verify-full').replace(`:${encodeURIComponent(PASSWORD)}@`, '@'), '--ca', ca.caFile);
      expect(refused).toMatchObject({
        code: 1,
        err: expect.stringMatching(/The server’s certificate is made out to sef\.northmoor\.example, not to 127\.1 \(the name in --url\) \(ERR_TLS_CERT_ALTNAME_INVALID\), so nothing was sent to it/),
      });
      expect(refused.err).not.toContain(PASSWORD);
    } finally {
      delete process.env.PGPASSWORD;
    }
    // The desktop app always asks for verify-full, and says the mismatch the same way.
    const { host, file, teams } = await desktop('elsewhere', 'elsewhere-credentials.json');
    await host.open(file);
    const chosen = await teams.chooseCertificateAuthority(ca.caFile);
    if (!chosen.ok) throw new Error(chosen.error.message);
    const connected = await teams.connect(danaRequest({ port: elsewhere.port, certificateAuthority: chosen.authority.id }));
    expect(connected).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^The server at 127\.1 showed a certificate made out to sef\.northmoor\.example, not to 127\.1 \(ERR_TLS_CERT_ALTNAME_INVALID\)/) },
    });
    expect(JSON.stringify(connected)).not.toContain(PASSWORD);
  });
});
