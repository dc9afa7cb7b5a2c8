import { Input } from 'antd';
import { useEffect, useState } from 'react';

/** Up to 9 whole digits, any decimals (the variable's rule: a finite number ≥ 0). */
const COUNT = /^\d{1,9}(\.\d+)?$/;

/**
 * A number of people, typed as text (numeric keyboard on phones): the form holds a number, or undefined
 * while the text is not a number ≥ 0, so the form's rule reports it. The annual average may be fractional
 * (财税〔2009〕69号 art. 7: each month's (start + end) / 2), as the variable `employees` takes it.
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
      value === undefined ? (COUNT.test(current.trim()) ? '' : current) : Number(current) === value ? current : String(value),
    );
  }, [value]);
  return (
    <Input
      id={id}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      aria-describedby={rest['aria-describedby']}
      data-testid={rest['data-testid']}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const normal = next.normalize('NFKC').replace(/[,，\s]/g, '');
        onChange?.(COUNT.test(normal) ? Number(normal) : undefined);
      }}
    />
  );
}
