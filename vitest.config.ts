import { defineConfig } from 'vitest/config';

/**
 * The contract tests run on both engines: as they are on SQLite, and again (the same files, not copies)
 * against a real PostgreSQL server that tests/support/postgres-setup.ts starts for the run. Tests of
 * what only a team database does live in tests/team and run on PostgreSQL only.
 */
const CONTRACT_TESTS = [
  'tests/integration/actions-inspections.test.ts',
  'tests/integration/claims.test.ts',
  'tests/integration/contract-validation.test.ts',
  'tests/integration/evidence.test.ts',
  'tests/integration/indicators.test.ts',
  'tests/integration/packs.test.ts',
  'tests/integration/readiness-counts.test.ts',
  'tests/integration/references.test.ts',
  'tests/integration/review.test.ts',
  'tests/integration/settings-frameworks.test.ts',
  'tests/integration/sheets.test.ts',
  'tests/integration/versions.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on a 2-CPU machine is one fork, so CI ran every file in turn. Much of the run waits on
    // LibreOffice, PostgreSQL and child processes, so two forks overlap that waiting; every file keeps its
    // own temporary databases and clusters, so none depends on running alone.
    maxWorkers: process.env.CI ? 2 : undefined,
    projects: [
      {
        extends: true,
        // The CLI tests run the bundled `sef`, built here from the sources as they are.
        test: { name: 'sqlite', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'], globalSetup: ['tests/support/build-cli.mjs'] },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [...CONTRACT_TESTS, 'tests/team/**/*.test.ts'],
          env: { SEF_TEST_ENGINE: 'postgres' },
          // Starts the cluster, or says why it cannot; then every test here is skipped with that reason.
          globalSetup: ['tests/support/postgres-setup.ts'],
          setupFiles: ['tests/support/postgres-skip.ts'],
        },
      },
    ],
  },
});
