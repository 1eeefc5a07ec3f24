import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * Serves a built editor (`dist/`) beside the rooms, so one process on one port is a whole
 * classroom setup (`--static dist`). Unknown paths get index.html; nothing outside the folder.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export function staticFiles(folder: string) {
  const root = resolve(folder);
  const fileAt = (urlPath: string): string | null => {
    try {
      const path = resolve(join(root, normalize(decodeURIComponent(urlPath))));
      if (path !== root && !path.startsWith(root + sep)) return null;
      return statSync(path).isFile() ? path : null;
    } catch {
      return null;
    }
  };
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    let urlPath: string;
    try {
      urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      response.writeHead(400).end();
      return;
    }
    const path = fileAt(urlPath) ?? fileAt('/index.html');
    if (!path) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  };
}
