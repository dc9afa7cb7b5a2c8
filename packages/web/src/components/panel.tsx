import type { ReactNode } from 'react';

/**
 * A titled box in the manner of Ant Design's Card, as plain markup with a real heading (`level`): antd's
 * Card brings its tabs, and their menu, into every page that uses it.
 */
export function Panel({
  title,
  extra,
  children,
  level = 2,
  small,
  testId,
  id,
  className,
  status,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
  small?: boolean;
  testId?: string;
  id?: string;
  className?: string;
  status?: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`xw-panel${small ? ' xw-panel-small' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      data-status={status}
      id={id}
    >
      {(title || extra) && (
        <div className="xw-panel-head">
          {title && <Heading className="xw-panel-title">{title}</Heading>}
          {extra && <div className="xw-panel-extra">{extra}</div>}
        </div>
      )}
      <div className="xw-panel-body">{children}</div>
    </section>
  );
}
