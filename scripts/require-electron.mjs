// Run before `npm start` and `npm run dev`: when Electron's program was not downloaded (installs made with
// ELECTRON_SKIP_BINARY_DOWNLOAD, as on the build machines), say so in one sentence instead of a stack trace.
import { electronProgram } from './electron-program.mjs';

if (!electronProgram()) {
  console.error(
    'Electron\'s program is not installed here (npm was told to skip downloading it), so the desktop app cannot start: run "node node_modules/electron/install.js" (or "npm install" again) on a computer with internet access, then "npm start".',
  );
  process.exit(1);
}
