import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SetAsideReport, SetAsideStatus } from '../../../api/set-aside-types.ts';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { formatYuan } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/languages.ts';
import { percentOf } from './share-format.ts';
import { StateTag } from './state-tag.tsx';
import './set-aside.css';

/**
 * A report's units with their exact shares and state (rows below the line highlighted by set-aside.css)
 * and the region's totals; each unit links to its page for the year.
 */
export function UnitsTable({ report, lang }: { report: SetAsideReport; lang: Lang }) {
  const { t } = useTranslation('procurement');
  const columns: SimpleColumn<SetAsideStatus>[] = [
    {
      key: 'unit',
      title: t('setAside.dashboard.unit'),
      render: (u) => <Link to={`/procurement/budget-units/${encodeURIComponent(u.budget_unit_id)}?year=${report.year}`}>{u.name}</Link>,
    },
    { key: 'region', title: t('setAside.dashboard.region'), render: (u) => u.region_code },
    { key: 'budget', title: t('setAside.status.budget'), align: 'end', render: (u) => formatYuan(u.procurement_budget, lang) },
    { key: 'sme', title: t('setAside.dashboard.smeReserved'), align: 'end', render: (u) => percentOf(u.shares.sme_reserved) },
    { key: 'sm', title: t('setAside.dashboard.smallMicroReserved'), align: 'end', render: (u) => percentOf(u.shares.small_micro_reserved) },
    { key: 'smeAw', title: t('setAside.dashboard.smeAwarded'), align: 'end', render: (u) => percentOf(u.shares.sme_awarded) },
    { key: 'smAw', title: t('setAside.dashboard.smallMicroAwarded'), align: 'end', render: (u) => percentOf(u.shares.small_micro_awarded) },
    {
      key: 'state',
      title: t('setAside.dashboard.state'),
      render: (u) => (
        <span className={u.state === 'below_without_reason' || u.state === 'below_with_reason' ? 'xw-set-aside-below' : undefined}>
          <StateTag state={u.state} />
        </span>
      ),
    },
    { key: 'reason', title: t('setAside.dashboard.reason'), render: (u) => u.shortfall_reason ?? u.problem?.message ?? '' },
  ];
  return (
    <>
      <SimpleTable
        columns={columns}
        rows={report.units}
        rowKey={(u) => u.budget_unit_id}
        testId="set-aside-table"
        empty={t('setAside.dashboard.noUnits')}
      />
      <p className="xw-secondary">
        {t('setAside.dashboard.totals', {
          budget: formatYuan(report.totals.procurement_budget, lang),
          sme: percentOf(report.totals.shares.sme_reserved),
          smallMicro: percentOf(report.totals.shares.small_micro_reserved),
        })}
      </p>
    </>
  );
}
