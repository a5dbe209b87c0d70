// Tiny static file server for a built dist/ directory.
// Compresses text types (brotli when the client accepts it, else gzip) so that
// Lighthouse sees transfer sizes close to what a real host would serve.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

// Already-compressed formats (png, woff2, …) gain nothing from gzip.
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json|xml)|image\/svg\+xml)/;

export function contentTypeFor(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Picks the encoding to use from an Accept-Encoding header ('br', 'gzip' or null). */
export function pickEncoding(acceptEncoding = '') {
  const accepted = acceptEncoding.split(',').map((s) => s.trim().split(';')[0].toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/**
 * Maps a URL path onto a file inside root. Returns { file } for a file,
 * { redirect } for a directory requested without its trailing slash, or null.
 */
async function resolveRequest(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  // path.join + normalize already collapses "..", this guards what is left.
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { file };
  if (info?.isDirectory()) {
    if (!decoded.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = path.join(file, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return { file: index };
  }
  return null;
}

/** Serves root on 127.0.0.1 on a free port. Resolves to { origin, close() }. */
export async function startServer(root) {
  const absRoot = path.resolve(root);
  const cache = new Map(); // "file|encoding" -> Buffer; dist/ doesn't change while we run

  async function body(file, encoding) {
    const key = `${file}|${encoding}`;
    if (!cache.has(key)) {
      const raw = await readFile(file);
      const encoded = encoding === 'br'
        ? brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : encoding === 'gzip' ? gzip(raw, { level: 9 }) : raw;
      cache.set(key, await encoded);
    }
    return cache.get(key);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    const found = await resolveRequest(absRoot, pathname);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (found.redirect) {
      res.writeHead(301, { Location: found.redirect + search }).end();
      return;
    }
    const type = contentTypeFor(found.file);
    const encoding = COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : null;
    const data = await body(found.file, encoding);
    const headers = { 'Content-Type': type, 'Content-Length': data.length, 'Cache-Control': 'no-cache' };
    if (COMPRESSIBLE.test(type)) headers.Vary = 'Accept-Encoding';
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections(); // keep-alive sockets from Chromium would otherwise hold close() open
      server.close(() => resolve());
    }),
  };
}
