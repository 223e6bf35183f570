import type { BuildResult } from 'esbuild';

/** Where the bundled command is written: dist/cli. */
export const CLI_OUT_DIR: string;
/** Bundles src/cli/run.ts into dist/cli/sef.mjs with its chunks. */
export function buildCli(): Promise<BuildResult>;
