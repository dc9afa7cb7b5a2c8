import { DEFAULT_LANG, type Lang } from '../text/labels.ts';
import { formatReference } from '../text/reference.ts';
import type { TraceNode, TraceParameter } from './build-trace.ts';

const WORDS = {
  input: { 'zh-CN': '输入', ko: '입력', en: 'input' },
  default: { 'zh-CN': '默认值', ko: '기본값', en: 'default' },
  formula: { 'zh-CN': '公式自', ko: '공식 시행일', en: 'formula from' },
  inForce: { 'zh-CN': '至今有效', ko: '현재 유효', en: 'in force' },
  confidence: {
    verified: { 'zh-CN': '已核实', ko: '확인됨', en: 'verified' },
    secondary: { 'zh-CN': '二手来源', ko: '2차 출처', en: 'secondary source' },
    unconfirmed: { 'zh-CN': '未证实', ko: '미확인', en: 'unconfirmed' },
  },
} as const;

function paramLine(p: TraceParameter, lang: Lang): string {
  const window = `${p.start} … ${p.end ?? WORDS.inForce[lang]}`;
  const refs = p.references.map(formatReference).join('; ');
  const label = p.label ? ` (${p.label[lang]})` : '';
  return `◇ ${p.path}${label} = ${String(p.value)}${p.unit && p.unit !== '/1' && p.unit !== 'currency' ? ` ${p.unit}` : ''}  [${window}] ${refs} — ${WORDS.confidence[p.confidence][lang]}`;
}

/**
 * The trace as indented text, one line per variable and parameter, in `lang`.
 * @example
 * size_class (规模类型) <2013> = small   [公式自 2011-06-18; 工信部联企业〔2011〕300号 第四条]
 *   ◇ classification.size_standard.industry.medium.employees = 300 person  [2011-06-18 … 至今有效] …
 */
export function renderTrace(node: TraceNode, lang: Lang = DEFAULT_LANG, depth = 0): string {
  const pad = '  '.repeat(depth);
  const how =
    node.kind === 'formula'
      ? `${WORDS.formula[lang]} ${node.formulaFrom ?? ''}; ${node.references.map(formatReference).join('; ')}`
      : WORDS[node.kind][lang];
  const said = node.valueLabel ? ` — ${node.valueLabel[lang]}` : '';
  const lines = [`${pad}${node.variable} (${node.label[lang]}) <${node.period}> = ${String(node.value)}${said}   [${how}]`];
  for (const p of node.parameters) lines.push(`${pad}  ${paramLine(p, lang)}`);
  for (const c of node.children) lines.push(renderTrace(c, lang, depth + 1));
  return lines.join('\n');
}
