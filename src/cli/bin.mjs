#!/usr/bin/env node
// The `sef` launcher. It runs the bundled command, dist/cli/sef.mjs (plain JavaScript: nothing is compiled
// at run time), which `npm install` / `npm ci` build through the prepare script and `npm run build:cli`
// rebuilds. `npx sef …` and `npm run sef -- …` both arrive here.
import { existsSync } from 'node:fs';

const bundle = new URL('../../dist/cli/sef.mjs', import.meta.url);
if (existsSync(bundle)) await import(bundle.href);
else {
  process.stderr.write('The sef command has not been built yet: run "npm run build:cli" in the SEF Studio folder (npm install does it for you), then try again.\n');
  process.exitCode = 1;
}
