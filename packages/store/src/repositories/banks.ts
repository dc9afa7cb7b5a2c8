/**
 * Banks (migration 0004): the lenders that file the small/micro lending reports of item 07. A bank's own
 * staff see their bank; an officer the banks of their region; analysts and administrators all.
 */
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { partyScopeCondition, type Scope } from '../scope.ts';
import { cleanText, textProblem } from '../text.ts';
import { nowIso } from '../values.ts';

export interface Bank {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
}

export interface BankInput {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
}

const REGION = /^\d{6}$/;

export class BankRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Registers a bank.
   * @example await store.banks.create({ id: 'BANK-QD-01', name: '青岛某银行', regionCode: '370200' }, { actor })
   */
  async create(input: BankInput, options: WriteOptions): Promise<Bank> {
    if (input.id.trim() === '' || input.id.length > 64)
      throw new ValidationError('id', {
        'zh-CN': '银行代码应为 1–64 个字符',
        ko: '은행 코드는 1~64자여야 합니다',
        en: 'the bank code must have 1–64 characters',
      });
    if (input.name.trim() === '')
      throw new ValidationError('name', { 'zh-CN': '银行名称不能为空', ko: '은행명이 비어 있습니다', en: 'the bank name is empty' });
    const unsafe = textProblem(input.name, 'name');
    if (unsafe) throw new ValidationError('name', unsafe.message);
    if (!REGION.test(input.regionCode))
      throw new ValidationError('regionCode', {
        'zh-CN': '地区代码应为 6 位数字',
        ko: '지역 코드는 6자리 숫자여야 합니다',
        en: 'the region code must be 6 digits',
      });
    const at = nowIso();
    const row = { id: input.id.trim(), name: cleanText(input.name), region_code: input.regionCode, created_at: at, updated_at: at };
    return inTransaction(this.ctx, async (tx) => {
      const exists = await tx.db.selectFrom('banks').select('id').where('id', '=', row.id).executeTakeFirst();
      if (exists) throw new ConflictError(`bank '${row.id}' exists`, { id: row.id });
      await tx.db.insertInto('banks').values(row).execute();
      const bank = { id: row.id, name: row.name, regionCode: row.region_code };
      await writeAudit(
        tx,
        options.actor,
        [{ action: 'bank.create', entityType: 'bank', entityId: row.id, regionCode: row.region_code, after: bank }],
        at,
      );
      return bank;
    });
  }

  /** The bank `id` within `scope`, or NotFoundError (outside the scope is not told apart from missing). */
  async get(id: string, options: { scope: Scope }): Promise<Bank> {
    const row = await readerOf(this.ctx)
      .selectFrom('banks')
      .select(['id', 'name', 'region_code'])
      .where('id', '=', id)
      .where(partyScopeCondition(options.scope, 'bank', 'banks', 'id'))
      .executeTakeFirst();
    if (!row) throw new NotFoundError('bank', id);
    return { id: row.id, name: row.name, regionCode: row.region_code };
  }

  /** The banks within `scope` (and under `regionPrefix` when given), by region then id. */
  async list(options: { scope: Scope; regionPrefix?: string }): Promise<Bank[]> {
    let q = readerOf(this.ctx)
      .selectFrom('banks')
      .select(['id', 'name', 'region_code'])
      .where(partyScopeCondition(options.scope, 'bank', 'banks', 'id'));
    if (options.regionPrefix !== undefined) q = q.where(partyScopeCondition({ regionPrefix: options.regionPrefix }, 'bank', 'banks', 'id'));
    const rows = await q.orderBy('region_code').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, regionCode: r.region_code }));
  }
}
