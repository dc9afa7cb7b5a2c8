import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Measure } from '../../../../api/types.ts';
import { Tag } from '../../../../components/tag.tsx';
import { formatDate } from '../../../../i18n/format.ts';
import type { Lang } from '../../../../i18n/languages.ts';
import { MeasureTimeline } from './measure-timeline.tsx';

export const KIND_COLOURS: Readonly<Record<string, string>> = {
  entitlement: 'green',
  obligation: 'volcano',
  programme: 'blue',
  service: 'geekblue',
  informational: 'default',
};

/** The two-digit item number of a measure id (`gf2012-14/02.1` → `02`). */
export function itemNumber(id: string): string {
  return /\/(\d{2})/.exec(id)?.[1] ?? id;
}

/** One item of the catalogue in the list: number, title (a link to its page), kinds, beneficiaries, dates, summary. */
export function MeasureCard({ measure, lang }: { measure: Measure; lang: Lang }) {
  const { t } = useTranslation('catalogue');
  const n = itemNumber(measure.id);
  return (
    <article className="xw-panel xw-measure-card" data-testid="measure-card" data-measure={measure.id}>
      <h3 className="xw-h3" style={{ marginTop: 0 }}>
        <Link to={`/catalogue/${n}`}>
          <span className="xw-item-no">{t('itemNo', { n: measure.item })}</span> {measure.title}
        </Link>
      </h3>
      <div className="xw-row" style={{ marginBottom: 8 }}>
        {measure.kinds.map((k) => (
          <Tag key={k} color={KIND_COLOURS[k]}>
            {t(`kind.${k}`)}
          </Tag>
        ))}
        {measure.beneficiaries.map((b) => (
          <Tag key={b} bordered={false}>
            {t(`beneficiary.${b}`)}
          </Tag>
        ))}
        <span className="xw-secondary xw-small">
          {measure.effective.to
            ? t('fromTo', { from: formatDate(measure.effective.from, lang), to: formatDate(measure.effective.to, lang) })
            : t('fromOpen', { from: formatDate(measure.effective.from, lang) })}
        </span>
      </div>
      <p className="xw-clamp-3" style={{ margin: 0 }}>
        {measure.summary}
      </p>
      {measure.sub_measures.length > 0 && (
        <span className="xw-secondary xw-small">{t('subMeasures', { count: measure.sub_measures.length })}</span>
      )}
      {measure.sub_measures
        .filter((s) => s.timeline && s.timeline.length > 0)
        .map((s) => (
          <details key={s.id} className="xw-small">
            <summary>
              {t('timeline.title')} — {s.title}
            </summary>
            <MeasureTimeline measure={s} lang={lang} />
          </details>
        ))}
    </article>
  );
}
