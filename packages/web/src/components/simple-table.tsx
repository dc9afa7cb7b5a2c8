import type { ReactNode } from 'react';

export interface SimpleColumn<T> {
  readonly key: string;
  readonly title: ReactNode;
  readonly render: (row: T, index: number) => ReactNode;
  readonly align?: 'start' | 'end';
}

/**
 * A semantic table (caption, header cells with scope) styled like Ant Design's small table, for the
 * short tables of the public pages: antd's Table would add some 50 KB of gzipped script to each page.
 */
export function SimpleTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  selectedKey,
  testId,
  empty,
}: {
  columns: readonly SimpleColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  caption?: ReactNode;
  selectedKey?: string;
  testId?: string;
  empty?: ReactNode;
}) {
  return (
    <div className="xw-table-wrap">
      <table className="xw-table" data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.align === 'end' ? 'xw-right' : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty && (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          )}
          {rows.map((row, i) => {
            const key = rowKey(row);
            return (
              <tr key={key} className={key === selectedKey ? 'xw-selected' : undefined}>
                {columns.map((c) => (
                  <td key={c.key} className={c.align === 'end' ? 'xw-right' : undefined}>
                    {c.render(row, i)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
