import { Input } from 'antd';
import { useEffect, useState } from 'react';

/**
 * A whole number of people, typed as text (numeric keyboard on phones): the form holds a number, or
 * undefined while the text is not a whole number, so the form's rule reports it.
 */
export function CountInput({
  id,
  value,
  onChange,
  ...rest
}: {
  id?: string;
  value?: number;
  onChange?: (n: number | undefined) => void;
  'aria-describedby'?: string;
  'data-testid'?: string;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((current) =>
      value === undefined ? (/^\d+$/.test(current.trim()) ? '' : current) : Number(current) === value ? current : String(value),
    );
  }, [value]);
  return (
    <Input
      id={id}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      aria-describedby={rest['aria-describedby']}
      data-testid={rest['data-testid']}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const normal = next.normalize('NFKC').replace(/[,，\s]/g, '');
        onChange?.(/^\d{1,9}$/.test(normal) ? Number(normal) : undefined);
      }}
    />
  );
}
