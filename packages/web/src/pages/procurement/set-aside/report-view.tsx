import { useTranslation } from 'react-i18next';
import type { SetAsideReport } from '../../../api/set-aside-types.ts';
import { Panel } from '../../../components/panel.tsx';
import type { Lang } from '../../../i18n/languages.ts';
import { SetAsideChart } from './set-aside-chart.tsx';
import { percentOf } from './share-format.ts';
import { UnitsTable } from './units-table.tsx';

/** A report (current or published): the summary line, the chart against the 30% / 18% lines, the units and totals. */
export function ReportView({ report, lang }: { report: SetAsideReport; lang: Lang }) {
  const { t } = useTranslation('procurement');
  return (
    <>
      <p className="xw-secondary" data-testid="set-aside-summary">
        {t('setAside.dashboard.summary', {
          year: report.year,
          units: report.totals.units,
          meeting: report.totals.units_meeting,
          below: report.totals.units_below,
          noReason: report.totals.units_below_without_reason,
          sme: percentOf(report.totals.shares.sme_reserved),
          smallMicro: percentOf(report.totals.shares.small_micro_reserved),
        })}
      </p>
      <Panel title={t('setAside.chart.title', { year: report.year })} testId="set-aside-chart-panel">
        <SetAsideChart units={report.units} />
      </Panel>
      <Panel title={t('setAside.dashboard.unitsTitle', { year: report.year })} testId="set-aside-units">
        <UnitsTable report={report} lang={lang} />
      </Panel>
    </>
  );
}
