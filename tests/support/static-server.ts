import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/**
 * A plain static file server on loopback, like the static hosts newsrooms publish to. No compression unless asked
 * (the benchmark gzips sizes itself); `gzip` compresses text as such hosts do, for Lighthouse.
 */
export function serveFolder(
  root: string,
  port: number,
  prefix = '/',
  options: { gzip?: boolean } = {},
): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return void res.writeHead(404).end('not found');
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404, { 'content-type': 'text/html' }).end('not found');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const compress =
      options.gzip && /text|json|svg|xml|javascript/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    if (compress) createReadStream(path).pipe(createGzip()).pipe(res);
    else createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
