// Setup for every test in the "postgres" project: where PostgreSQL cannot be installed, each test is
// skipped with the reason (the global setup has printed it once too), never failed or silently passed.
import { beforeEach, inject } from 'vitest';

beforeEach((ctx) => {
  if (!inject('postgres')) ctx.skip(inject('postgresMissing'));
});
