import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDir', () => {
  it('writes .br and .gz of each script, style sheet and page that decompress to the file; skips images, tiny files and .vite', () => {
    dir = mkdtempSync(join(tmpdir(), 'xw-dist-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    const js = 'console.log("小微");\n'.repeat(200);
    writeFileSync(join(dir, 'assets/app.js'), js);
    writeFileSync(join(dir, 'assets/app.css'), 'body{margin:0}\n'.repeat(100));
    writeFileSync(join(dir, 'assets/logo.png'), Buffer.alloc(4096, 1));
    writeFileSync(join(dir, 'assets/tiny.js'), 'x()');
    writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify({ a: 'b'.repeat(2000) }));
    const done = precompressDir(dir)
      .map((p) => p.slice(dir.length + 1))
      .sort();
    expect(done).toEqual(['assets/app.css', 'assets/app.js']);
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets/app.js.br'))).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'assets/app.js.gz'))).toString()).toBe(js);
    expect(existsSync(join(dir, 'assets/logo.png.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets/tiny.js.gz'))).toBe(false);
    expect(existsSync(join(dir, '.vite/manifest.json.br'))).toBe(false);
  });
});
