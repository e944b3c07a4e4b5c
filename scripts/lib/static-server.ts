/**
 * Serves a built dist/ on 127.0.0.1 under an optional base path, the way a CDN would: files as
 * they are, `dir/` → `dir/index.html`, 404.html for anything missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  /** Origin plus base, ending in `/`, e.g. http://127.0.0.1:4321/minsheng/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Starts a server for `dir` mounted at `base` (`/` or `/x/`). */
export async function serveDist(dir: string, base = '/'): Promise<RunningServer> {
  const serve = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('not found');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(base)) return send404();
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${base}`, origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
