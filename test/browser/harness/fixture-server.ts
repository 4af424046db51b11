import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Pages by path, served from 127.0.0.1 on a port the OS picks. Nothing is fetched from anywhere else. */
export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every path the server was asked for, in order (to check the extension fetches nothing). */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(pages: Record<string, string | Buffer>): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const body = pages[path];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': path.endsWith('.png') ? 'image/png' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
