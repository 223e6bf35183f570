// The shell's security and start-up rules as plain functions: no 'electron' import, so the unit tests
// (tests/unit/shell-*.test.ts) and the browser test host (tests/browser) use exactly what the app uses.
import { extname, isAbsolute, join, relative, resolve, sep, win32 } from 'node:path';

/** The privileged scheme the built renderer is served from in production: app://sef-studio/index.html */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sef-studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Content Security Policy of the built renderer, sent as a response header by the app:// protocol and
 * by the browser test server. Vite emits only external module scripts and stylesheets; React sets styles
 * through the CSSOM, which style-src does not govern; the logo is shown from a data: URL; the renderer
 * talks to the core over the bridge, never the network.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The policy for the Vite dev server only: its React refresh preamble is an inline script and hot reload
 * uses a WebSocket back to the server. Never used for a built app.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const server = new URL(devServerUrl);
  const ws = `ws://${server.host}`;
  return CSP_DIRECTIVES.map((d) => {
    if (d.startsWith('script-src ')) return "script-src 'self' 'unsafe-inline'";
    if (d.startsWith('style-src ')) return "style-src 'self' 'unsafe-inline'";
    if (d.startsWith('connect-src ')) return `connect-src 'self' ${ws}`;
    return d;
  }).join('; ');
}

/** Headers every file of the renderer is served with, by the app and by the test server alike. */
export function responseHeaders(contentType: string, csp: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request URL to a file under the renderer folder, or null when it must be refused: another scheme
 * or host, a path that climbs out of the folder (literally, percent-encoded or with backslashes), a NUL
 * byte, or a hidden file. A path without an extension is a screen of the single-page app and gets
 * index.html. `expectedOrigin` is app://sef-studio for the app and the test server's own origin there.
 */
export function resolveRendererPath(rootDir: string, requestUrl: string, expectedOrigin: string = APP_ORIGIN): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  const expected = new URL(expectedOrigin);
  if (url.protocol !== expected.protocol || url.host !== expected.host) return null;
  // Check the raw path before and after decoding: WHATWG URL parsing already folds "/../", but "%2e%2e",
  // "%2f" and "\" must not get a second chance once decoded.
  const rawPath = url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\0\\%]/.test(decoded) || /%2f|%5c/i.test(rawPath)) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return null;
  if (segments.length === 0 || extname(segments[segments.length - 1]!) === '') segments.splice(0, segments.length, 'index.html');
  const root = resolve(rootDir);
  const target = resolve(join(root, ...segments));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}

/**
 * Whether an IPC message comes from our own page: the built app at app://sef-studio, or in development the
 * Vite server the app was started with. Anything else (a navigated-away frame, about:blank, file:, an
 * https page) is refused before its payload is looked at.
 */
export function isTrustedSenderUrl(frameUrl: string | null | undefined, devServerUrl?: string | null): boolean {
  if (!frameUrl) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      const dev = new URL(devServerUrl);
      return (dev.protocol === 'http:' || dev.protocol === 'https:') && url.origin === dev.origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** Only https links leave the app, and only to the user's browser. */
export function isSafeExternalUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Which written files the shell may open: one list for the core and the shell (src/core/files/runnable.ts). */
export { isOpenablePath } from '../../src/core/files/runnable';

export const DEFAULT_DATABASE_NAME = 'sef-studio.sqlite';

export interface DatabaseChoice {
  path: string;
  /** Where the choice came from, for the log and the startup screen. */
  source: 'argument' | 'environment' | 'default';
}

/** The value of `--db PATH` or `--db=PATH`, if given. */
export function databaseArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : null;
    }
    if (arg.startsWith('--db=')) return arg.slice('--db='.length) || null;
  }
  return null;
}

/**
 * Where the default database lives: on this computer, never in a roaming profile. On Windows Electron's
 * user-data folder is in the roaming AppData, which councils often redirect to a network share where
 * SQLite's locking is unsafe; the local AppData folder (%LOCALAPPDATA%\SEF Studio) stays on the machine.
 * macOS and Linux keep the user-data folder on the machine already.
 */
export function defaultDatabaseFolder(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, userDataDir: string): string {
  const local = env.LOCALAPPDATA?.trim();
  return platform === 'win32' && local && win32.isAbsolute(local) ? win32.join(local, PRODUCT_NAME) : userDataDir;
}

/** The product's name as people see it, and as its folders are named. */
export const PRODUCT_NAME = 'SEF Studio';

/** `--db PATH`, else SEF_STUDIO_DB, else sef-studio.sqlite in the user's data folder; relative paths from cwd. */
export function chooseDatabasePath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  cwd: string = process.cwd(),
): DatabaseChoice {
  const fromArg = databaseArgument(argv);
  if (fromArg) return { path: resolve(cwd, fromArg), source: 'argument' };
  const fromEnv = env.SEF_STUDIO_DB?.trim();
  if (fromEnv) return { path: resolve(cwd, fromEnv), source: 'environment' };
  return { path: join(userDataDir, DEFAULT_DATABASE_NAME), source: 'default' };
}

/**
 * Which files in the database's folder are backups of it: "<name>.<anything>.bak" (copies taken before a
 * migration and the daily automatic copies), newest name first. Takes a listing so it can be tested.
 */
export function backupsOf(databaseFileName: string, folderListing: readonly string[]): string[] {
  const prefix = `${databaseFileName}.`;
  return folderListing
    .filter((name) => name.startsWith(prefix) && name.endsWith('.bak') && name.length > prefix.length + 4)
    .sort((a, b) => compareText(backupStamp(b), backupStamp(a)) || compareText(b, a));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date-time a backup's name carries (ISO-like, so it sorts as text), or "" when it has none. */
function backupStamp(name: string): string {
  return /(\d{4}-\d{2}-\d{2}(?:T[\d-]+Z?)?)/.exec(name)?.[1] ?? '';
}

/** The name of today's automatic copy, "sef-studio.sqlite.auto-2026-11-23.bak". */
export function automaticBackupName(databaseFileName: string, today: string): string {
  return `${databaseFileName}.auto-${today}.bak`;
}

/** Automatic copies beyond the newest `keep`, to delete. */
export function automaticBackupsToPrune(databaseFileName: string, folderListing: readonly string[], keep: number): string[] {
  const prefix = `${databaseFileName}.auto-`;
  return folderListing
    .filter((n) => n.startsWith(prefix) && n.endsWith('.bak'))
    .sort()
    .reverse()
    .slice(keep);
}

/** Most recent first, no duplicates, at most `max`. */
export function pushRecent(list: readonly string[], path: string, max = 8): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, max);
}

/**
 * What "development" means, said once. DevTools and the renderer-URL override (ELECTRON_RENDERER_URL,
 * the Vite dev server) are for `npm run dev` only: the main process must have been built in development
 * mode (electron-vite dev; `npm start` and packaging build for production) AND not be packaged. Neither is
 * enough alone: an unpackaged production build (`npm start`, a copied out/ folder) is not development, and
 * a packaged app never is, whatever its environment says.
 */
export interface ShellMode {
  development: boolean;
  devTools: boolean;
  /** The dev server to load instead of app://sef-studio, in development only. */
  rendererUrl: string | null;
}

export function shellMode(facts: { developmentBuild: boolean; isPackaged: boolean; env: Readonly<Record<string, string | undefined>> }): ShellMode {
  const development = facts.developmentBuild && !facts.isPackaged;
  const override = facts.env.ELECTRON_RENDERER_URL?.trim();
  return { development, devTools: development, rendererUrl: development && override ? override : null };
}

/**
 * Nothing leaves the machine, spell-checking included. Chromium's own checker fetches Hunspell
 * dictionaries from Google's servers on Windows and Linux; SEF Studio points that download at a closed
 * port on this machine, so it can never reach the internet. macOS checks spelling with the system's own
 * (offline) checker. Windows has its own offline checker, which Chromium uses there; UK English is asked
 * for. Linux has no offline checker Chromium can use, so spell-checking is off there.
 */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:9/';

export interface SpellCheckPlan {
  enabled: boolean;
  /** The languages to ask for where the platform lets us choose (a no-op on macOS). */
  languages: string[];
  dictionaryDownloadUrl: string;
}

export function spellCheckPlan(platform: NodeJS.Platform): SpellCheckPlan {
  return { enabled: platform === 'darwin' || platform === 'win32', languages: ['en-GB'], dictionaryDownloadUrl: NO_DICTIONARY_DOWNLOADS };
}

/** The schemes the page's own network stack could use to reach another machine. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * Whether the session may make a network request: never, except to the Vite dev server in development.
 * The page talks to the core over the bridge and is served from app://; the CSP already forbids connections,
 * and this stops what the CSP does not govern (Chromium's own downloads, a link followed by mistake).
 */
export function isAllowedRequest(url: string, devServerUrl: string | null): boolean {
  if (!devServerUrl) return false;
  try {
    const target = new URL(url);
    const dev = new URL(devServerUrl);
    return target.host === dev.host && (target.protocol === dev.protocol || target.protocol === (dev.protocol === 'https:' ? 'wss:' : 'ws:'));
  } catch {
    return false;
  }
}
