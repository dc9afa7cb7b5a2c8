/** The activation codes just issued as a file an officer hands out: credit code, name, code, expiry. */
import type { Lang } from '@xiaowei/engine';
import { formatDate } from '@xiaowei/policy/format';
import type { FastifyReply } from 'fastify';
import { csvText } from '../../http/formula-injection.ts';
import { sendWorkbook } from '../lending/workbook.ts';

export interface CodeLine {
  readonly credit_code: string;
  readonly name: string;
  readonly code: string;
  readonly expires_at: string;
}

const HEADERS: Record<Lang, readonly string[]> = {
  'zh-CN': ['统一社会信用代码', '企业名称', '激活码', '有效期至'],
  ko: ['통일사회신용코드', '기업명', '활성화 코드', '유효 기한'],
  en: ['Unified social credit code', 'Name', 'Activation code', 'Valid until'],
};

const SHEET: Record<Lang, string> = { 'zh-CN': '企业账户激活码', ko: '기업 계정 활성화 코드', en: 'Activation codes' };

/** The expiry as a calendar date in China Standard Time (what the enterprise reads on paper). */
const until = (iso: string, lang: Lang) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : formatDate(new Date(t + 8 * 3_600_000).toISOString().slice(0, 10), lang);
};

export async function sendCodesFile(
  reply: FastifyReply,
  lines: readonly CodeLine[],
  format: 'xlsx' | 'csv',
  lang: Lang,
): Promise<FastifyReply> {
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `xiaowei-activation-codes-${stamp}.${format}`;
  const rows = lines.map((l) => [l.credit_code, l.name, l.code, until(l.expires_at, lang)]);
  if (format === 'xlsx')
    return sendWorkbook(
      reply,
      name,
      SHEET[lang],
      HEADERS[lang].map((header) => ({ header, kind: 'text' as const })),
      rows,
    );
  // A BOM so that Excel opens the UTF-8 names as such.
  const text = `\ufeff${[HEADERS[lang], ...rows].map((r) => r.map((v) => csvText(String(v))).join(',')).join('\r\n')}\r\n`;
  return reply.header('content-disposition', `attachment; filename="${name}"`).type('text/csv; charset=utf-8').send(text);
}
