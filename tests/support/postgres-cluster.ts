// A throwaway PostgreSQL cluster for the team-database tests: initdb in a temporary folder, started on a
// free loopback port, stopped and removed afterwards. The server refuses to run as root, so when the
// tests run as root (CI, these build machines) the cluster belongs to an unprivileged user, `sef-test`
// unless SEF_TEST_PG_USER names another; .ci/run creates it.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** The bootstrap superuser's connection string (password included), for setting up test databases. */
  adminUrl: string;
  host: string;
  port: number;
  /** Stops the server hard, as a crash or a power cut would (for the restart tests). */
  kill(): void;
  /** Starts it again on the same port and data. */
  start(): void;
  stop(): void;
}

/** Where the PostgreSQL server programs are, or why there are none. */
export function findPostgres(): { bin: string } | { missing: string } {
  const candidates = [process.env.SEF_TEST_PG_BIN, ...debianVersions()].filter((d): d is string => !!d);
  for (const dir of candidates) if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return { bin: dir };
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return { bin: join(onPath, '..') };
  return {
    missing:
      'PostgreSQL is not installed on this machine (no initdb in /usr/lib/postgresql/*/bin or on PATH), so the team-database tests ' +
      'are skipped. Install Debian\'s "postgresql" package (.ci/run does) to run them.',
  };
}

function debianVersions(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function userIds(name: string): { uid: number; gid: number } | null {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : null;
}

export interface ClusterOptions {
  /** Serve TLS with this certificate and key (copied into the cluster's folder, as the server wants them). */
  tls?: { certFile: string; keyFile: string };
}

export async function startCluster(bin: string, { tls }: ClusterOptions = {}): Promise<Cluster> {
  const asRoot = process.getuid?.() === 0;
  const owner = process.env.SEF_TEST_PG_USER ?? 'sef-test';
  const ids = asRoot ? userIds(owner) : null;
  if (asRoot && !ids)
    throw new Error(
      `The PostgreSQL test cluster cannot run as root, and there is no user "${owner}" to run it as. Create one (useradd --system ${owner}; .ci/run does) or set SEF_TEST_PG_USER.`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'sef-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  writeFileSync(join(dir, 'password'), `${password}\n`);
  if (ids) {
    chownSync(dir, ids.uid, ids.gid);
    chownSync(join(dir, 'password'), ids.uid, ids.gid);
  }
  chmodSync(dir, 0o700);
  // The server reads its key only when the key belongs to it and no one else may read it.
  const tlsFiles = tls ? { cert: join(dir, 'server.crt'), key: join(dir, 'server.key') } : null;
  if (tls && tlsFiles) {
    copyFileSync(tls.certFile, tlsFiles.cert);
    copyFileSync(tls.keyFile, tlsFiles.key);
    chmodSync(tlsFiles.key, 0o600);
    if (ids) for (const file of [tlsFiles.cert, tlsFiles.key]) chownSync(file, ids.uid, ids.gid);
  }
  const as = (program: string, args: string[]) => {
    const command = join(bin, program);
    const [file, argv] = ids ? ['runuser', ['-u', owner, '--', command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  as('initdb', ['-D', data, '-U', 'sef_admin', '--pwfile', join(dir, 'password'), '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // A test cluster holds nothing worth a disk flush, and the tests that restart it shut it down cleanly or
    // kill it, which loses nothing the operating system already has.
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    ...(tlsFiles ? ['-c ssl=on', `-c ssl_cert_file=${tlsFiles.cert}`, `-c ssl_key_file=${tlsFiles.key}`] : []),
  ].join(' ');
  const start = () => as('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options, 'start']);
  start();
  return {
    adminUrl: `postgresql://sef_admin:${password}@127.0.0.1:${port}/postgres`,
    host: '127.0.0.1',
    port,
    kill: () => as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    stop: () => {
      try {
        as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
