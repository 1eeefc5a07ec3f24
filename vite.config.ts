import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
// With an extension, as Vite's config loader wants; TypeScript maps .js to paper.ts.
import { PAPERS, pageRule } from './src/ui/print/paper.js';

/**
 * The one inline <style> the app writes: the print view's `@page` rule, one per paper size.
 * Allowed by hash, so no other inline style element is. (Style attributes set from script, as
 * React and React Flow set them, are not subject to the policy.)
 */
const printPageRuleHashes = PAPERS.map(
  (paper) => `'sha256-${createHash('sha256').update(pageRule(paper)).digest('base64')}'`,
);

/**
 * The Content Security Policy the built app ships with: its own scripts only (no inline script,
 * no eval), its own styles and the print page rules, nothing fetched from elsewhere, no plugins,
 * no <base>, no form posts. Images may be data: and blob: URLs, which the exports, the report's
 * picture and the favicon are made of; blob: URLs may be read back (Export report as PNG).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${printPageRuleHashes.join(' ')}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // blob: lets the report's picture export read the page's own images (never the network).
  "connect-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html, first in <head>. Build only: the dev server injects
 * inline scripts (React Refresh, the HMR client) that the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Live rooms talk to the collaboration server through the page's own origin (`/collab`), so the
 * CSP's connect-src 'self' covers them and a class on the LAN needs one address only.
 */
const COLLAB_PORT = Number(process.env.COLLAB_PORT ?? 1234);
const collabProxy = {
  '/collab': { target: `ws://127.0.0.1:${COLLAB_PORT}`, ws: true, changeOrigin: false },
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { port: 5173, host: '127.0.0.1', proxy: collabProxy },
  preview: { port: 4173, host: '127.0.0.1', strictPort: true, proxy: collabProxy },
  test: {
    include: ['src/**/*.test.ts', 'examples/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
  },
});
