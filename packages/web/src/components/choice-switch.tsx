import { useId } from 'react';

/**
 * A small segmented choice built from native radio buttons in a fieldset (arrow keys move between
 * options, the legend names the group), styled like Ant Design's Segmented.
 */
export function ChoiceSwitch<V extends string>({
  legend,
  value,
  options,
  onChange,
  testId,
  hideLegend,
}: {
  legend: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  testId?: string;
  hideLegend?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="xw-switch" data-testid={testId}>
      <legend className={hideLegend ? 'xw-visually-hidden' : 'xw-switch-legend'}>{legend}</legend>
      <div className="xw-switch-options">
        {options.map((o) => (
          <label key={o.value} className={o.value === value ? 'xw-switch-option xw-switch-selected' : 'xw-switch-option'}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
