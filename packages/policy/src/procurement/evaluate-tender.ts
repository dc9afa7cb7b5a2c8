import {
  type Column,
  defaultColumn,
  FormulaError,
  fromDayNumber,
  interpolate,
  type Labels,
  ParameterNotFoundError,
  Period,
  PeriodError,
  Population,
  Simulation,
  type TaxBenefitSystem,
} from '@xiaowei/engine';

/**
 * One tender, its fields already decoded into column units by the input variables' own checks. The field
 * lists below are the one tender vocabulary (ADR 0007): the CLI's file, both APIs and the store's tender are
 * written in these keys and read by the app's one reader (`readTender` of @xiaowei/app).
 */

/** Input fields → input variables, per level of a tender: adding a bid input is one entry here and its variable. */
export const TENDER_FIELDS = {
  date: 'tender_date',
  procurement_type: 'tender_procurement_type',
  reserved_for_sme: 'tender_reserved_for_sme',
  method: 'tender_evaluation_method',
  price_weight: 'tender_price_weight',
  deduction_rate: 'tender_deduction_rate',
  consortium_deduction_rate: 'tender_consortium_deduction_rate',
} as const;
export const BID_FIELDS = {
  price: 'bid_price',
  technical_score: 'bid_technical_score',
  supplier_size_class: 'bid_declared_size_class',
  compliant: 'bid_compliant',
} as const;
export const PRODUCT_FIELDS = {
  manufacturer_size_class: 'bid_product_manufacturer_size_class',
  large_enterprise_trademark: 'bid_product_large_enterprise_trademark',
} as const;
export const MEMBER_FIELDS = { size_class: 'consortium_member_size_class', share: 'consortium_member_share' } as const;
export const SUPPLIER_FIELDS = { industry: 'industry', employees: 'employees', revenue: 'revenue', total_assets: 'total_assets' } as const;

/** The bid variables an evaluation computes. */
export const TENDER_OUTPUTS = [
  'bid_price_deduction_rate',
  'bid_evaluated_price',
  'bid_price_score',
  'bid_total_score',
  'bid_rank',
  'bid_deduction_reason',
] as const;

/** Decoded values of one object: variable id → value in column units. */
export type TenderValues = Map<string, number | string>;

export interface TenderBid<Id> {
  readonly id: Id;
  readonly values: TenderValues;
  /** The supplier's own figures, when it gives them instead of a declared size class. */
  readonly supplier: TenderValues | undefined;
  readonly products: readonly TenderValues[];
  readonly members: readonly TenderValues[];
}

export interface TenderData<Id> {
  readonly id: Id;
  readonly values: TenderValues;
  readonly bids: readonly TenderBid<Id>[];
}

/** The messages of a tender file or request whose form is wrong, in every language (CLI and service alike). */
export const TENDER_FORMAT_MESSAGES = {
  not_an_object: { 'zh-CN': '应为 JSON 对象', ko: 'JSON 객체여야 합니다', en: 'must be a JSON object' },
  not_a_list: { 'zh-CN': '应为 JSON 数组', ko: 'JSON 배열이어야 합니다', en: 'must be a JSON array' },
  not_a_value: { 'zh-CN': '应为单个值', ko: '단일 값이어야 합니다', en: 'must be a single value' },
  missing: { 'zh-CN': '缺少必填字段', ko: '필수 항목이 없습니다', en: 'is required' },
  bad_id: { 'zh-CN': '编号必须是文本或数字', ko: '번호는 텍스트나 숫자여야 합니다', en: 'an id must be text or a number' },
  duplicate_id: { 'zh-CN': '投标编号“{id}”重复', ko: '입찰 번호 “{id}”이(가) 중복됩니다', en: 'duplicate bid id "{id}"' },
  no_bids: { 'zh-CN': '至少需要一个投标', ko: '입찰이 하나 이상 필요합니다', en: 'needs at least one bid' },
  supplier_twice: {
    'zh-CN': '请给出 supplier_size_class 或 supplier 企业数据之一，不能两者都给',
    ko: 'supplier_size_class와 supplier 기업 자료 중 하나만 주십시오',
    en: 'give either supplier_size_class or the supplier figures, not both',
  },
  weight_required: {
    'zh-CN': '综合评分法需要 price_weight',
    ko: '종합평가법에는 price_weight가 필요합니다',
    en: 'comprehensive scoring needs price_weight',
  },
} as const satisfies Record<string, Labels>;

/** The messages of a tender the rules cannot evaluate, in every language. */
export const TENDER_RULE_MESSAGES = {
  no_rule: {
    'zh-CN': '日期为 {date} 的采购项目没有已编码的规则（财库〔2011〕181号自 2012-01-01 起适用；规则编码至 2027-12-31）',
    ko: '{date} 일자 조달 입찰에는 코드화된 규정이 없습니다(재고〔2011〕181호는 2012-01-01부터 적용, 규정은 2027-12-31까지 코드화)',
    en: 'no rule is encoded for a tender dated {date} (财库〔2011〕181号 applies from 2012-01-01; the rules are encoded up to 2027-12-31)',
  },
  type_required: {
    'zh-CN':
      '日期为 {date} 的采购项目须注明采购类别（goods 货物、services 服务或 works 工程）：财库〔2020〕46号对工程规定了不同的价格扣除比例',
    ko: '{date} 일자 조달 입찰에는 조달 유형(goods 물품, services 용역, works 공사)이 필요합니다: 재고〔2020〕46호는 공사에 다른 가격 공제율을 정합니다',
    en: 'a tender dated {date} needs its procurement type (goods, services or works): 财库〔2020〕46号 sets other deduction ranges for works',
  },
  rate_outside: {
    'zh-CN': '价格扣除比例 {rate} 不在 {date} 适用的法定范围 {min}–{max} 内（不作截取）',
    ko: '가격 공제율 {rate}이(가) {date}에 적용되는 법정 범위 {min}–{max}를 벗어납니다(조정하지 않음)',
    en: 'the deduction rate {rate} is outside the legal range {min}–{max} in force on {date} (it is not clamped)',
  },
  shares_sum: {
    'zh-CN': '联合体成员份额合计为 {sum}，应为 1',
    ko: '컨소시엄 구성원 비중의 합이 {sum}입니다. 1이어야 합니다',
    en: "the consortium members' shares add up to {sum}, not 1",
  },
  zero_price: {
    'zh-CN': '评审价格为 0 的有效投标无法计算价格得分',
    ko: '평가 가격이 0인 유효 입찰은 가격 점수를 계산할 수 없습니다',
    en: 'a compliant bid with an evaluated price of 0 cannot be given a price score',
  },
  cannot_compute: { 'zh-CN': '无法计算：{detail}', ko: '계산할 수 없습니다: {detail}', en: 'cannot compute: {detail}' },
} as const satisfies Record<string, Labels>;

/** A rate for people: 0.06 → 6%. */
export const percent = (rate: number): string => `${Number((rate * 100).toFixed(7))}%`;

/** Index of `comprehensive` in the evaluation-method enum. */
export const comprehensiveIndex = (system: TaxBenefitSystem): number =>
  system.variable('tender_evaluation_method').enumIndex?.get('comprehensive') ?? -1;

/**
 * A tender the rules cannot evaluate, with where the user can fix it: `path` is a list of keys from the
 * tender (e.g. `['bids', 2, 'consortium']`); each caller writes it in its own notation.
 */
export class TenderRuleError extends Error {
  override readonly name = 'TenderRuleError';
  constructor(
    readonly path: readonly (string | number)[],
    readonly messages: Labels,
  ) {
    super(messages.en);
  }
}

function column(system: TaxBenefitSystem, id: string, rows: readonly TenderValues[]): Column {
  const col = defaultColumn(system.variable(id), rows.length);
  rows.forEach((values, i) => {
    const v = values.get(id);
    if (v !== undefined) (col as unknown[])[i] = v;
  });
  return col;
}

/** The population of one tender: the tender, its bids, their products, consortium members and suppliers. */
export function tenderPopulation<Id>(system: TaxBenefitSystem, tender: TenderData<Id>, period: Period): Population {
  const pop = new Population(system);
  const bids = tender.bids;
  const products = bids.flatMap((b, i) => b.products.map((values) => ({ bid: i, values })));
  const members = bids.flatMap((b, i) => b.members.map((values) => ({ bid: i, values })));
  const suppliers = bids.flatMap((b, i) => (b.supplier ? [{ bid: i, values: b.supplier }] : []));
  pop.addEntity('tender', 1, [String(tender.id)]);
  pop.addEntity(
    'bid',
    bids.length,
    bids.map((b) => String(b.id)),
  );
  pop.addEntity('bid_product', products.length);
  pop.addEntity('consortium_member', members.length);
  pop.addEntity('enterprise', suppliers.length);
  const set = (fields: Readonly<Record<string, string>>, rows: readonly TenderValues[], at: Period) => {
    for (const id of Object.values(fields)) pop.setInput(id, at, column(system, id, rows));
  };
  set(TENDER_FIELDS, [tender.values], Period.ETERNITY);
  set(
    BID_FIELDS,
    bids.map((b) => b.values),
    Period.ETERNITY,
  );
  set(
    PRODUCT_FIELDS,
    products.map((p) => p.values),
    Period.ETERNITY,
  );
  set(
    MEMBER_FIELDS,
    members.map((m) => m.values),
    Period.ETERNITY,
  );
  set(
    SUPPLIER_FIELDS,
    suppliers.map((s) => s.values),
    period,
  );
  pop.setLink('bid', 'tender', new Int32Array(bids.length));
  const supplierOf = new Int32Array(bids.length).fill(-1);
  suppliers.forEach((s, k) => {
    supplierOf[s.bid] = k;
  });
  pop.setLink('bid', 'supplier', supplierOf);
  pop.setLink(
    'bid_product',
    'bid',
    Int32Array.from(products, (p) => p.bid),
  );
  pop.setLink(
    'consortium_member',
    'bid',
    Int32Array.from(members, (m) => m.bid),
  );
  return pop;
}

/** An engine error of a tender's evaluation as a {@link TenderRuleError} at the field the user can fix. */
function ruleError<Id>(system: TaxBenefitSystem, e: unknown, tender: TenderData<Id>, date: string): TenderRuleError | undefined {
  const words = (key: keyof typeof TENDER_RULE_MESSAGES, params: Record<string, unknown> = {}) =>
    interpolate(TENDER_RULE_MESSAGES[key], params);
  if (e instanceof PeriodError || e instanceof ParameterNotFoundError) return new TenderRuleError(['date'], words('no_rule', { date }));
  if (!(e instanceof FormulaError)) return undefined;
  const row = e.row ?? 0;
  const works = tender.values.get('tender_procurement_type') === system.variable('tender_procurement_type').enumIndex?.get('works');
  const rateProblem = (field: string, rateId: string, node: string) => {
    const path = works ? `${node}_works` : node;
    const rate = Number(tender.values.get(rateId) ?? 0);
    const min = system.parameter(`${path}.min`).at(date).value as number;
    const max = system.parameter(`${path}.max`).at(date).value as number;
    if (rate >= min && rate <= max) return new TenderRuleError([field], words('cannot_compute', { detail: e.message }));
    return new TenderRuleError(
      [field],
      words('rate_outside', { rate: `${rate} (${percent(rate)})`, min: percent(min), max: percent(max), date }),
    );
  };
  if (/no rule is encoded/.test(e.message)) return new TenderRuleError(['date'], words('no_rule', { date }));
  if (/procurement type \(goods, services or works\) is needed/.test(e.message)) {
    return new TenderRuleError(['procurement_type'], words('type_required', { date }));
  }
  switch (e.variable) {
    case 'tender_price_deduction_rate':
      return rateProblem('deduction_rate', 'tender_deduction_rate', 'procurement.price_deduction.small_micro');
    case 'tender_consortium_price_deduction_rate':
      return rateProblem('consortium_deduction_rate', 'tender_consortium_deduction_rate', 'procurement.price_deduction.consortium');
    case 'bid_consortium_small_micro_share': {
      const shares = tender.bids[row]?.members.map((m) => Number(m.get('consortium_member_share') ?? 0)) ?? [];
      const sum = Math.round(shares.reduce((a, b) => a + b, 0) * 1e9) / 1e9;
      return new TenderRuleError(['bids', row, 'consortium'], words('shares_sum', { sum }));
    }
    case 'bid_price_score':
      return new TenderRuleError(['bids', row, 'price'], TENDER_RULE_MESSAGES.zero_price);
    default:
      return new TenderRuleError([], words('cannot_compute', { detail: e.message }));
  }
}

export interface SimulatedTender<Id> {
  readonly tender: TenderData<Id>;
  readonly date: string;
  readonly comprehensive: boolean;
  readonly sim: Simulation;
  readonly period: Period;
}

/**
 * Evaluates a tender in the year of its date (the suppliers are classified on that year's figures):
 * every bid's deduction, evaluated price, scores and rank. A tender the rules cannot evaluate throws a
 * {@link TenderRuleError}.
 */
export function simulateTender<Id>(system: TaxBenefitSystem, tender: TenderData<Id>, trace = false): SimulatedTender<Id> {
  const date = fromDayNumber(tender.values.get('tender_date') as number);
  const period = Period.parse(date.slice(0, 4));
  const sim = new Simulation(system, tenderPopulation(system, tender, period), { trace });
  try {
    for (const id of TENDER_OUTPUTS) sim.calculate(id, period);
  } catch (e) {
    throw ruleError(system, e, tender, date) ?? e;
  }
  return { tender, date, comprehensive: tender.values.get('tender_evaluation_method') === comprehensiveIndex(system), sim, period };
}
