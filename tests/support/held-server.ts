// A server that answers nothing until the test says: it accepts connections and holds them, as a server
// behind a firewall that drops packets (or one too busy to answer) seems to a client. release() passes
// every held connection, and every later one, through to the real server; refuse() closes them, as a
// server that goes away does. For the start-up tests: the window must not wait for it.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface HeldServer {
  port: number;
  /** Connections waiting, unanswered. */
  readonly held: number;
  release(): void;
  refuse(): void;
  close(): Promise<void>;
}

export async function holdConnections(target: { host: string; port: number }): Promise<HeldServer> {
  let mode: 'hold' | 'pass' | 'refuse' = 'hold';
  const waiting = new Set<Socket>();
  const open = new Set<Socket>();
  // What the client sent stays in the socket, unread, until it is passed on.
  const pass = (socket: Socket) => {
    const upstream = connect(target.port, target.host);
    open.add(upstream);
    upstream.on('close', () => open.delete(upstream));
    for (const [from, to] of [[socket, upstream], [upstream, socket]] as const) {
      from.on('error', () => to.destroy());
      from.pipe(to);
    }
  };
  const server: Server = createServer((socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => undefined);
    if (mode === 'pass') pass(socket);
    else if (mode === 'refuse') socket.destroy();
    else waiting.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const each = (fn: (socket: Socket) => void) => {
    for (const socket of waiting) fn(socket);
    waiting.clear();
  };
  return {
    port,
    get held() {
      return waiting.size;
    },
    release: () => {
      mode = 'pass';
      each(pass);
    },
    refuse: () => {
      mode = 'refuse';
      each((socket) => socket.destroy());
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
