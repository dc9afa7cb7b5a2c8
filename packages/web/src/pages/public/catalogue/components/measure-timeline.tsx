import { useTranslation } from 'react-i18next';
import type { MeasureBase, TimelineSegment } from '../../../../api/types.ts';
import type { Lang } from '../../../../i18n/languages.ts';

const COLOURS: Readonly<Record<TimelineSegment['status'], string>> = {
  encoded: '#52c41a',
  partial: '#faad14',
  not_encoded: '#d9d9d9',
};
const FIRST = 2012 * 12;
const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - FIRST;

/**
 * A measure's timeline from 2012 to 2027 as the policy derives it from its rules: one bar, each stretch
 * coloured by whether the rules answer, with its months and status in the page's language. The English
 * reason of a stretch (a developer note) is shown only in English.
 */
export function MeasureTimeline({ measure, lang }: { measure: MeasureBase; lang: Lang }) {
  const { t } = useTranslation('catalogue');
  if (!measure.timeline || measure.timeline.length === 0) return null;
  return (
    <div className="xw-small" data-testid="measure-timeline" data-measure={measure.id}>
      <div style={{ display: 'flex', height: 8, borderRadius: 4, overflow: 'hidden', margin: '4px 0' }} aria-hidden>
        {measure.timeline.map((s) => (
          <span key={s.from} style={{ flex: index(s.to) - index(s.from) + 1, background: COLOURS[s.status] }} />
        ))}
      </div>
      <ul style={{ margin: 0, paddingInlineStart: 16 }}>
        {measure.timeline.map((s) => (
          <li key={s.from} title={lang === 'en' ? s.reason : undefined}>
            {t('fromTo', { from: s.from, to: s.to })}: {t(`timeline.${s.status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
