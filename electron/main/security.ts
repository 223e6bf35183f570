// Locks down every web contents the app makes: no navigation away from our page, no new windows, no
// <webview>, no permissions (camera, notifications, geolocation…), and no external links except
// through the bridge's openExternal, which allows https only.
import type { Session, WebContents } from 'electron';

export function hardenSession(session: Session, log: (message: string) => void): void {
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
