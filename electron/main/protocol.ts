// The built renderer is served from app://sef-studio/, a privileged standard scheme, so the page has a real
// origin ('self' in the CSP means exactly our files) and file:// is never used. Only files under the
// renderer folder are served; every response carries the Content Security Policy.
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_ORIGIN, APP_SCHEME, mimeTypeFor, resolveRendererPath, responseHeaders } from './policy';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function refused(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

export function serveRenderer(session: Session, rendererDir: string, log: (message: string) => void): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refused(405, 'Only GET is served.');
    const file = resolveRendererPath(rendererDir, request.url, APP_ORIGIN);
    if (!file) {
      log(`Refused ${request.url}`);
      return refused(404, 'Not found.');
    }
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: responseHeaders(mimeTypeFor(file)) });
    } catch {
      return refused(404, 'Not found.');
    }
  });
}
