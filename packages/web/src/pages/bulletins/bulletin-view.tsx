import { formatNumber, formatPercent, formatYuan } from '@xiaowei/policy/format';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarEChart } from '../../components/bar-chart.tsx';
import { echarts } from '../../components/echart.tsx';
import { FactList } from '../../components/fact-list.tsx';
import { Panel } from '../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../components/simple-table.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { Bulletin, BulletinContent } from './bulletin-types.ts';

// The size chart compares two periods: its legend names them, the tooltip gives each bar's figure.
echarts.use([LegendComponent, TooltipComponent]);

/** Amounts as the PDF and Excel files show them: yuan exact to the fen, with separators (the column says "yuan"). */
const money = (yuan: number, lang: Lang) => formatYuan(yuan, lang);
const count = (n: number, lang: Lang) => formatNumber(n, lang);
const signed = (n: number, lang: Lang) => (n > 0 ? `+${count(n, lang)}` : count(n, lang));

type Keyed = BulletinContent['enterprises']['by_size_class'][number];

function NoData({ testId }: { testId: string }) {
  const { t } = useTranslation('bulletins');
  return (
    <p className="xw-muted" data-testid={testId}>
      {t('view.noData')}
    </p>
  );
}

function ChangeTable({
  rows,
  first,
  lang,
  withCode,
  testId,
  label,
}: {
  rows: readonly Keyed[];
  first: string;
  lang: Lang;
  withCode?: boolean;
  testId: string;
  label: string;
}) {
  const { t } = useTranslation('bulletins');
  const columns: SimpleColumn<Keyed>[] = [
    ...(withCode ? [{ key: 'code', title: t('view.code'), render: (r: Keyed) => r.key }] : []),
    { key: 'name', title: first, render: (r) => r.name },
    { key: 'now', title: t('view.now'), render: (r) => count(r.current, lang), align: 'end' },
    { key: 'before', title: t('view.before'), render: (r) => count(r.previous, lang), align: 'end' },
    { key: 'change', title: t('view.change'), render: (r) => signed(r.change, lang), align: 'end' },
  ];
  return <SimpleTable columns={columns} rows={rows} rowKey={(r) => r.key} testId={testId} scrollLabel={label} />;
}

type TakeUp = BulletinContent['entitlements']['take_up'];
type Complaints = BulletinContent['complaints'];
type CountChange = BulletinContent['enterprises']['total'];
type YuanChange = BulletinContent['entitlements']['amount'];
const ZERO: CountChange = { current: 0, previous: 0, change: 0 };
const ZERO_YUAN: YuanChange = { current: 0, previous: 0, change: 0 };

interface TakeUpRow {
  key: string;
  name: string;
  offered?: CountChange;
  offered_amount?: YuanChange;
  confirmed?: CountChange;
  confirmed_amount?: YuanChange;
  paid?: CountChange;
  paid_amount?: YuanChange;
}

/** Offers made, confirmed and paid in the period, by measure (the PDF and Excel table of the same name). */
function TakeUpTable({ takeUp, period, lang }: { takeUp: TakeUp; period: string; lang: Lang }) {
  const { t } = useTranslation('bulletins');
  if (!takeUp.available) return <NoData testId="bulletin-take-up-no-data" />;
  const rows: TakeUpRow[] = [...(takeUp.by_measure ?? []), { ...takeUp, key: 'total', name: t('view.total') }];
  const n = (c: CountChange | undefined) => count((c ?? ZERO).current, lang);
  const y = (c: YuanChange | undefined) => money((c ?? ZERO_YUAN).current, lang);
  return (
    <SimpleTable<TakeUpRow>
      testId="bulletin-take-up"
      scrollLabel={t('view.takeUpOf', { period })}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { key: 'name', title: t('view.name'), render: (r) => r.name },
        { key: 'o', title: t('view.offered'), render: (r) => n(r.offered), align: 'end' },
        { key: 'oa', title: t('view.offeredAmount'), render: (r) => y(r.offered_amount), align: 'end' },
        { key: 'c', title: t('view.confirmed'), render: (r) => n(r.confirmed), align: 'end' },
        { key: 'ca', title: t('view.confirmedAmount'), render: (r) => y(r.confirmed_amount), align: 'end' },
        { key: 'p', title: t('view.paid'), render: (r) => n(r.paid), align: 'end' },
        { key: 'pa', title: t('view.paidAmount'), render: (r) => y(r.paid_amount), align: 'end' },
        { key: 'pb', title: t('view.paidBefore'), render: (r) => money((r.paid_amount ?? ZERO_YUAN).previous, lang), align: 'end' },
        { key: 'pc', title: t('view.paidChange'), render: (r) => money((r.paid_amount ?? ZERO_YUAN).change, lang), align: 'end' },
      ]}
    />
  );
}

interface ComplaintRow {
  key: string;
  name: string;
  filed?: CountChange;
  replied?: CountChange;
  replied_in_time?: CountChange;
  rated?: CountChange;
  rating_sum?: CountChange;
}

/** The mean rating as exact text cut to 2 places (the PDF's rule), from the integer sum and count. */
function mean(sum: number, n: number): string {
  if (n === 0) return '—';
  const h = Math.floor((sum * 100) / n);
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}

/** Complaints filed, replied, replied in time and rated in the period, by type and by department. */
function ComplaintTables({ complaints, period, lang }: { complaints: Complaints; period: string; lang: Lang }) {
  const { t } = useTranslation('bulletins');
  if (!complaints.available) return <NoData testId="bulletin-complaints-no-data" />;
  const total: ComplaintRow = { ...complaints, key: 'total', name: t('view.total') };
  const n = (c: CountChange | undefined, f: 'current' | 'previous' = 'current') => count((c ?? ZERO)[f], lang);
  const columns = (first: string): SimpleColumn<ComplaintRow>[] => [
    { key: 'name', title: first, render: (r) => r.name },
    { key: 'f', title: t('view.filed'), render: (r) => n(r.filed), align: 'end' },
    { key: 'fb', title: t('view.filedBefore'), render: (r) => n(r.filed, 'previous'), align: 'end' },
    { key: 'fc', title: t('view.change'), render: (r) => signed((r.filed ?? ZERO).change, lang), align: 'end' },
    { key: 'r', title: t('view.replied'), render: (r) => n(r.replied), align: 'end' },
    { key: 'rt', title: t('view.repliedInTime'), render: (r) => n(r.replied_in_time), align: 'end' },
    { key: 'ra', title: t('view.rated'), render: (r) => n(r.rated), align: 'end' },
    {
      key: 'm',
      title: t('view.meanRating'),
      render: (r) => mean((r.rating_sum ?? ZERO).current, (r.rated ?? ZERO).current),
      align: 'end',
    },
  ];
  return (
    <>
      <h3>{t('view.complaintsByType', { period })}</h3>
      <SimpleTable<ComplaintRow>
        testId="bulletin-complaints-types"
        scrollLabel={t('view.complaintsByType', { period })}
        rows={[...(complaints.by_type ?? []), total]}
        rowKey={(r) => r.key}
        columns={columns(t('view.complaintType'))}
      />
      <h3>{t('view.complaintsByDepartment', { period })}</h3>
      <SimpleTable<ComplaintRow>
        testId="bulletin-complaints-departments"
        scrollLabel={t('view.complaintsByDepartment', { period })}
        rows={[...(complaints.by_department ?? []), total]}
        rowKey={(r) => r.key}
        columns={columns(t('view.department'))}
      />
    </>
  );
}

/** A bulletin's figures: the sentences, the tables (the same as in its PDF and Excel files) and two charts. */
export function BulletinView({ bulletin, lang }: { bulletin: Bulletin; lang: Lang }) {
  const { t } = useTranslation('bulletins');
  const c = bulletin.content;
  const e = c.enterprises;
  const ent = c.entitlements;
  const s = c.set_aside;
  const l = c.lending;

  const sizeOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('view.before'), t('view.now')] },
      grid: { left: 48, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: e.by_size_class.map((r) => r.name) },
      yAxis: { type: 'value' },
      series: [
        { name: t('view.before'), type: 'bar', data: e.by_size_class.map((r) => r.previous) },
        { name: t('view.now'), type: 'bar', data: e.by_size_class.map((r) => r.current) },
      ],
    }),
    [e, t],
  );
  const regionOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 96, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: ent.by_region.map((r) => r.name) },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: ent.by_region.map((r) => r.amount) }],
    }),
    [ent],
  );

  type EntRow = BulletinContent['entitlements']['by_region'][number];
  type SetRow = BulletinContent['set_aside']['by_region'][number];
  type LendRow = BulletinContent['lending']['by_region'][number];
  type TargetRow = BulletinContent['targets'][number];

  return (
    <div data-testid="bulletin-view" data-status={bulletin.status}>
      <FactList
        columns={2}
        items={[
          { key: 'period', label: t('view.facts.period'), value: `${c.period.key} (${c.period.start} – ${c.period.end})` },
          { key: 'previous', label: t('view.facts.previous'), value: c.previous_period.key },
          { key: 'status', label: t('view.facts.status'), value: t(`status.${bulletin.status}`) },
          ...(bulletin.version !== null ? [{ key: 'version', label: t('view.facts.version'), value: `v${bulletin.version}` }] : []),
          ...(bulletin.published_at
            ? [{ key: 'published', label: t('view.facts.publishedAt'), value: formatDateTime(bulletin.published_at, lang) }]
            : []),
          { key: 'generated', label: t('view.facts.generatedAt'), value: formatDateTime(c.generated_at, lang) },
          { key: 'policy', label: t('view.facts.policy'), value: c.policy_version },
          { key: 'hash', label: t('view.facts.hash'), value: <code style={{ wordBreak: 'break-all' }}>{bulletin.content_hash}</code> },
        ]}
      />
      <Panel title={t('view.summary')} testId="bulletin-text">
        <ul>
          {c.text.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Panel>
      <Panel title={t('view.enterprises')} testId="bulletin-enterprises">
        <BarEChart option={sizeOption} label={t('view.chartSize')} height={240} />
        <h3>{t('view.bySize', { year: e.size_year })}</h3>
        <ChangeTable
          rows={e.by_size_class}
          first={t('view.name')}
          lang={lang}
          testId="bulletin-size"
          label={t('view.bySize', { year: e.size_year })}
        />
        <h3>{t('view.byGroup')}</h3>
        <ChangeTable rows={e.by_industry_group} first={t('view.name')} lang={lang} testId="bulletin-groups" label={t('view.byGroup')} />
        <h3>{t('view.byRegion')}</h3>
        <ChangeTable
          rows={e.by_region}
          first={t('view.name')}
          lang={lang}
          withCode
          testId="bulletin-regions"
          label={`${t('view.enterprises')} · ${t('view.byRegion')}`}
        />
      </Panel>
      <Panel title={t('view.entitlements', { year: ent.year })} testId="bulletin-entitlements">
        {ent.available ? (
          <>
            <BarEChart option={regionOption} label={t('view.chartRegion')} height={240} />
            <h3>{t('view.byMeasure')}</h3>
            <SimpleTable
              testId="bulletin-measures"
              rows={ent.by_measure}
              rowKey={(r) => r.key}
              columns={[
                { key: 'name', title: t('view.name'), render: (r) => r.name },
                { key: 'n', title: t('view.enterpriseCount'), render: (r) => count(r.enterprises, lang), align: 'end' },
                { key: 'v', title: t('view.amount'), render: (r) => money(r.amount, lang), align: 'end' },
              ]}
            />
            <h3>{t('view.byRegion')}</h3>
            <SimpleTable<EntRow>
              scrollLabel={`${t('view.entitlements', { year: ent.year })} · ${t('view.byRegion')}`}
              testId="bulletin-entitlement-regions"
              rows={[
                ...ent.by_region,
                { key: 'total', name: t('view.total'), enterprises: ent.enterprises.current, amount: ent.amount.current },
              ]}
              rowKey={(r) => r.key}
              columns={[
                { key: 'code', title: t('view.code'), render: (r) => (r.key === 'total' ? '' : r.key) },
                { key: 'name', title: t('view.name'), render: (r) => r.name },
                { key: 'n', title: t('view.enterpriseCount'), render: (r) => count(r.enterprises, lang), align: 'end' },
                { key: 'v', title: t('view.amount'), render: (r) => money(r.amount, lang), align: 'end' },
              ]}
            />
          </>
        ) : (
          <NoData testId="bulletin-entitlements-no-data" />
        )}
        <h3>{ent.take_up.available ? t('view.takeUpOf', { period: c.period.key }) : t('view.takeUp')}</h3>
        <TakeUpTable takeUp={ent.take_up} period={c.period.key} lang={lang} />
      </Panel>
      <Panel title={t('view.setAside', { year: s.year })} testId="bulletin-set-aside">
        {s.available ? (
          <>
            <p>
              {t('view.shares', {
                sme: formatPercent(s.sme_reserved_share, lang),
                smallMicro: formatPercent(s.small_micro_reserved_share, lang),
              })}
            </p>
            <SimpleTable<SetRow>
              scrollLabel={t('view.setAside', { year: s.year })}
              rows={[
                ...s.by_region,
                {
                  key: 'total',
                  name: t('view.total'),
                  units: s.units,
                  units_recorded: s.units_recorded,
                  units_meeting: s.units_meeting,
                  units_below: s.units_below,
                  budget: s.budget,
                  sme_reserved: s.sme_reserved,
                  small_micro_reserved: s.small_micro_reserved,
                },
              ]}
              rowKey={(r) => r.key}
              columns={[
                { key: 'code', title: t('view.code'), render: (r) => (r.key === 'total' ? '' : r.key) },
                { key: 'name', title: t('view.name'), render: (r) => r.name },
                { key: 'u', title: t('view.units'), render: (r) => count(r.units, lang), align: 'end' },
                { key: 'r', title: t('view.recorded'), render: (r) => count(r.units_recorded, lang), align: 'end' },
                { key: 'm', title: t('view.meeting'), render: (r) => count(r.units_meeting, lang), align: 'end' },
                { key: 'b', title: t('view.below'), render: (r) => count(r.units_below, lang), align: 'end' },
                { key: 'budget', title: t('view.budget'), render: (r) => money(r.budget, lang), align: 'end' },
                { key: 'sme', title: t('view.smeReserved'), render: (r) => money(r.sme_reserved, lang), align: 'end' },
                { key: 'sm', title: t('view.smallMicroReserved'), render: (r) => money(r.small_micro_reserved, lang), align: 'end' },
              ]}
            />
          </>
        ) : (
          <NoData testId="bulletin-set-aside-no-data" />
        )}
      </Panel>
      <Panel title={t('view.lending', { year: l.year, quarter: l.quarter })} testId="bulletin-lending">
        {l.available ? (
          <SimpleTable<LendRow>
            scrollLabel={t('view.lending', { year: l.year, quarter: l.quarter })}
            testId="bulletin-lending-regions"
            rows={[
              ...l.by_region,
              {
                key: 'total',
                name: t('view.total'),
                banks: l.banks.current,
                banks_meeting_two_targets: l.banks_meeting_two_targets.current,
                small_micro_balance: l.small_micro_balance.current,
                small_micro_increment: l.small_micro_increment.current,
              },
            ]}
            rowKey={(r) => r.key}
            columns={[
              { key: 'code', title: t('view.code'), render: (r) => (r.key === 'total' ? '' : r.key) },
              { key: 'name', title: t('view.name'), render: (r) => r.name },
              { key: 'b', title: t('view.banks'), render: (r) => count(r.banks, lang), align: 'end' },
              { key: 'm', title: t('view.banksMeeting'), render: (r) => count(r.banks_meeting_two_targets, lang), align: 'end' },
              { key: 'bal', title: t('view.balance'), render: (r) => money(r.small_micro_balance, lang), align: 'end' },
              { key: 'inc', title: t('view.increment'), render: (r) => money(r.small_micro_increment, lang), align: 'end' },
            ]}
          />
        ) : (
          <NoData testId="bulletin-lending-no-data" />
        )}
      </Panel>
      <Panel title={t('view.complaints')} testId="bulletin-complaints">
        <ComplaintTables complaints={c.complaints} period={c.period.key} lang={lang} />
      </Panel>
      <Panel title={t('view.targets')} testId="bulletin-targets">
        <SimpleTable<TargetRow>
          scrollLabel={t('view.targets')}
          rows={c.targets}
          rowKey={(r) => r.key}
          columns={[
            { key: 'item', title: t('view.item'), render: (r) => r.item, align: 'end' },
            { key: 'target', title: t('view.target'), render: (r) => r.target },
            {
              key: 'measured',
              title: t('view.measured'),
              render: (r) => (r.measured === null ? t('view.noData') : `${r.measured} / ${r.of}`),
            },
          ]}
        />
      </Panel>
    </div>
  );
}
