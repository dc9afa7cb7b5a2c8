import type { ReactNode } from 'react';

/** Label–value pairs as a description list (`dl`), in the manner of Ant Design's Descriptions. */
export function FactList({
  items,
  columns = 1,
  title,
}: {
  items: readonly { key: string; label: ReactNode; value: ReactNode }[];
  columns?: 1 | 2;
  title?: ReactNode;
}) {
  return (
    <div className="xw-facts-wrap">
      {title && <div className="xw-facts-title">{title}</div>}
      <dl className={columns === 2 ? 'xw-facts xw-facts-2' : 'xw-facts'}>
        {items.map((i) => (
          <div key={i.key} className="xw-fact">
            <dt>{i.label}</dt>
            <dd>{i.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
