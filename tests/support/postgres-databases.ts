// Fresh team databases for tests, each copied from the migrated template the global setup made, and
// dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export const TEMPLATE_DATABASE = 'sef_template';

/** The same server and login, another database. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The test cluster's administrator URL (the global setup started it). */
export function clusterAdminUrl(): string {
  const cluster = inject('postgres');
  if (!cluster) throw new Error(inject('postgresMissing'));
  return cluster.adminUrl;
}

export async function adminQuery(sql: string, database = 'postgres'): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: databaseUrl(clusterAdminUrl(), database) });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database with the schema applied; returns its administrator's URL and a function that drops it. */
export async function freshTeamDatabase(): Promise<{ name: string; adminUrl: string; drop: () => Promise<void> }> {
  const name = `sef_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  return {
    name,
    adminUrl: databaseUrl(clusterAdminUrl(), name),
    drop: async () => void (await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}
