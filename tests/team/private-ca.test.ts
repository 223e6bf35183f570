// A team database whose server certificate comes from the council's own certificate authority, against
// a real PostgreSQL server serving TLS with a certificate that `openssl` made and signed in this test.
// Without the CA it is refused as not verified, saying what to do; with it (--ca FILE, sslrootcert=FILE,
// or the file chosen in the desktop app's connect dialog) it connects. "127.1" is this computer under a
// name SEF Studio treats as a server elsewhere, so the certificate is checked as it would be for a real one.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
import { findOpenssl, makePrivateCa, type PrivateCa } from '../support/private-ca';
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
      const db = await connect();
      try {
        expect(await db.read((q) => db.identity(q)), how).toMatchObject({ login: 'dana', role: 'director' });
        const tls = await db.get<{ ssl: number }>('SELECT CASE WHEN ssl THEN 1 ELSE 0 END AS ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
        expect(tls?.ssl, how).toBe(1);
      } finally {
        await db.close();
      }
    }
  });

  it('a certificate made out to another name is refused even with the CA', async () => {
    // "127.0.1" is this computer too (as 127.1 is), but not a name on the certificate.
    const url = danaUrl('127.0.1');
    const err = await openTeamDatabase(url, { caFile: ca.caFile }).catch((e: unknown) => e);
    expect(certificateProblem(err)).toMatchObject({ kind: 'other-name' });
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
