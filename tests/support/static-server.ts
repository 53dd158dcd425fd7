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
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.vtt': 'text/vtt',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.zip': 'application/zip',
};

export interface ServeOptions {
  /** Headers for a request path, as a static host applies them (see headers-file.ts). */
  headers?: (path: string) => Record<string, string>;
  /** Like Netlify and Cloudflare Pages: /about → /about/, and 404.html for what does not exist. */
  likeStaticHost?: boolean;
  /** Compress text as static hosts do (for Lighthouse); without it, sizes are left to the benchmark to gzip. */
  gzip?: boolean;
}

/** A plain static file server on loopback, like the static hosts newsrooms publish to. */
export function serveFolder(root: string, port: number, prefix = '/', options: ServeOptions = {}): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return void res.writeHead(404).end('not found');
    const headers = options.headers?.(url.pathname) ?? {};
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (options.likeStaticHost && !url.pathname.endsWith('/'))
        return void res.writeHead(301, { ...headers, location: `${url.pathname}/${url.search}` }).end();
      path = join(path, 'index.html');
    }
    if (!existsSync(path)) {
      const notFound = join(root, '404.html');
      if (options.likeStaticHost && existsSync(notFound)) {
        res.writeHead(404, { ...headers, 'content-type': TYPES['.html'] });
        return void createReadStream(notFound).pipe(res);
      }
      return void res.writeHead(404, { 'content-type': 'text/html' }).end('not found');
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const compress =
      options.gzip && /text|json|svg|xml|javascript/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      ...headers,
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    if (compress) createReadStream(path).pipe(createGzip()).pipe(res);
    else createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
