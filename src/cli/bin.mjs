#!/usr/bin/env node
// The `sef` launcher. Registers tsx so the TypeScript sources run as they are (no build step), then runs
// main.ts. `npx sef …` and `npm run sef -- …` both arrive here.
import { register } from 'tsx/esm/api';

register();
const { main, installInterruptHandler } = await import('./main.ts');
installInterruptHandler();
process.exitCode = await main(process.argv.slice(2));
