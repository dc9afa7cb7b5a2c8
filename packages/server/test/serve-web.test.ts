import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWeb } from '../src/web/serve-web.ts';

// A build as packages/web's precompress plugin leaves it: each asset with its .br and .gz.
let root: string;
const js = `export const greeting = ${JSON.stringify('小微 '.repeat(2000))};\n`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'xw-web-'));
  mkdirSync(join(root, 'assets'));
  const files: Record<string, string> = {
    'index.html': `<!doctype html><title>小微</title>${'<!-- -->'.repeat(300)}`,
    'assets/app.js': js,
  };
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(root, name), body);
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(root, `${name}.gz`), gzipSync(body));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function app() {
  const a = Fastify();
  expect(await serveWeb(a, root)).toBe(true);
  return a;
}

describe('the web build is served compressed', () => {
  it('sends brotli to a browser that accepts it, with Vary, the same bytes once decompressed', async () => {
    const res = await (await app()).inject({ url: '/assets/app.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(js);
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(js) / 5);
  });

  it('sends gzip when brotli is not accepted, the plain file when nothing is', async () => {
    const a = await app();
    const gz = await a.inject({ url: '/assets/app.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(js);
    const plain = await a.inject({ url: '/assets/app.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
  });

  it('the app shell of a client route is compressed too', async () => {
    const res = await (await app()).inject({ url: '/registry', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain('<title>小微</title>');
  });
});
