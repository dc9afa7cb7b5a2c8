import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';

/**
 * The web application. `vite build` writes `dist/` (served by the server at `/`); `vite` serves it in
 * development with `/api` proxied to the server on 127.0.0.1:3000 (`npm start` at the repository root).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // precompress: every JS/CSS/HTML file also as .br and .gz, sent by the server to browsers that accept them.
  plugins: [react(), precompress()],
  server: {
    proxy: { '/api': { target: process.env.XIAOWEI_API ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: process.env.XIAOWEI_API ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
});
