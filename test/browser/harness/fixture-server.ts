import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Pages by path, served from 127.0.0.1 on a port the OS picks. Nothing is fetched from anywhere else. */
export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every path the server was asked for, in order (to check the extension fetches nothing). */
  requests: string[];
  /** The same requests with the headers that tell who asked (Origin, Referer). */
  log: Array<{ path: string; origin: string; referer: string }>;
  close(): Promise<void>;
}

/** Extra response headers by path (a Permissions-Policy, say). */
export async function startFixtureServer(
  pages: Record<string, string | Buffer>,
  headers: Record<string, Record<string, string>> = {},
): Promise<FixtureServer> {
  const requests: string[] = [];
  const log: FixtureServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    log.push({ path, origin: String(req.headers.origin ?? ''), referer: req.headers.referer ?? '' });
    const body = pages[path];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': path.endsWith('.png') ? 'image/png' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...headers[path],
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
