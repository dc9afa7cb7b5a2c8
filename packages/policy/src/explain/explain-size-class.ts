import { formulaFor, type Labels, MINOR_PER_MAJOR, type Period, rulesInstant, type TaxBenefitSystem } from '@xiaowei/engine';
import { type IndustryGroup, SIZE_CLASSES, type SizeClass } from '../model-api.ts';

type Tier = 'large' | 'medium' | 'small';
type Indicator = 'employees' | 'revenue' | 'total_assets';

/** One indicator compared with its bound (money in fen). */
export interface IndicatorCheck {
  readonly indicator: Indicator;
  readonly value: number;
  readonly bound: number;
  readonly met: boolean;
}

/**
 * Why an enterprise has its size class: for large, the bounds it meets; otherwise the tier above that it
 * missed and the indicators below that tier's bounds (the drop-a-tier rule of 300号 art. 4). Asked
 * against a smaller claimed class (an SME declaration that says small when the figures say medium), the
 * bounds of its own tier that it meets: "medium, not small: revenue … ≥ …".
 */
export interface SizeExplanation {
  readonly sizeClass: SizeClass;
  readonly group: IndustryGroup;
  /** The tier whose bounds decided: the class itself for large or against a smaller claim, else the tier just above. */
  readonly decidingTier: Tier;
  /** The deciding tier's indicators: all met for large or against a smaller claim, the unmet ones otherwise. */
  readonly checks: readonly IndicatorCheck[];
  readonly text: Labels;
}

const TIERS: readonly Tier[] = ['large', 'medium', 'small'];
const INDICATORS: readonly Indicator[] = ['employees', 'revenue', 'total_assets'];

const CLASS_NAMES: Readonly<Record<SizeClass, Labels>> = {
  large: { 'zh-CN': '大型', ko: '대기업', en: 'large' },
  medium: { 'zh-CN': '中型', ko: '중기업', en: 'medium' },
  small: { 'zh-CN': '小型', ko: '소기업', en: 'small' },
  micro: { 'zh-CN': '微型', ko: '영세기업', en: 'micro' },
};
const INDICATOR_NAMES: Readonly<Record<Indicator, Labels>> = {
  employees: { 'zh-CN': '从业人员', ko: '종업원 수', en: 'employees' },
  revenue: { 'zh-CN': '营业收入', ko: '영업수입', en: 'revenue' },
  total_assets: { 'zh-CN': '资产总额', ko: '자산총액', en: 'total assets' },
};

// Built once: a formatter per call (toLocaleString) cost most of an explanation's time.
const WHOLE = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const FRACTION = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** People-facing number: thousands separators; money in yuan, decimals only when there are fen. */
function show(indicator: Indicator, value: number, lang: keyof Labels): string {
  if (indicator === 'employees') {
    const text = WHOLE.format(value);
    return lang === 'zh-CN' ? `${text} 人` : lang === 'ko' ? `${text}명` : text;
  }
  const yuan = value / MINOR_PER_MAJOR;
  const text = (Number.isInteger(yuan) ? WHOLE : FRACTION).format(yuan);
  return lang === 'zh-CN' ? `${text} 元` : lang === 'ko' ? `${text}위안` : `${text} yuan`;
}

function describe(check: IndicatorCheck, lang: keyof Labels): string {
  const name = INDICATOR_NAMES[check.indicator][lang];
  const v = show(check.indicator, check.value, lang);
  const b = show(check.indicator, check.bound, lang);
  if (check.met) return lang === 'zh-CN' ? `${name} ${v} ≥ ${b}` : lang === 'ko' ? `${name} ${v} ≥ ${b}` : `${name} ${v} ≥ ${b}`;
  if (lang === 'zh-CN') return `${name} ${v} 低于 ${b}`;
  if (lang === 'ko') return `${name} ${v}이 ${b} 미만`;
  return `${check.indicator === 'total_assets' ? 'total assets' : name} ${v} is below ${b}`;
}

/**
 * Explains the size class of one enterprise from its group and figures (money in fen), with the bounds
 * in force at the start of `period`. It applies the same rule as the `size_class` formula, and the
 * tests check that the two agree.
 * @example explainSizeClass(system, 'industry', { employees: 300, revenue: 1999999900, total_assets: 0 }, Period.parse('2013')).text.en
 * // 'small, not medium: revenue 19,999,999 yuan is below 20,000,000 yuan'
 * @example explainSizeClass(system, 'agriculture', { employees: 0, revenue: 536771854, total_assets: 0 }, Period.parse('2013'), 'small').text.en
 * // 'medium, not small: revenue 5,367,718.54 yuan ≥ 5,000,000 yuan'
 */
export function explainSizeClass(
  system: TaxBenefitSystem,
  group: IndustryGroup,
  figures: Readonly<Record<Indicator, number>>,
  period: Period,
  claimed?: SizeClass,
): SizeExplanation {
  // The bounds in force when size_class reads them: the year 2011 on 2011-06-18 (ADR 0004).
  const instant = rulesInstant(formulaFor(system.variable('size_class'), period), period);
  const checksOf = (tier: Tier): IndicatorCheck[] =>
    boundsOf(system, group, tier, instant).map(({ indicator, bound }) => ({
      indicator,
      value: figures[indicator],
      bound,
      met: figures[indicator] >= bound,
    }));
  let reached = -1;
  for (let t = 0; t < TIERS.length && reached < 0; t++) if (checksOf(TIERS[t]).every((c) => c.met)) reached = t;
  const sizeClass: SizeClass = reached < 0 ? 'micro' : (TIERS[reached] as SizeClass);
  // Against a smaller claim, the bounds of the class's own tier, all met, are the reason (micro has none).
  const ownTier = claimed !== undefined && SIZE_CLASSES.indexOf(claimed) > SIZE_CLASSES.indexOf(sizeClass) && sizeClass !== 'micro';
  const decidingTier: Tier = sizeClass === 'large' || ownTier ? (sizeClass as Tier) : (TIERS[SIZE_CLASSES.indexOf(sizeClass) - 1] as Tier);
  const all = checksOf(decidingTier);
  // An indicator not given never decides (the formula decides only on given ones): it is not a reason.
  const checks = sizeClass === 'large' || ownTier ? all : all.filter((c) => !c.met && !Number.isNaN(c.value));
  const reason: Reason = { sizeClass, decidingTier, checks, claimed: ownTier && sizeClass !== 'large' ? claimed : undefined };
  return {
    sizeClass,
    group,
    decidingTier,
    checks,
    text: { 'zh-CN': reasonText(reason, 'zh-CN'), ko: reasonText(reason, 'ko'), en: reasonText(reason, 'en') },
  };
}

/** The bounds of a group's tier in force at `instant`: one per indicator the size standard sets for it. */
interface TierBound {
  readonly indicator: Indicator;
  readonly bound: number;
}

/**
 * Looked up once per system, group, tier and instant: a self-check explains every enterprise against the
 * same few bounds, and finding a parameter by its path was a fifth of an explanation.
 */
const BOUNDS = new WeakMap<TaxBenefitSystem, Map<string, readonly TierBound[]>>();
function boundsOf(system: TaxBenefitSystem, group: IndustryGroup, tier: Tier, instant: string): readonly TierBound[] {
  let bySystem = BOUNDS.get(system);
  if (bySystem === undefined) BOUNDS.set(system, (bySystem = new Map()));
  const key = `${group}.${tier}@${instant}`;
  let bounds = bySystem.get(key);
  if (bounds === undefined) {
    bounds = INDICATORS.flatMap((indicator) => {
      const path = `classification.size_standard.${group}.${tier}.${indicator}`;
      if (system.parameters.find(path) === undefined) return [];
      return [{ indicator, bound: system.parameterAt(path, instant).value as number }];
    });
    bySystem.set(key, bounds);
  }
  return bounds;
}

/** What an explanation's text says: the class, the deciding tier and its checks, the smaller class claimed. */
interface Reason {
  readonly sizeClass: SizeClass;
  readonly decidingTier: Tier;
  readonly checks: readonly IndicatorCheck[];
  /** A smaller class claimed than the figures give (not for large), when the reason is the class's own tier. */
  readonly claimed: SizeClass | undefined;
}

function reasonText({ sizeClass, decidingTier, checks, claimed }: Reason, lang: keyof Labels): string {
  const list = checks.map((c) => describe(c, lang)).join(lang === 'zh-CN' ? '，' : ', ');
  const cls = CLASS_NAMES[sizeClass][lang];
  if (claimed !== undefined) {
    const below = CLASS_NAMES[claimed][lang];
    if (lang === 'zh-CN') return `${cls}，而非${below}：${list}`;
    if (lang === 'ko') return `${cls}(${below} 아님): ${list}`;
    return `${cls}, not ${below}: ${list}`;
  }
  if (sizeClass === 'large') return lang === 'en' ? `large: ${list}` : `${cls}：${list}`.replace('대기업：', '대기업: ');
  const above = CLASS_NAMES[decidingTier][lang];
  if (lang === 'zh-CN') return `${cls}，而非${above}：${list}`;
  if (lang === 'ko') return `${cls}(${above} 아님): ${list}`;
  return `${cls}, not ${above}: ${list}`;
}
