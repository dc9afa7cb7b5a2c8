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
  scrollLabel,
}: {
  columns: readonly SimpleColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  caption?: ReactNode;
  selectedKey?: string;
  testId?: string;
  empty?: ReactNode;
  /** For a table wide enough to scroll on a narrow screen: its name, and the wrapper becomes focusable (keyboard scrolling). */
  scrollLabel?: string;
}) {
  return (
    <div className="xw-table-wrap" {...(scrollLabel ? { tabIndex: 0, role: 'region', 'aria-label': scrollLabel } : {})}>
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
