import { useTranslation } from 'react-i18next';
import { FactList } from '../../../components/fact-list.tsx';
import { formatDate, formatPercent, formatYuan } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import type { LendingReport } from './lending-types.ts';
import { Verdict } from './verdict.tsx';

/**
 * A report's check explained: which target, the figures compared, the wording of the increment target in
 * force for the quarter and its document (银监发〔2011〕94号 "两个不低于"), as the policy computed them.
 */
export function CheckExplanation({ report }: { report: LendingReport }) {
  const { t } = useTranslation('lending');
  const lang = currentLang();
  const c = report.check;
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
  if (c.problem !== null) {
    // Before the Opinions or after the encoded targets end: which, from the quarter's last day and the
    // dates the server read from the policy; the engine's own reason (English) stays on hover.
    const cover = c.rules_cover;
    const last = `${report.year}-${String(report.quarter * 3).padStart(2, '0')}-01`;
    const after = cover?.to != null && last > cover.to;
    return (
      <p data-testid="check-not-covered" data-reason={after ? 'after' : 'before'} className="xw-secondary" title={c.problem}>
        {after
          ? t('check.notCoveredAfter', { to: formatDate(cover?.to ?? '', lang) })
          : t('check.notCovered', { from: cover ? formatDate(cover.from, lang) : '—' })}
      </p>
    );
  }
  const wording = c.increment_wording;
  return (
    <div data-testid="check-explanation">
      <FactList
        columns={1}
        items={[
          {
            key: 'growth',
            label: t('check.growthTarget'),
            value: (
              <span data-testid="check-growth">
                <Verdict ok={c.meets_growth_target} />{' '}
                {t('check.growthCompare', {
                  small: pct(c.small_micro_loan_growth_rate),
                  all: pct(c.all_loan_growth_rate),
                })}
              </span>
            ),
          },
          {
            key: 'increment',
            label: t('check.incrementTarget'),
            value: (
              <span data-testid="check-increment">
                <Verdict ok={c.meets_increment_target} />{' '}
                {t('check.incrementCompare', {
                  now: formatYuan(report.small_micro_loan_increment, lang),
                  before: formatYuan(report.small_micro_loan_increment_last_year, lang),
                })}
              </span>
            ),
          },
          {
            key: 'wording',
            label: t('check.wording'),
            value: wording ? (
              <span data-testid="check-wording">
                “{wording.text}” — {t('check.wordingSource', { from: wording.in_force_from, document: wording.document ?? '—' })}
                {wording.confidence !== 'verified' && <span className="xw-secondary"> ({t('check.secondary')})</span>}
              </span>
            ) : (
              '—'
            ),
          },
          {
            key: 'both',
            label: t('check.both'),
            value: (
              <span data-testid="check-both">
                <Verdict ok={c.meets_two_targets} />
              </span>
            ),
          },
          { key: 'share', label: t('check.smallLinesShare'), value: pct(c.small_lines_share) },
          { key: 'version', label: t('check.version'), value: `${c.policy_version} · ${c.parameter_hash}` },
        ]}
      />
    </div>
  );
}
