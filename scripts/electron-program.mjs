// Where Electron's program is, if it was downloaded, found the way node_modules/electron/index.js finds it
// but without requiring that file: from Electron 45 requiring it starts a download when the program is
// missing, which on a machine without internet access fails slowly with a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The path of Electron's program when it is installed (or ELECTRON_OVERRIDE_DIST_PATH names one), or null. */
export function electronProgram(env = process.env) {
  let folder;
  try {
    folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(folder, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const program = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : relative && join(folder, 'dist', relative);
  return program && existsSync(program) ? program : null;
}
