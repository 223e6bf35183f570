// Vitest global setup for the team-database tests (the "postgres" project in vitest.config.ts): one
// throwaway cluster for the run, and a template database with the schema applied, so each test gets a
// fresh database of its own with CREATE DATABASE … TEMPLATE in a fraction of a second.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { initTeamDatabase } from '../../src/core/team/admin';
import { findPostgres, startCluster } from './postgres-cluster';
import { databaseUrl, TEMPLATE_DATABASE } from './postgres-databases';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster, or null when PostgreSQL is not installed (then `postgresMissing` says so). */
    postgres: { adminUrl: string; bin: string } | null;
    postgresMissing: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const found = findPostgres();
  if ('missing' in found) {
    console.warn(`\n${found.missing}\n`);
    project.provide('postgres', null);
    project.provide('postgresMissing', found.missing);
    return undefined;
  }
  const cluster = await startCluster(found.bin);
  try {
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await admin.end();
    // As IT would: the roles, the schema and the grants, by `sef team init`'s own code.
    await initTeamDatabase(databaseUrl(cluster.adminUrl, TEMPLATE_DATABASE));
  } catch (err) {
    cluster.stop();
    throw err;
  }
  project.provide('postgres', { adminUrl: cluster.adminUrl, bin: found.bin });
  project.provide('postgresMissing', '');
  return () => cluster.stop();
}
