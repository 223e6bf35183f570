// The desktop app's database host on a team database, against a real PostgreSQL server: connecting as a
// member through the same switching path as a file (so the core, change events and grants keep working),
// every way connecting can fail said in words that say what to do, the password kept only encrypted and
// only when asked, start-up going back to the team database, "Work on a local file instead", and a
// server that goes away and comes back told to the window as it happens. A private cluster, so stopping
// it disturbs no other test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DatabaseHost } from '../../electron/main/database';
import { CredentialStore } from '../../electron/main/credentials';
import { TeamConnections } from '../../electron/main/team-connections';
import { PrivateCopies } from '../../src/core/files/private-copies';
import { openTeamDatabase, type PostgresDatabase } from '../../src/core/db/postgres';
import { call } from '../../src/core/dispatch';
import { coreContext } from '../../src/core/context';
import type { ChangeEvent } from '../../src/shared/events';
import { teamAddressOfRecent, type ConnectionStatus, type TeamConnectRequest } from '../../src/shared/team-connection';
import { holdConnections, type HeldServer } from '../support/held-server';
import { startCluster, type Cluster } from '../support/postgres-cluster';
import { memberUrl, PASSWORD, teamDatabaseWith } from '../support/team-logins';
import { testCipher } from '../support/test-cipher';
import { tempDir } from '../support/tempdb';

let cluster: Cluster;
let dir: string;
let cleanupDir: () => Promise<void>;
const hosts: DatabaseHost[] = [];
const others: PostgresDatabase[] = [];
const held: HeldServer[] = [];

beforeAll(async () => {
  const postgres = inject('postgres');
  if (!postgres) return;
  cluster = await startCluster(postgres.bin);
  await teamDatabaseWith(cluster.adminUrl);
  // A login the server knows that the team never added, and a database on the server that is not SEF Studio's.
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`CREATE ROLE stranger LOGIN PASSWORD '${PASSWORD}'`);
  await admin.query('CREATE DATABASE payroll');
  await admin.end();
  const t = await tempDir();
  dir = t.dir;
  cleanupDir = t.cleanup;
});
afterAll(async () => {
  for (const server of held) await server.close();
  for (const host of hosts) await host.close();
  for (const db of others) await db.close().catch(() => undefined);
  cluster?.stop();
  await cleanupDir?.();
});

/** A host as the desktop app makes one, on a local file, with its log kept. */
function newHost(name: string) {
  const file = join(dir, `${name}.sqlite`);
  const log: string[] = [];
  const host = new DatabaseHost(file, { appVersion: '0.0.0-test', privateCopies: new PrivateCopies(join(dir, `${name}-copies`)), log: (m) => log.push(m) });
  hosts.push(host);
  return { host, file, log };
}

function address(login = 'dana') {
  const url = new URL(cluster.adminUrl);
  return { host: url.hostname, port: Number(url.port), database: 'postgres', login };
}

function request(overrides: Partial<TeamConnectRequest> = {}): TeamConnectRequest {
  return { ...address(), password: PASSWORD, remember: false, ...overrides };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!check()) throw new Error(`Still waiting for ${what}`);
}

describe('the desktop host on a team database', () => {
  it('switches from the file to the team database and back, with the core, change events and grants working', async () => {
    const { host, file, log } = newHost('switch');
    await host.open(file);
    const teams = new TeamConnections(host, new CredentialStore(join(dir, 'switch.json'), testCipher()));
    const heard: ChangeEvent[] = [];
    host.onChange((event) => heard.push(event));

    const outcome = await teams.connect(request());
    const where = `team database dana@${address().host}:${address().port}/postgres`;
    expect(outcome).toEqual({ ok: true, where, remembered: false });
    // The recent list names it so, and reads the address back from that name (no password in either).
    expect(teamAddressOfRecent(where)).toEqual(address());
    expect(host.state).toEqual({ ok: true, path: where });
    expect(host.onTeamDatabase).toBe(true);
    expect(await host.dispatch('session.get', {})).toMatchObject({ ok: true, value: { login: 'dana', name: 'Dana Director', role: 'director', where } });
    // No automatic copy beside a team database: there is no folder, and IT backs the server up.
    expect(await host.takeAutomaticBackup()).toBeNull();

    // Its own changes and, by LISTEN/NOTIFY, other people's reach the host's listeners.
    const created = await host.dispatch('packs.create', { title: 'Team pack', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-01' });
    expect(created.ok).toBe(true);
    const packId = (created as { value: { id: string } }).value.id;
    expect(heard.some((e) => e.origin === 'local' && e.entities.includes('pack'))).toBe(true);
    const quinnDb = await openTeamDatabase(memberUrl(cluster.adminUrl, 'quinn'));
    others.push(quinnDb);
    await call(coreContext({ db: quinnDb, appVersion: '0.0.0-test' }), 'packs.update', { packId, title: 'Renamed by Quinn' });
    await until(() => heard.some((e) => e.origin === 'remote' && e.actor === 'Quinn Quality'), 'Quinn’s change');

    // A grant made before the switch still names its file afterwards.
    const grant = host.files.grant('/tmp/evidence.pdf', 'attach-evidence');
    const local = await teams.workLocally();
    expect(local).toEqual({ ok: true, path: file });
    expect(host.onTeamDatabase).toBe(false);
    expect(host.files.take(grant, 'attach-evidence')).toBe('/tmp/evidence.pdf');
    expect(await host.dispatch('session.get', {})).toMatchObject({ ok: true, value: { role: null } });
    expect(log.join('\n')).not.toContain(PASSWORD);
  });

  it('says what to do when connecting fails, and keeps the file open meanwhile', async () => {
    const { host, file, log } = newHost('failures');
    await host.open(file);
    const teams = new TeamConnections(host, new CredentialStore(join(dir, 'failures.json'), testCipher()));
    const failures: [string, TeamConnectRequest, RegExp][] = [
      ['a wrong password', request({ password: 'not the password' }), /did not accept that login and password\. Check them, or ask IT to reset your password/],
      ['a server that does not answer', request({ port: 1 }), /could not reach a team database at .*:1\. Check the server name and port with IT/],
      ['a database that is not SEF Studio’s', request({ database: 'payroll' }), /is not a SEF Studio team database yet\. IT sets one up/],
      ['no such database', request({ database: 'nowhere' }), /There is no database of that name on the server/],
      ['a login with no role in the team', request({ login: 'stranger' }), /stranger is not a member of this team database, so it gives you no role\. Ask IT or your quality lead to add you/],
      // 127.1 is this computer under another name, so SEF Studio treats it as a server elsewhere: TLS or nothing.
      ['a server elsewhere without TLS', request({ host: '127.1' }), /The server at 127\.1 does not offer encrypted \(TLS\) connections\. SEF Studio reaches any server but this computer only over TLS/],
      ['an administrator’s login', { ...request(), login: 'sef_admin', password: new URL(cluster.adminUrl).password }, /is an administrator's login/],
    ];
    for (const [name, attempt, message] of failures) {
      const outcome = await teams.connect(attempt);
      expect(outcome, name).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
      expect(JSON.stringify(outcome), name).not.toContain(attempt.password);
      expect(host.state, name).toEqual({ ok: true, path: file });
    }
    expect(log.join('\n')).not.toContain(PASSWORD);
    expect(log.join('\n')).not.toContain('not the password');
  });

  it('keeps the password only encrypted and only when asked, and goes back to the team database at start-up', async () => {
    const cipher = testCipher();
    const store = join(dir, 'remember.json');
    const first = newHost('remember');
    await first.host.open(first.file);
    expect(await new TeamConnections(first.host, new CredentialStore(store, cipher)).connect(request({ remember: true }))).toMatchObject({ ok: true, remembered: true });
    const written = await readFile(store, 'utf8');
    expect(written).not.toContain(PASSWORD);
    expect(JSON.parse(written)).toMatchObject({ address: address(), active: true, encryptedPassword: expect.any(String) });
    await first.host.close();

    // The next start: back on the team database without asking.
    const second = newHost('remember');
    const teams = new TeamConnections(second.host, new CredentialStore(store, cipher));
    const start = await teams.reconnectAtStartup();
    expect(start?.where).toBe(`team database dana@${address().host}:${address().port}/postgres`);
    expect(await start?.outcome).toEqual({ ok: true });
    expect(second.host.onTeamDatabase).toBe(true);
    expect(await teams.choices()).toEqual({ last: address(), canRememberPassword: true, passwordKept: true, certificateAuthority: null });

    // Working on the local file instead: the next start opens the file, and the address is still offered.
    await teams.workLocally();
    await second.host.close();
    const third = newHost('remember');
    expect(await new TeamConnections(third.host, new CredentialStore(store, cipher)).reconnectAtStartup()).toBeNull();

    // Connecting without "Remember" forgets the password kept before.
    await third.host.open(third.file);
    await new TeamConnections(third.host, new CredentialStore(store, cipher)).connect(request({ remember: false }));
    expect(JSON.parse(await readFile(store, 'utf8'))).not.toHaveProperty('encryptedPassword');
  });

  it('never saves a password where the system cannot encrypt it (Linux without a keyring)', async () => {
    const { host, file } = newHost('no-keyring');
    await host.open(file);
    const store = join(dir, 'no-keyring.json');
    const teams = new TeamConnections(host, new CredentialStore(store, testCipher({ available: false })));
    expect(await teams.choices()).toEqual({ last: null, canRememberPassword: false, passwordKept: false, certificateAuthority: null });
    expect(await teams.connect(request({ remember: true }))).toMatchObject({ ok: true, remembered: false });
    expect(await readFile(store, 'utf8')).not.toContain(PASSWORD);
    expect(await teams.reconnectAtStartup()).toBeNull();
  });

  it('tells the window when the server goes away and when it is back, and saves again by itself', async () => {
    const { host, file } = newHost('outage');
    await host.open(file);
    const teams = new TeamConnections(host, new CredentialStore(join(dir, 'outage.json'), testCipher()));
    expect((await teams.connect(request())).ok).toBe(true);
    const statuses: ConnectionStatus[] = [];
    host.onStatus((status) => statuses.push(status));
    const created = (await host.dispatch('packs.create', { title: 'Outage pack', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-01' })) as {
      value: { id: string };
    };

    cluster.kill();
    await until(() => statuses.some((s) => !s.online), 'the lost connection to be noticed');
    expect(statuses[0]).toEqual({ online: false, where: host.path });
    const whileDown = await host.dispatch('packs.update', { packId: created.value.id, title: 'Renamed while down' });
    expect(whileDown).toMatchObject({ ok: false, error: { code: 'offline' } });

    cluster.start();
    await until(() => statuses.at(-1)?.online === true, 'the connection to come back');
    let saved = await host.dispatch('packs.update', { packId: created.value.id, title: 'Renamed while down' });
    for (let i = 0; i < 50 && !saved.ok; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      saved = await host.dispatch('packs.update', { packId: created.value.id, title: 'Renamed while down' });
    }
    expect(saved).toMatchObject({ ok: true, value: { title: 'Renamed while down' } });
  });

  /** A host about to start, whose last team database is behind a server that answers nothing yet. */
  async function startingBehindSilence(name: string) {
    const server = await holdConnections({ host: address().host, port: cluster.port });
    held.push(server);
    const { host, file, log } = newHost(name);
    const cipher = testCipher();
    const store = join(dir, `${name}.json`);
    await new CredentialStore(store, cipher).save({ ...address(), port: server.port }, PASSWORD, true, null);
    const teams = new TeamConnections(host, new CredentialStore(store, cipher));
    const start = await teams.reconnectAtStartup();
    if (!start) throw new Error('Start-up did not try the team database');
    await until(() => server.held > 0, 'the connection to reach the silent server');
    return { server, host, file, log, teams, start, store, cipher, where: `team database dana@${address().host}:${server.port}/postgres` };
  }

  it('at start-up, says at once that it is connecting, and the local file wins while a silent server is still trying', async () => {
    const { server, host, file, log, teams, start, store, cipher, where } = await startingBehindSilence('silent');
    // Nothing waited for the server: the window can show this now.
    expect(start.where).toBe(where);
    expect(host.state).toMatchObject({ ok: false, connecting: true, path: where });
    expect(await host.dispatch('packs.list', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/still connecting to the team database dana@.* Wait a moment, or choose “Work on a local file instead”/) } });
    let settledEarly = false;
    const settled = teams.startupSettled().then((state) => {
      settledEarly = true;
      return state;
    });
    expect(settledEarly).toBe(false);

    // "Work on a local file instead" while it is still trying: the file opens now, and start-up is over.
    expect(await teams.workLocally()).toEqual({ ok: true, path: file });
    expect(await settled).toEqual({ ok: true, path: file });
    // The server answers after all: that connection is closed unused, and the file stays in use.
    server.release();
    expect(await start.outcome).toEqual({ ok: false, superseded: true });
    expect(host.state).toEqual({ ok: true, path: file });
    expect(host.onTeamDatabase).toBe(false);
    expect(log.join('\n')).toMatch(/answered after another database was opened; it was closed unused/);
    // And the next start opens the file.
    expect(await new TeamConnections(newHost('silent-next').host, new CredentialStore(store, cipher)).reconnectAtStartup()).toBeNull();
  });

  it('at start-up, moves on by itself when the connection comes, and opens the local file, saying why, when it fails', async () => {
    const coming = await startingBehindSilence('comes');
    coming.server.release();
    expect(await coming.start.outcome).toEqual({ ok: true });
    expect(await coming.teams.startupSettled()).toEqual({ ok: true, path: coming.where });
    expect(coming.host.onTeamDatabase).toBe(true);

    const failing = await startingBehindSilence('fails');
    failing.server.refuse();
    expect(await failing.start.outcome).toEqual({
      ok: false,
      where: failing.where,
      error: { code: 'offline', message: expect.stringMatching(/could not reach a team database at .*\. Check the server name and port with IT/) },
      local: { ok: true, path: failing.file },
    });
    expect(await failing.teams.startupSettled()).toEqual({ ok: true, path: failing.file });
  });
});
