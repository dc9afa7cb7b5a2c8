import { CheckCircleFilled, CloseCircleFilled, MinusCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntitlementResult, Measure, MeasureBase } from '../../../../api/types.ts';
import { FactList } from '../../../../components/fact-list.tsx';
import { Panel } from '../../../../components/panel.tsx';
import { Tag } from '../../../../components/tag.tsx';
import { formatDate, formatYuan } from '../../../../i18n/format.ts';
import type { Lang } from '../../../../i18n/languages.ts';

export interface Catalogued {
  readonly measure: MeasureBase;
  readonly item: Measure;
}

/**
 * The status of an entitlement: counted in the total, eligible but not counted (cannot be combined),
 * eligible with the amount pending an input not given, not yet decidable for want of an input, or missed.
 */
export function statusOf(e: EntitlementResult): 'counted' | 'notCounted' | 'pendingAmount' | 'pendingEligibility' | 'missed' {
  if (e.pending) return e.pending.for === 'amount' ? 'pendingAmount' : 'pendingEligibility';
  if (!e.eligible) return 'missed';
  return e.counted ? 'counted' : 'notCounted';
}

const ICONS = {
  counted: <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden="true" />,
  notCounted: <MinusCircleFilled style={{ color: '#d48806' }} aria-hidden="true" />,
  pendingAmount: <QuestionCircleFilled style={{ color: '#d48806' }} aria-hidden="true" />,
  pendingEligibility: <QuestionCircleFilled style={{ color: '#8c8c8c' }} aria-hidden="true" />,
  missed: <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden="true" />,
};
const TAG_COLOURS = {
  counted: 'success',
  notCounted: 'warning',
  pendingAmount: 'warning',
  pendingEligibility: 'default',
  missed: 'error',
} as const;

/**
 * What tells apart entitlements of the same measure (02.1 has one for VAT and one for business tax): the
 * label of the first condition an entitlement has and the others of its measure do not. Keyed by index.
 */
export function distinguishers(entitlements: readonly EntitlementResult[]): Map<number, string> {
  const out = new Map<number, string>();
  entitlements.forEach((e, i) => {
    const same = entitlements.filter((o, j) => j !== i && o.measure === e.measure);
    if (same.length === 0) return;
    const own = e.conditions.find((c) => same.every((o) => !o.conditions.some((oc) => oc.variable === c.variable)));
    if (own) out.set(i, own.label);
  });
  return out;
}

/** The catalogue page of a measure: its item (`/catalogue/02`), with the sub-measure as the anchor. */
export function measureLink(id: string): string {
  const m = /^gf2012-14\/(\d{2})(?:\.(\d+))?$/.exec(id);
  return m ? `/catalogue/${m[1]}${m[2] ? `#${encodeURIComponent(id)}` : ''}` : '/catalogue';
}

/** One entitlement: amount, dates, the clause behind it, and each condition (why not, what would change). */
function EntitlementCard({
  e,
  catalogued,
  lang,
  period,
  variant,
}: {
  e: EntitlementResult;
  catalogued?: Catalogued;
  lang: Lang;
  period: string;
  variant?: string;
}) {
  const { t } = useTranslation('entitlements');
  const status = statusOf(e);
  const m = catalogued?.measure;
  const title = e.title ?? m?.title ?? e.measure;
  const end = m?.effective.to ?? null;
  const endsThisYear = end?.startsWith(period) ?? false;
  return (
    <Panel
      small
      level={3}
      className="xw-entitlement"
      testId="entitlement"
      status={status}
      title={
        <>
          {ICONS[status]}
          <span>{title}</span>
          {variant && <span className="xw-secondary" style={{ fontWeight: 400 }}>{`· ${variant}`}</span>}
        </>
      }
      extra={<Tag color={TAG_COLOURS[status]}>{t(`status.${status}`)}</Tag>}
    >
      <FactList
        columns={2}
        items={[
          {
            key: 'amount',
            label: t('amount'),
            // An amount that needs an input not given says which, instead of a 0 (ADR 0005).
            value: e.pending ? (
              <span className="xw-warning-text" data-testid="pending">
                {e.pending.message}
              </span>
            ) : (
              <span className="xw-money">{e.eligible ? formatYuan(e.value, lang) : '—'}</span>
            ),
          },
          { key: 'measure', label: t('measure'), value: <Link to={measureLink(e.measure)}>{e.measure}</Link> },
          ...(m
            ? [
                {
                  key: 'dates',
                  label: t('inForce'),
                  value:
                    end === null
                      ? t('fromOpen', { from: formatDate(m.effective.from, lang) })
                      : t('fromTo', { from: formatDate(m.effective.from, lang), to: formatDate(end, lang) }),
                },
                ...(end !== null
                  ? [
                      {
                        key: 'deadline',
                        label: t('deadline'),
                        value: (
                          <span>
                            {formatDate(end, lang)}
                            {endsThisYear && (
                              <Tag color="orange" style={{ marginInlineStart: 8 }}>
                                {t('endsThisYear')}
                              </Tag>
                            )}
                          </span>
                        ),
                      },
                    ]
                  : []),
              ]
            : []),
        ]}
      />
      {status === 'notCounted' && <p className="xw-warning-text">{t('notCountedWhy')}</p>}
      <strong>{t('conditions')}</strong>
      <ul className="xw-conditions" style={{ paddingInlineStart: 20, marginTop: 4 }}>
        {e.conditions.map((c) => (
          <li key={c.variable} data-met={c.met}>
            <span className="xw-visually-hidden">{c.met ? t('conditionMet') : t('conditionNotMet')}</span>
            <span aria-hidden="true">{c.met ? '✓ ' : '✗ '}</span>
            {/* Advice that already names the condition ("不符合：增值税小规模纳税人") stands alone, not under its own name. */}
            {!c.met && c.advice && c.advice.includes(c.label) ? null : c.label}
            {!c.met && c.advice && (
              <span className="xw-danger" style={{ display: c.advice.includes(c.label) ? 'inline' : 'block' }} data-testid="advice">
                {c.advice}
              </span>
            )}
          </li>
        ))}
      </ul>
      {m && m.documents.length > 0 && (
        <>
          <strong>{t('clause')}</strong>
          <ul style={{ paddingInlineStart: 20, marginTop: 4, marginBottom: 0 }} data-testid="documents">
            {m.documents.map((d) => (
              <li key={d.number}>
                <code className="xw-code">{d.number}</code> {d.title}
                {d.confidence !== 'verified' && (
                  <Tag style={{ marginInlineStart: 6 }} color={d.confidence === 'secondary' ? 'default' : 'orange'}>
                    {t(`catalogue:confidence.${d.confidence}`)}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

/** The entitlements of the report: those obtained first, then those missed with why and what would change. */
export function EntitlementList({
  entitlements,
  catalogue,
  lang,
  period,
}: {
  entitlements: readonly EntitlementResult[];
  catalogue: ReadonlyMap<string, Catalogued>;
  lang: Lang;
  period: string;
}) {
  const { t } = useTranslation('entitlements');
  const variants = distinguishers(entitlements);
  const rows = entitlements.map((e, i) => ({ e, key: `${e.measure}-${i}`, variant: variants.get(i) }));
  const obtained = rows.filter(({ e }) => e.eligible).sort((a, b) => b.e.value - a.e.value);
  const missed = rows.filter(({ e }) => !e.eligible);
  const section = (title: string, list: typeof rows, testId: string) => (
    <section aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 className="xw-h2" id={`${testId}-title`}>
        {title} <Tag>{list.length}</Tag>
      </h2>
      {list.length === 0 && <p className="xw-empty">{t('none')}</p>}
      <div className="xw-stack">
        {list.map(({ e, key, variant }) => (
          <EntitlementCard key={key} e={e} catalogued={catalogue.get(e.measure)} lang={lang} period={period} variant={variant} />
        ))}
      </div>
    </section>
  );
  return (
    <>
      {section(t('obtained'), obtained, 'obtained')}
      {section(t('missed'), missed, 'missed')}
    </>
  );
}
