import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CanaryHit {
  id: string;
  at: number;
  referer: string;
  origin: string;
}

/**
 * The hostile pages' server on 127.0.0.1. /canary/<id> answers 204 No
 * Content, so a meta refresh or a location change aimed at it leaves the
 * article tab where it is, and records who asked: a hit whose Referer is a
 * hostile page came from the page itself, anything else from the extension.
 */
export interface CanaryServer {
  origin: string;
  url(path: string): string;
  hits: CanaryHit[];
  close(): Promise<void>;
}

export async function startCanaryServer(pages: Map<string, string>): Promise<CanaryServer> {
  const hits: CanaryHit[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/canary/')) {
      hits.push({
        id: path.slice('/canary/'.length).split('/')[0] ?? '',
        at: Date.now(),
        referer: req.headers.referer ?? '',
        origin: String(req.headers.origin ?? ''),
      });
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return;
    }
    const body = pages.get(path);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
