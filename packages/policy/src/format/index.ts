/**
 * `@xiaowei/policy/format`: how values are shown to people, the same in the web app, the PDF and Excel
 * reports and the command line — money exact to the fen with separators, percentages, counts, dates and
 * times in the reader's language and time zone, size classes and industry groups by name. Pure functions
 * over Intl: no Node API, so the browser bundle imports it too.
 */
export { formatDate, formatDateTime } from './date-time.ts';
export { EXCEL_FORMAT } from './excel.ts';
export { DEFAULT_TIME_ZONE, INTL_LOCALE } from './locale.ts';
export { fenOf, formatFen, formatYuan, type MoneyOptions } from './money.ts';
export { INDUSTRY_GROUP_NAMES, industryGroupName, SIZE_CLASS_NAMES, sizeClassName } from './names.ts';
export { formatCount, formatNumber, formatPercent } from './number.ts';
