// Locks down every web contents the app makes: no navigation away from our page, no new windows, no
// <webview>, no permissions (camera, notifications, geolocation…), and no external links except
// through the bridge's openExternal, which allows https only. Nothing leaves the machine from the page's
// session: no network requests but to the dev server in development, and no dictionary downloads.
import type { Session, WebContents } from 'electron';
import { isAllowedRequest, NETWORK_URL_PATTERNS, spellCheckPlan } from './policy';

export interface SessionFacts {
  platform: NodeJS.Platform;
  /** The Vite dev server, in development only (see shellMode). */
  devServerUrl: string | null;
}

export function hardenSession(session: Session, log: (message: string) => void, facts: SessionFacts): void {
  const spelling = spellCheckPlan(facts.platform);
  session.setSpellCheckerDictionaryDownloadURL(spelling.dictionaryDownloadUrl);
  session.setSpellCheckerEnabled(spelling.enabled);
  if (spelling.enabled && facts.platform !== 'darwin') session.setSpellCheckerLanguages(spelling.languages);
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    const allowed = isAllowedRequest(details.url, facts.devServerUrl);
    if (!allowed) log(`Refused a network request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Refused permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents, log: (message: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log(`Refused navigation to ${url}`);
  });
  contents.on('will-frame-navigate', (event) => {
    // Sub-frames are not used; the main frame's own navigations are caught by will-navigate.
    if (!event.isMainFrame) {
      event.preventDefault();
      log(`Refused frame navigation to ${event.url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log(`Refused redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Refused a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`Refused a new window for ${url}`);
    return { action: 'deny' };
  });
}
