// Vitest global setup: the CLI tests run the bundled `sef` command (dist/cli/sef.mjs), so it is built from
// the sources as they are now, never a stale bundle.
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup() {
  await buildCli();
}
