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
        <h3>{t('view.takeUp')}</h3>
        <NoData testId="bulletin-take-up-no-data" />
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
        <NoData testId="bulletin-complaints-no-data" />
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
