import { describe, expect, it } from 'vitest';
import { parseTarget } from '../src/index.ts';

describe('parseTarget (DATABASE_URL)', () => {
  it('names the backend', () => {
    expect(parseTarget('postgres://u@h:5432/db')).toEqual({ backend: 'postgres', url: 'postgres://u@h:5432/db' });
    expect(parseTarget('postgresql://u@h/db').backend).toBe('postgres');
    expect(parseTarget('pglite:')).toEqual({ backend: 'pglite', dataDir: undefined });
    expect(parseTarget('pglite://./data/pg')).toEqual({ backend: 'pglite', dataDir: './data/pg' });
    expect(parseTarget(':memory:')).toEqual({ backend: 'sqlite', path: ':memory:' });
    expect(parseTarget('sqlite:./x.db')).toEqual({ backend: 'sqlite', path: './x.db' });
    expect(parseTarget('file:/tmp/x.db')).toEqual({ backend: 'sqlite', path: '/tmp/x.db' });
    expect(parseTarget(undefined)).toEqual({ backend: 'sqlite', path: './data/xiaowei.db' });
    expect(parseTarget('  ')).toEqual({ backend: 'sqlite', path: './data/xiaowei.db' });
  });
});
