import type { ValueProblem } from '@xiaowei/engine';
import { type FormulaContext, vector } from '../../../model-api.ts';

/** 财综〔2011〕104号, the notice that lists the exempt fees (its list is known from secondary sources). */
export const FEE_NOTICE = {
  document: '财综〔2011〕104号',
  title: '财政部 国家发展改革委关于免征小型微型企业部分行政事业性收费的通知',
} as const;

/** Parameter node of the exemption: `<region>.<department>.<fee>.exempt`, region `national` or a province code. */
export const EXEMPTION_NODE = 'fees.small_micro_exemption';

/** Fees by charging department. */
type FeeList = Readonly<Record<string, readonly string[]>>;

/**
 * The national list of 财综〔2011〕104号 by charging department (secondary): the same
 * shape as parameters/fees/small_micro_exemption/national, where each fee has its names and dated `exempt`.
 */
export const NATIONAL_EXEMPT_FEES = {
  industry_commerce: ['enterprise_registration'],
  taxation: ['tax_invoice_production'],
  customs: ['customs_supervision'],
  commerce: ['shipment_certificate', 'handicraft_certificate', 'textile_origin_certificate'],
  quality_inspection: ['general_origin_certificate_issuance', 'general_origin_certificate_form', 'organization_code_certificate'],
  ccpit: ['goods_origin_certificate', 'ata_carnet'],
  land_resources: ['land_registration'],
  press_publication: ['software_copyright_registration'],
  agriculture: [
    'farm_machinery_supervision',
    'new_veterinary_drug_approval',
    'imported_veterinary_drug_licence',
    'veterinary_drug_registration',
  ],
  forestry: ['forest_right_certificate'],
  tourism: ['star_rating_plaque', 'a_grade_scenic_area_plaque', 'industrial_agricultural_tourism_plaque'],
  islamic_association: ['halal_food_certification'],
} as const satisfies FeeList;

/**
 * Fees a province added to the exemption, by province code (GB/T 2260) and department. Shanxi is
 * known to have added fees, but no source read gives list: its list is empty (see 140000.yaml).
 */
export const REGIONAL_EXEMPT_FEES: Readonly<Record<string, FeeList>> = {
  '140000': {},
};

/** A fee on no list: charged as usual. */
export const OTHER_FEE = 'other';

/** The values of the `fee_event_code` enum: every listed fee, then `other`. */
export const FEE_CODES: readonly string[] = [
  ...Object.values(NATIONAL_EXEMPT_FEES).flat(),
  ...Object.values(REGIONAL_EXEMPT_FEES).flatMap((byDepartment) => Object.values(byDepartment).flat()),
  OTHER_FEE,
];

/** The province (GB/T 2260 code ending in 0000) of a province, city or county code; '' when there is none. */
export function provinceOf(region: string): string {
  return /^\d{6}$/.test(region) ? `${region.slice(0, 2)}0000` : '';
}

/** Validation of a region input: a 6-digit GB/T 2260 administrative division code. */
export function checkRegion(value: string | number | boolean): ValueProblem | undefined {
  return /^\d{6}$/.test(String(value))
    ? undefined
    : {
        code: 'bad_region',
        message: {
          'zh-CN': `“${String(value)}”不是 GB/T 2260 行政区划代码（6 位数字，如山西省 140000）`,
          ko: `'${String(value)}'은(는) GB/T 2260 행정구역 코드(6자리 숫자, 예: 산시성 140000)가 아닙니다`,
          en: `'${String(value)}' is not a GB/T 2260 division code (6 digits, e.g. 140000 for Shanxi)`,
        },
      };
}

/** A day long before any list, so that a masked member reads no parameter (and the trace shows none). */
const NO_DAY = -25567; // 1900-01-01

/** The member's day where `cond` holds, else {@link NO_DAY}. */
function daysWhere(cond: Uint8Array, days: Int32Array): Int32Array {
  const out = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) out[i] = cond[i] ? days[i] : NO_DAY;
  return out;
}

/**
 * Whether each fee is exempt on the day it was charged under the list of its region: the national
 * list, or the list its province added (`regions`: GB/T 2260 codes of any level). Each fee's dated
 * `exempt` is read at each member's own date, only for the members charged that fee, so a trace
 * shows exactly the entry (and document) that applied.
 */
export function listedOnDates(ctx: FormulaContext, codes: Uint8Array, regions: readonly string[], days: Int32Array): Uint8Array {
  const { and, enumIs, fillBool, gt, or } = vector;
  const provinces = regions.map(provinceOf);
  const lists: [string, FeeList, Uint8Array][] = [
    ['national', NATIONAL_EXEMPT_FEES, fillBool(ctx.n, true)],
    ...Object.entries(REGIONAL_EXEMPT_FEES).map(([province, list]): [string, FeeList, Uint8Array] => [
      province,
      list,
      Uint8Array.from(provinces, (p) => (p === province ? 1 : 0)),
    ]),
  ];
  let listed = fillBool(ctx.n, false);
  for (const [region, byDepartment, inRegion] of lists) {
    for (const [department, fees] of Object.entries(byDepartment)) {
      for (const fee of fees) {
        const charged = and(inRegion, enumIs(codes, FEE_CODES.indexOf(fee)));
        const exempt = ctx.paramAtDates(`${EXEMPTION_NODE}.${region}.${department}.${fee}.exempt`, daysWhere(charged, days), 0);
        listed = or(listed, and(charged, gt(exempt, 0)));
      }
    }
  }
  return listed;
}
