import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

interface Cached {
  version: string;
  body: Promise<Buffer>;
}

/**
 * Each file read and compressed once per version (size and time of change), not on every request: the browser
 * tests load the same scripts hundreds of times, and compressing them again was the server's main cost.
 */
const cache = new Map<string, Cached>();
async function body(file: string, gzip: boolean): Promise<Buffer> {
  const { size, mtimeMs } = await stat(file);
  const key = `${gzip ? 'gz' : 'raw'}:${file}`;
  const version = `${size}:${mtimeMs}`;
  const hit = cache.get(key);
  if (hit?.version === version) return hit.body;
  const read = readFile(file);
  const entry: Cached = { version, body: gzip ? read.then((b) => gzipSync(b)) : read };
  cache.set(key, entry);
  // A failed read is not kept: the next request tries again.
  entry.body.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return entry.body;
}

/**
 * Serves a folder under a sub-path (like a municipal intranet share would), so tests prove the build
 * does not assume it lives at the root of a host.
 */
export async function serveStatic(root: string, basePath = '/gemeente/pga-zelfscan/'): Promise<StaticServer> {
  const absRoot = resolve(root);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(basePath)) {
        res.writeHead(404).end('not found');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(basePath.length)) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(absRoot, rel));
      if (!file.startsWith(absRoot)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      try {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        // Compress text as any real static host does, so size and speed measurements are realistic.
        const gzip =
          /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg/.test(type);
        const content = await body(file, gzip);
        res.writeHead(200, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
        res.end(content);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}${basePath}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
