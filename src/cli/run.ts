// The entry point of the bundled `sef` command (dist/cli/sef.mjs, built from here by scripts/build-cli.mjs
// and started by bin.mjs): runs main() with the arguments and hands its status to the shell.
import { installInterruptHandler, main } from './main';

installInterruptHandler();
process.exitCode = await main(process.argv.slice(2));
