import { defineEntity } from '@xiaowei/engine';

/** An enterprise (or an individual business classified like one, 300号 art. 6). */
export const enterprise = defineEntity({
  key: 'enterprise',
  plural: 'enterprises',
  label: { 'zh-CN': '企业', ko: '기업', en: 'Enterprise' },
});

/** A natural person (individual taxpayer, individual business owner, donor, graduate). */
export const individual = defineEntity({
  key: 'individual',
  plural: 'individuals',
  label: { 'zh-CN': '个人', ko: '개인', en: 'Individual' },
});

/** A loan contract between a lender and a borrowing enterprise (stamp duty, fee conduct). */
export const loan_contract = defineEntity({
  key: 'loan_contract',
  plural: 'loan_contracts',
  label: { 'zh-CN': '借款合同', ko: '대출계약', en: 'Loan contract' },
  links: {
    borrower: { entity: 'enterprise', label: { 'zh-CN': '借款人', ko: '차입자', en: 'Borrower' } },
    lender: { entity: 'bank', label: { 'zh-CN': '贷款人', ko: '대출기관', en: 'Lender' } },
  },
});

/** A bank or other lending financial institution (lending reports, provisions). */
export const bank = defineEntity({
  key: 'bank',
  plural: 'banks',
  label: { 'zh-CN': '银行业金融机构', ko: '은행업 금융기관', en: 'Bank' },
});

/** A government procurement tender (one project or lot) of a budget unit. */
export const tender = defineEntity({
  key: 'tender',
  plural: 'tenders',
  label: { 'zh-CN': '采购项目', ko: '조달 입찰', en: 'Tender' },
  links: {
    budget_unit: { entity: 'budget_unit', label: { 'zh-CN': '预算单位', ko: '예산단위', en: 'Budget unit' } },
  },
});

/** A bid in a tender, by one supplier or a consortium. */
export const bid = defineEntity({
  key: 'bid',
  plural: 'bids',
  label: { 'zh-CN': '投标', ko: '입찰', en: 'Bid' },
  links: {
    tender: { entity: 'tender', label: { 'zh-CN': '采购项目', ko: '조달 입찰', en: 'Tender' }, required: true },
    supplier: { entity: 'enterprise', label: { 'zh-CN': '供应商', ko: '공급자', en: 'Supplier' } },
  },
});

/** A product offered in a bid, with its manufacturer's size. */
export const bid_product = defineEntity({
  key: 'bid_product',
  plural: 'bid_products',
  label: { 'zh-CN': '投标产品', ko: '입찰 제품', en: 'Bid product' },
  links: { bid: { entity: 'bid', label: { 'zh-CN': '投标', ko: '입찰', en: 'Bid' }, required: true } },
});

/** A member of a consortium bid, with its size and share of the contract. */
export const consortium_member = defineEntity({
  key: 'consortium_member',
  plural: 'consortium_members',
  label: { 'zh-CN': '联合体成员', ko: '컨소시엄 구성원', en: 'Consortium member' },
  links: { bid: { entity: 'bid', label: { 'zh-CN': '投标', ko: '입찰', en: 'Bid' }, required: true } },
});

/** A budget unit (预算单位) that procures, with its annual procurement budget. */
export const budget_unit = defineEntity({
  key: 'budget_unit',
  plural: 'budget_units',
  label: { 'zh-CN': '预算单位', ko: '예산단위', en: 'Budget unit' },
});

/** A credit-guarantee institution (item 10). */
export const guarantor = defineEntity({
  key: 'guarantor',
  plural: 'guarantors',
  label: { 'zh-CN': '信用担保机构', ko: '신용보증기관', en: 'Credit-guarantee institution' },
});

/** An administrative fee charged to an enterprise (item 06). */
export const fee_event = defineEntity({
  key: 'fee_event',
  plural: 'fee_events',
  label: { 'zh-CN': '行政事业性收费', ko: '행정사업성 수수료', en: 'Administrative fee' },
  links: { payer: { entity: 'enterprise', label: { 'zh-CN': '缴费企业', ko: '납부 기업', en: 'Paying enterprise' } } },
});

/** A new college graduate hired by an enterprise (item 25). */
export const graduate_hire = defineEntity({
  key: 'graduate_hire',
  plural: 'graduate_hires',
  label: { 'zh-CN': '招用高校毕业生', ko: '대학 졸업생 채용', en: 'Graduate hire' },
  links: { employer: { entity: 'enterprise', label: { 'zh-CN': '用人单位', ko: '고용 기업', en: 'Employer' } } },
});

export const ENTITIES = [
  enterprise,
  individual,
  loan_contract,
  bank,
  tender,
  bid,
  bid_product,
  consortium_member,
  budget_unit,
  guarantor,
  fee_event,
  graduate_hire,
];
