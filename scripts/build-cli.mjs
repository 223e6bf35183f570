// Bundles the `sef` command into dist/cli/ with esbuild, so it starts as plain JavaScript: no TypeScript
// is compiled when someone runs it. Packages stay in node_modules (sqlite3 is native; the rest load as
// they are), and each command's own modules are separate chunks that load only when that command runs,
// so `sef --help` reads a few kilobytes and `sef check` never loads the Word export.
//   node scripts/build-cli.mjs      (npm run build:cli; npm install runs it through "prepare")
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT_DIR = fileURLToPath(new URL('../dist/cli', import.meta.url));

export async function buildCli() {
  const { build } = await import('esbuild');
  await rm(CLI_OUT_DIR, { recursive: true, force: true });
  return build({
    absWorkingDir: root,
    entryPoints: { sef: 'src/cli/run.ts' },
    outdir: CLI_OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await import('esbuild');
  } catch {
    // An install without development tools (npm ci --omit=dev) must still succeed; sef then says how to build it.
    console.warn('esbuild is not installed, so the sef command was not built; run "npm install" and then "npm run build:cli".');
    process.exit(0);
  }
  await buildCli();
}
