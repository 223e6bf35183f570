// Serves the built renderer (out/renderer) over http on 127.0.0.1 the way the app:// protocol does in the
// desktop app: the same path rules and the same headers, Content Security Policy included.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { mimeTypeFor, resolveRendererPath, responseHeaders } from '../../electron/main/policy';

export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

export interface RendererServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveRenderer(rootDir: string = RENDERER_DIR): Promise<RendererServer> {
  if (!existsSync(`${rootDir}/index.html`))
    throw new Error(`The built renderer is missing (${rootDir}index.html). Run "npm run build" before the browser tests.`);
  let origin = '';
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: string | Uint8Array, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, responseHeaders(type));
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Only GET is served.');
    const file = resolveRendererPath(rootDir, `${origin}${req.url ?? '/'}`, origin);
    if (!file) return send(404, 'Not found.');
    readFile(file).then(
      (body) => send(200, body, mimeTypeFor(file)),
      () => send(404, 'Not found.'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
