import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Built JS and CSS sizes, gzipped as a web server would send them (zlib, default level). */

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

function sizeOf(distDir, file) {
  const bytes = readFileSync(path.join(distDir, file));
  return { file, kb: kb(bytes.length), gzipKb: kb(gzipSync(bytes).length) };
}

function totals(files) {
  const of = (ext) => files.filter((f) => f.file.endsWith(ext));
  const sum = (list, key) => Math.round(list.reduce((n, f) => n + f[key], 0) * 10) / 10;
  return {
    jsKb: sum(of('.js'), 'kb'),
    jsGzipKb: sum(of('.js'), 'gzipKb'),
    cssKb: sum(of('.css'), 'kb'),
    cssGzipKb: sum(of('.css'), 'gzipKb'),
    files,
  };
}

/** What index.html itself asks for: the entry script, its modulepreloads and stylesheets. */
export function declaredFirstLoad(distDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const files = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    if (isScript || isPreload || isStyle) files.add(url.replace(/^\.?\//, ''));
  }
  return totals([...files].map((file) => sizeOf(distDir, file)));
}

/** What the browser really fetched before the editor was ready (dynamic imports included). */
export function fetchedFirstLoad(distDir, urlPaths) {
  const files = [...new Set(urlPaths)]
    .filter((p) => /\.(js|css)$/.test(p))
    .map((p) => p.replace(/^\//, ''));
  return totals(files.map((file) => sizeOf(distDir, file)));
}

/** Every JS chunk of the build, to show what is left for later (report, export, examples). */
export function allChunks(distDir) {
  const assets = path.join(distDir, 'assets');
  return totals(
    readdirSync(assets)
      .filter((name) => /\.(js|css)$/.test(name))
      .map((name) => sizeOf(distDir, `assets/${name}`)),
  );
}
