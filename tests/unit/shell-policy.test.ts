// The Electron shell's rules, tested without Electron: what the app:// protocol serves, whose IPC is
// accepted, which links and files leave the app, which database is opened, and the CSP itself.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  automaticBackupName,
  automaticBackupsToPrune,
  backupsOf,
  chooseDatabasePath,
  databaseArgument,
  defaultDatabaseFolder,
  devContentSecurityPolicy,
  isAllowedRequest,
  isOpenablePath,
  isSafeExternalUrl,
  isTrustedSenderUrl,
  mimeTypeFor,
  pushRecent,
  resolveRendererPath,
  shellMode,
  spellCheckPlan,
} from '../../electron/main/policy';

const root = resolve('/srv/sef/out/renderer');

describe('the app:// protocol serves only the built renderer', () => {
  it('maps our URLs to files under the renderer folder', () => {
    expect(resolveRendererPath(root, `${APP_ORIGIN}/index.html`)).toBe(join(root, 'index.html'));
    expect(resolveRendererPath(root, `${APP_ORIGIN}/assets/index-abc.js`)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveRendererPath(root, `${APP_ORIGIN}/assets/index-abc.js?v=1#x`)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveRendererPath(root, `${APP_ORIGIN}/assets/My%20Font.woff2`)).toBe(join(root, 'assets', 'My Font.woff2'));
  });

  it('gives index.html for the root and for screens of the single-page app', () => {
    expect(resolveRendererPath(root, `${APP_ORIGIN}/`)).toBe(join(root, 'index.html'));
    expect(resolveRendererPath(root, APP_ORIGIN)).toBe(join(root, 'index.html'));
    expect(resolveRendererPath(root, `${APP_ORIGIN}/packs/123`)).toBe(join(root, 'index.html'));
  });

  it.each([
    ['dot-dot', `${APP_ORIGIN}/../../etc/passwd.txt`, join(root, 'etc', 'passwd.txt')],
    ['percent-encoded dot-dot', `${APP_ORIGIN}/%2e%2e/%2e%2e/main/index.js`, join(root, 'main', 'index.js')],
  ])('keeps %s inside the folder (the URL parser folds it away)', (_name, url, expected) => {
    expect(resolveRendererPath(root, url)).toBe(expected);
  });

  it.each([
    ['percent-encoded slash', `${APP_ORIGIN}/assets%2f..%2f..%2fmain%2findex.js`],
    ['encoded backslash', `${APP_ORIGIN}/..%5c..%5cmain%5cindex.js`],
    ['double-encoded dot-dot', `${APP_ORIGIN}/%252e%252e/secret.js`],
    ['NUL byte', `${APP_ORIGIN}/index.html%00.js`],
    ['hidden file', `${APP_ORIGIN}/.env.js`],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///srv/sef/out/renderer/index.html'],
    ['https', 'https://sef-studio/index.html'],
    ['not a URL', 'index.html'],
    ['malformed escape', `${APP_ORIGIN}/%E0%A4%A.js`],
  ])('refuses %s', (_name, url) => {
    expect(resolveRendererPath(root, url)).toBeNull();
  });

  it('serves the test server origin when told to, and nothing else', () => {
    expect(resolveRendererPath(root, 'http://127.0.0.1:4321/index.html', 'http://127.0.0.1:4321')).toBe(join(root, 'index.html'));
    expect(resolveRendererPath(root, 'http://127.0.0.1:9999/index.html', 'http://127.0.0.1:4321')).toBeNull();
  });

  it('labels files with their type', () => {
    expect(mimeTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeFor('a/x.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('a/x.css')).toMatch(/^text\/css/);
    expect(mimeTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });
});

describe('IPC is accepted only from our own page', () => {
  it('accepts app://sef-studio pages', () => {
    expect(isTrustedSenderUrl('app://sef-studio/index.html')).toBe(true);
    expect(isTrustedSenderUrl('app://sef-studio/packs/1')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'app://sef-studio.evil.com/index.html',
    'app://evil/index.html',
    'file:///srv/sef/out/renderer/index.html',
    'about:blank',
    'data:text/html,hello',
    'http://localhost:5173/',
    '',
    'not a url',
  ])('refuses %s in production', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('accepts the dev server only by exact origin', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSenderUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isTrustedSenderUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSenderUrl(null, dev)).toBe(false);
  });
});

describe('links and files that leave the app', () => {
  it('opens https links only', () => {
    expect(isSafeExternalUrl('https://www.gov.uk/government/organisations/ofsted')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'https://user:pw@example.com', 'https:', 'nonsense'])
      expect(isSafeExternalUrl(url), url).toBe(false);
  });

  it('opens documents but not programs', () => {
    for (const path of ['/home/a/Self-evaluation 2026.docx', 'C:\\Users\\a\\Audit.PDF', '/tmp/photo.jpeg', '/tmp/minutes.msg', '/tmp/README'])
      expect(isOpenablePath(path), path).toBe(true);
    for (const path of ['C:\\Windows\\System32\\cmd.exe', 'C:\\x\\run.BAT', '/tmp/evil.ps1', 'C:\\x\\shortcut.lnk', '/tmp/a.exe.', '/tmp/x.hta', '/Applications/Calculator.app', 'relative.pdf', '/tmp/\0.pdf'])
      expect(isOpenablePath(path), path).toBe(false);
  });
});

describe('which database is opened', () => {
  const userData = '/home/a/.config/SEF Studio';

  it('takes --db PATH first, then SEF_STUDIO_DB, then the user data folder', () => {
    expect(chooseDatabasePath(['electron', '.', '--db', '/data/pack.sqlite'], { SEF_STUDIO_DB: '/env.sqlite' }, userData)).toEqual({ path: '/data/pack.sqlite', source: 'argument' });
    expect(chooseDatabasePath(['electron', '.', '--db=/data/eq.sqlite'], {}, userData)).toEqual({ path: '/data/eq.sqlite', source: 'argument' });
    expect(chooseDatabasePath(['electron', '.'], { SEF_STUDIO_DB: '/env.sqlite' }, userData)).toEqual({ path: '/env.sqlite', source: 'environment' });
    expect(chooseDatabasePath(['electron', '.'], { SEF_STUDIO_DB: '  ' }, userData)).toEqual({ path: join(userData, 'sef-studio.sqlite'), source: 'default' });
  });

  it('resolves relative paths from the working folder and ignores a --db with no value', () => {
    expect(chooseDatabasePath(['x', '--db', 'packs/a.sqlite'], {}, userData, '/work')).toEqual({ path: '/work/packs/a.sqlite', source: 'argument' });
    expect(databaseArgument(['x', '--db'])).toBeNull();
    expect(databaseArgument(['x', '--db', '--inspect'])).toBeNull();
    expect(databaseArgument(['x', '--db='])).toBeNull();
  });
});

describe('backups beside the database', () => {
  it('lists only backups of this file, newest first', () => {
    const listing = [
      'sef-studio.sqlite',
      'sef-studio.sqlite-wal',
      'sef-studio.sqlite.auto-2026-11-21.bak',
      'sef-studio.sqlite.v1-2026-11-22T09-00-00-000Z.bak',
      'sef-studio.sqlite.auto-2026-11-23.bak',
      'sef-studio.sqlite.auto-2026-11-23.bak.partial',
      'sef-studio.sqlite.unreadable-2026-11-23T10-00-00-000Z',
      'other.sqlite.auto-2026-11-23.bak',
      'sef-studio.sqlite.bak',
    ];
    expect(backupsOf('sef-studio.sqlite', listing)).toEqual([
      'sef-studio.sqlite.auto-2026-11-23.bak',
      'sef-studio.sqlite.v1-2026-11-22T09-00-00-000Z.bak',
      'sef-studio.sqlite.auto-2026-11-21.bak',
    ]);
  });

  it('names a daily automatic copy and prunes all but the newest few', () => {
    expect(automaticBackupName('pack.sqlite', '2026-11-23')).toBe('pack.sqlite.auto-2026-11-23.bak');
    const listing = ['pack.sqlite.auto-2026-11-20.bak', 'pack.sqlite.auto-2026-11-23.bak', 'pack.sqlite.auto-2026-11-21.bak', 'pack.sqlite.auto-2026-11-22.bak', 'pack.sqlite.v1-x.bak'];
    expect(automaticBackupsToPrune('pack.sqlite', listing, 3)).toEqual(['pack.sqlite.auto-2026-11-20.bak']);
  });

  it('keeps recent files most recent first without duplicates', () => {
    expect(pushRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(pushRecent(['/1', '/2', '/3'], '/4', 3)).toEqual(['/4', '/1', '/2']);
  });
});

describe('the Content Security Policy', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

  it('allows only our own scripts and styles, no inline code, no network and no framing', () => {
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['style-src']).toBe("'self'");
    expect(directives['img-src']).toBe("'self' data:");
    expect(directives['connect-src']).toBe("'none'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*/);
  });

  it('relaxes only what the Vite dev server needs, and only for it', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).not.toContain('unsafe-eval');
  });
});

describe('development is said explicitly', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
  it('gives DevTools and the dev server only to a development build that is not packaged', () => {
    expect(shellMode({ developmentBuild: true, isPackaged: false, env })).toEqual({ development: true, devTools: true, rendererUrl: env.ELECTRON_RENDERER_URL });
  });
  it('gives neither to an unpackaged production build (npm start) nor to a packaged app, whatever the environment says', () => {
    for (const facts of [
      { developmentBuild: false, isPackaged: false, env },
      { developmentBuild: true, isPackaged: true, env },
      { developmentBuild: false, isPackaged: true, env },
    ])
      expect(shellMode(facts), JSON.stringify(facts)).toEqual({ development: false, devTools: false, rendererUrl: null });
  });
});

describe('nothing leaves the machine', () => {
  it('never lets the spell checker download dictionaries, and checks UK English only where the platform does it offline', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) expect(new URL(spellCheckPlan(platform).dictionaryDownloadUrl).hostname).toBe('127.0.0.1');
    expect(spellCheckPlan('linux').enabled).toBe(false);
    expect(spellCheckPlan('win32')).toMatchObject({ enabled: true, languages: ['en-GB'] });
    expect(spellCheckPlan('darwin').enabled).toBe(true);
  });
  it('refuses every network request, except to the dev server in development', () => {
    for (const url of ['https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic', 'http://localhost:5173/', 'wss://example.com/'])
      expect(isAllowedRequest(url, null), url).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedRequest('https://www.gov.uk/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('the default database stays on this computer', () => {
  it('lives in the local, not the roaming, application data folder on Windows', () => {
    const roaming = 'C:\\Users\\sam\\AppData\\Roaming\\SEF Studio';
    expect(defaultDatabaseFolder('win32', { LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local' }, roaming)).toBe('C:\\Users\\sam\\AppData\\Local\\SEF Studio');
    expect(defaultDatabaseFolder('win32', {}, roaming)).toBe(roaming);
    expect(defaultDatabaseFolder('linux', { LOCALAPPDATA: 'C:\\x' }, '/home/a/.config/SEF Studio')).toBe('/home/a/.config/SEF Studio');
  });
});
