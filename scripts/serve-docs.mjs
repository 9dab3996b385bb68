#!/usr/bin/env node
// Serves the rendered API docs (generated/docs) on 127.0.0.1 and prints the URL:
//   npm run docs:serve [-- --port 8080]
// The docs load Redoc as an ES module from assets/, which browsers refuse over file://, so
// they are read through this small static server. `startDocsServer` is also what the browser
// test uses.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const DOCS_DIRECTORY = fileURLToPath(new URL('../generated/docs/', import.meta.url));

/** @type {Readonly<Record<string, string>>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under `root` a URL path names (a folder means its index.html), or null when it would leave `root`.
 * @param {string} root
 * @param {string} pathname
 * @returns {string | null}
 */
function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`) ? file : null;
}

/**
 * Starts a static file server for `root` on `host` (127.0.0.1 only by default) and `port`
 * (0 = any free port). Resolves once it listens.
 * @param {{ root?: string, host?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startDocsServer({ root = DOCS_DIRECTORY, host = '127.0.0.1', port = 0 } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = fileFor(base, pathname);
    let info = file ? await stat(file).catch(() => null) : null;
    if (file && info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!file || !info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise(undefined));
      }),
  };
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write('Usage: npm run docs:serve [-- --port <port>]   (default 8080, or a free port when it is taken)\n');
    return;
  }
  const index = await stat(join(DOCS_DIRECTORY, 'index.html')).catch(() => null);
  if (!index) {
    process.stderr.write('generated/docs/index.html does not exist yet: run `npm run docs` first.\n');
    process.exitCode = 1;
    return;
  }
  const wanted = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) throw new Error(`--port must be a port number, got "${values.port}".`);
  let docs;
  try {
    docs = await startDocsServer({ port: wanted });
  } catch (error) {
    // A port that is taken falls back to any free one, unless it was asked for explicitly.
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code !== 'EADDRINUSE' || values.port !== undefined) throw error;
    docs = await startDocsServer({ port: 0 });
  }
  process.stdout.write(`Serving generated/docs at ${docs.url} (Ctrl+C to stop)\n`);
  const stop = () => {
    docs.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`docs:serve: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
