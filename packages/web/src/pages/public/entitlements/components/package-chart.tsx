import { useTranslation } from 'react-i18next';
import type { EntitlementResult } from '../../../../api/types.ts';
import { CHART_COLOURS } from '../../../../components/chart-colours.ts';
import { RingChart } from '../../../../components/ring-chart.tsx';
import { formatYuan } from '../../../../i18n/format.ts';
import type { Lang } from '../../../../i18n/languages.ts';

export interface PackageComponent {
  readonly key: string;
  readonly name: string;
  readonly value: number;
}

/** The parts of the whole-package total: each counted entitlement worth something, largest first. */
export function packageComponents(entitlements: readonly EntitlementResult[], title: (e: EntitlementResult) => string): PackageComponent[] {
  return entitlements
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.eligible && e.counted && e.value > 0)
    .map(({ e, i }) => ({ key: `${e.measure}-${i}`, name: title(e), value: e.value }))
    .sort((a, b) => b.value - a.value);
}

/**
 * The whole-package total as a ring of its components (plain SVG, see ring-chart.tsx), the total in the middle; beside it a
 * legend that names each part with its amount and share (readable by screen readers and in print).
 */
export function PackageChart({ parts, total, lang }: { parts: readonly PackageComponent[]; total: number; lang: Lang }) {
  const { t } = useTranslation('entitlements');
  if (parts.length === 0) return <p className="xw-empty">{t('chartEmpty')}</p>;
  const label = t('chartLabel', {
    total: formatYuan(total, lang),
    parts: parts.map((p) => `${p.name} ${formatYuan(p.value, lang)}`).join(lang === 'zh-CN' ? '；' : '; '),
  });
  const sum = parts.reduce((s, p) => s + p.value, 0);
  return (
    <div className="xw-package">
      <div className="xw-package-chart">
        <RingChart
          parts={parts.map((p, i) => ({ key: p.key, value: p.value, colour: CHART_COLOURS[i % CHART_COLOURS.length] as string }))}
          label={label}
          height={240}
          testId="package-chart"
        />
        <div className="xw-package-total" aria-hidden="true">
          {formatYuan(total, lang)}
        </div>
      </div>
      <ul className="xw-legend" data-testid="package-legend">
        {parts.map((p, i) => (
          <li key={p.key}>
            <span className="xw-swatch" style={{ background: CHART_COLOURS[i % CHART_COLOURS.length] }} aria-hidden="true" />
            <span className="xw-legend-name">{p.name}</span>
            <span className="xw-money">{formatYuan(p.value, lang)}</span>
            <span className="xw-legend-share">{`${((p.value / sum) * 100).toFixed(1)}%`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
