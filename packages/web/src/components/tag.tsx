import type { CSSProperties, ReactNode } from 'react';

export type TagColour =
  | 'default'
  | 'green'
  | 'success'
  | 'orange'
  | 'warning'
  | 'red'
  | 'error'
  | 'blue'
  | 'purple'
  | 'cyan'
  | 'volcano'
  | 'geekblue';

/**
 * A small label in the manner of Ant Design's Tag, with dark text on a light ground so that every colour
 * keeps a 4.5:1 contrast (WCAG AA); antd's preset tag colours do not.
 */
export function Tag({
  color = 'default',
  bordered = true,
  children,
  style,
  large,
}: {
  color?: TagColour | string;
  bordered?: boolean;
  children: ReactNode;
  style?: CSSProperties;
  large?: boolean;
}) {
  return (
    <span className={`xw-tag xw-tag-${color}${bordered ? '' : ' xw-tag-borderless'}${large ? ' xw-tag-large' : ''}`} style={style}>
      {children}
    </span>
  );
}
