import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// The real service as `npm start` runs it, in a child process, stopped by a signal.
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function start(): Promise<{ port: number; output: () => string; exited: Promise<number | null> }> {
  child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', DATABASE_URL: ':memory:', XW_SEED: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const c = child;
  c.stdout?.on('data', (d) => {
    out += d;
  });
  c.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => c.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve({ port: Number(m[1]), output: () => out, exited });
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`the service exited before listening:\n${out}`));
    });
  });
}

const waitFor = async (what: () => boolean, ms = 20_000) => {
  for (const t0 = Date.now(); !what(); ) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('npm start stops on a signal', () => {
  it('SIGTERM: the request in flight is answered, then the listener and the database close and the process exits 0', async () => {
    const { port, output, exited } = await start();
    const body = JSON.stringify({ industry: 'C3311', employees: 80, revenue: 5000000 });
    const socket = connect(port, '127.0.0.1');
    let response = '';
    socket.on('data', (d) => {
      response += d;
    });
    await new Promise((r) => socket.once('connect', r));
    // Headers and half the body: the request has arrived and waits for the rest when the signal comes.
    socket.write(
      `POST /api/v1/evaluate?period=2015&variables=size_class HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 300));
    child?.kill('SIGTERM');
    await waitFor(() => output().includes('SIGTERM: shutting down'));
    expect(child?.exitCode).toBeNull();
    socket.write(body.slice(10));
    await waitFor(() => response.includes('\r\n\r\n') && response.includes('size_class'));
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    socket.end();
    expect(await exited).toBe(0);
    expect(output()).toContain('stopped');
    // Nothing listens any more.
    const refused = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(false);
      });
      s.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  }, 60_000);

  it('SIGINT (Ctrl-C) with no request in flight exits 0 at once', async () => {
    const { output, exited } = await start();
    child?.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output()).toContain('SIGINT: shutting down');
  }, 60_000);
});
