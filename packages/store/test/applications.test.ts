/**
 * Applications, attachments and complaints (issue 14 §1, §2) on SQLite and PostgreSQL (the server at
 * XIAOWEI_TEST_DATABASE_URL in a fresh schema, else PGlite): the state machine by the right party only, bad
 * attachments refused with nothing stored, review deadlines over the 2026 National Day holiday, complaints
 * routed, replied, rated and counted.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, registerRequestDeadlines, type Store, ValidationError } from '../src/index.ts';
import { dialects, migratedStore } from './dialects.ts';

const actor = 'test-user';
const PDF = new Uint8Array([...Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
const MAX = 64;

for (const [name, make] of dialects('xw_test_apps')) {
  describe(`applications on ${name}`, () => {
    let store: Store;
    migratedStore(make, (s) => {
      store = s;
    });

    const enterprise = async (region = '370202') => {
      const id = `E${randomUUID().slice(0, 8)}`;
      await store.enterprises.create({ id, name: `企业${id}`, regionCode: region, industry: 'F52', founded: '2025-03-01' }, { actor });
      return { id, scope: { enterpriseId: id } as const };
    };
    const officer = { regionPrefix: '3702' } as const;
    const elsewhere = { regionPrefix: '4403' } as const;

    it('runs draft → submitted → under review → info requested → resubmitted → approved → paid, each step by its party', async () => {
      const e = await enterprise();
      const draft = await store.applications.create(
        { measure: 'gf2012-14/26', year: 2026, values: { rents_premises: true, premises_rent: '60000.10' } },
        { actor, scope: e.scope, at: '2026-09-29T02:00:00.000Z' },
      );
      expect(draft.status).toBe('draft');
      // The purpose is required when submitting, not in a draft.
      await expect(store.applications.transition(draft.id, 'submit', { actor, scope: e.scope })).rejects.toMatchObject({
        field: 'values.purpose',
      });
      await store.applications.update(
        draft.id,
        { rents_premises: true, premises_rent: '60000.10', purpose: '租金补贴' },
        { actor, scope: e.scope },
      );
      await store.applications.addAttachments(draft.id, [{ name: '租赁合同.pdf', bytes: PDF }], { actor, scope: e.scope, maxBytes: MAX });
      // An officer cannot submit for the enterprise; the enterprise cannot review its own.
      await expect(store.applications.transition(draft.id, 'submit', { actor, scope: officer })).rejects.toBeInstanceOf(NotFoundError);
      // Submitted on Wednesday 2026-09-30 (China): 15 working days over the National Day holiday and the make-up Saturday 10-10.
      const submitted = await store.applications.transition(draft.id, 'submit', { actor, scope: e.scope, at: '2026-09-30T03:00:00.000Z' });
      expect(submitted).toMatchObject({ status: 'submitted', dueDate: '2026-10-27', dueEstimated: false });
      await expect(store.applications.transition(draft.id, 'review', { actor, scope: e.scope })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.applications.transition(draft.id, 'review', { actor, scope: elsewhere })).rejects.toBeInstanceOf(NotFoundError);
      // A decision before the review started is a conflict, nothing changed.
      await expect(store.applications.transition(draft.id, 'approve', { actor, scope: officer, reason: '符合' })).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await store.applications.get(draft.id, { scope: officer })).status).toBe('submitted');
      await store.applications.transition(draft.id, 'review', { actor, scope: officer });
      await expect(store.applications.transition(draft.id, 'request_info', { actor, scope: officer })).rejects.toMatchObject({
        field: 'reason',
      });
      const asked = await store.applications.transition(draft.id, 'request_info', { actor, scope: officer, reason: '请补充营业执照' });
      expect(asked).toMatchObject({ status: 'info_requested', infoRequest: '请补充营业执照' });
      await store.applications.addAttachments(draft.id, [{ name: '营业执照.png', bytes: PNG }], { actor, scope: e.scope, maxBytes: MAX });
      const answered = await store.applications.transition(draft.id, 'respond', {
        actor,
        scope: e.scope,
        reason: '已上传营业执照',
        at: '2026-10-09T03:00:00.000Z',
      });
      // From Friday 10-09: 10-10 (make-up Saturday), then 14 more working days (10-12 to 10-16, 10-19 to 10-23, 10-26 to 10-29).
      expect(answered).toMatchObject({ status: 'resubmitted', dueDate: '2026-10-29' });
      await store.applications.transition(draft.id, 'review', { actor, scope: officer });
      const approved = await store.applications.transition(draft.id, 'approve', {
        actor,
        scope: officer,
        reason: '材料齐全',
        amountFen: 1_200_000,
        advice: [{ measure: 'gf2012-14/26.1', eligible: true }],
      });
      expect(approved).toMatchObject({ status: 'approved', decisionReason: '材料齐全', approvedAmountFen: 1_200_000 });
      const paid = await store.applications.transition(draft.id, 'pay', { actor, scope: officer });
      expect(paid).toMatchObject({ status: 'paid', paidAmountFen: 1_200_000 });
      const detail = await store.applications.get(draft.id, { scope: e.scope });
      expect(detail.events.map((ev) => ev.toStatus)).toEqual([
        'draft',
        'submitted',
        'under_review',
        'info_requested',
        'resubmitted',
        'under_review',
        'approved',
        'paid',
      ]);
      expect(detail.attachments.map((a) => a.mediaType)).toEqual(['application/pdf', 'image/png']);
      expect(detail.attachments[0].sha256).toMatch(/^[0-9a-f]{64}$/);
      const file = await store.applications.attachment(draft.id, detail.attachments[0].id, { scope: officer });
      expect(Buffer.from(file.bytes).equals(Buffer.from(PDF))).toBe(true);
      await expect(store.applications.attachment(draft.id, detail.attachments[0].id, { scope: elsewhere })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const audit = await store.audit.list({ scope: { all: true }, entityType: 'application', entityId: draft.id, limit: 100 });
      expect(audit.items.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'application.create',
          'application.submit',
          'application.request_info',
          'application.approve',
          'application.pay',
        ]),
      );
    });

    it('refuses an empty, oversized or wrongly typed attachment and stores nothing', async () => {
      const e = await enterprise();
      const app = await store.applications.create({ measure: 'gf2012-14/28', year: 2026, values: {} }, { actor, scope: e.scope });
      const add = (name: string, bytes: Uint8Array) =>
        store.applications.addAttachments(app.id, [{ name, bytes }], { actor, scope: e.scope, maxBytes: MAX });
      await expect(add('a.pdf', new Uint8Array())).rejects.toMatchObject({
        field: 'file',
        messages: { en: 'the attachment is an empty file' },
      });
      await expect(add('a.pdf', new Uint8Array(MAX + 1).fill(0x25))).rejects.toMatchObject({
        messages: { en: `the attachment has ${MAX + 1} bytes, over the limit of ${MAX} bytes` },
      });
      await expect(add('a.pdf', ZIP)).rejects.toBeInstanceOf(ValidationError);
      // One good and one bad file: neither is stored.
      await expect(
        store.applications.addAttachments(
          app.id,
          [
            { name: 'ok.pdf', bytes: PDF },
            { name: 'x.png', bytes: ZIP },
          ],
          { actor, scope: e.scope, maxBytes: MAX },
        ),
      ).rejects.toBeInstanceOf(ValidationError);
      // Exactly at the limit is taken.
      const atLimit = new Uint8Array(MAX).fill(0x20);
      atLimit.set(PDF.slice(0, 5));
      await add('limit.pdf', atLimit);
      expect((await store.applications.get(app.id, { scope: e.scope })).attachments.map((a) => a.fileName)).toEqual(['limit.pdf']);
    });

    it('checks the form by the policy variables and keeps other enterprises out', async () => {
      const e = await enterprise();
      const other = await enterprise();
      await expect(
        store.applications.create({ measure: 'gf2012-14/26', year: 2026, values: { premises_rent: '-1' } }, { actor, scope: e.scope }),
      ).rejects.toMatchObject({ field: 'values.premises_rent' });
      await expect(
        store.applications.create({ measure: 'gf2012-14/26', year: 2026, values: { premises_rent: '1.001' } }, { actor, scope: e.scope }),
      ).rejects.toMatchObject({ field: 'values.premises_rent' });
      await expect(
        store.applications.create({ measure: 'gf2012-14/02', year: 2026, values: {} }, { actor, scope: e.scope }),
      ).rejects.toMatchObject({
        field: 'measure',
      });
      const app = await store.applications.create(
        { measure: 'gf2012-14/03', year: 2026, values: { requested_amount: '50000' } },
        { actor, scope: e.scope },
      );
      await expect(store.applications.get(app.id, { scope: other.scope })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.applications.transition(app.id, 'withdraw', { actor, scope: other.scope })).rejects.toBeInstanceOf(NotFoundError);
      const withdrawn = await store.applications.transition(app.id, 'withdraw', { actor, scope: e.scope, reason: '不再申请' });
      expect(withdrawn.status).toBe('withdrawn');
      await expect(store.applications.transition(app.id, 'submit', { actor, scope: e.scope })).rejects.toBeInstanceOf(ConflictError);
    });

    it('lists the queue by deadline and finds the overdue on the day after the due date, not on it', async () => {
      const e = await enterprise('370203');
      const a = await store.applications.create(
        { measure: 'gf2012-14/28', year: 2026, values: { purpose: '服务券' } },
        { actor, scope: e.scope },
      );
      // 10 working days from Wednesday 2026-09-30: 10-08, 09, 10, 12–16, 19, 20.
      const s = await store.applications.transition(a.id, 'submit', { actor, scope: e.scope, at: '2026-09-30T01:00:00.000Z' });
      expect(s.dueDate).toBe('2026-10-20');
      const overdue = (today: string) =>
        store.applications.list({ scope: { regionPrefix: '370203' }, overdue: true, today }).then((l) => l.map((x) => x.id));
      expect(await overdue('2026-10-20')).toEqual([]);
      expect(await overdue('2026-10-21')).toEqual([a.id]);
      const queue = await store.applications.list({ scope: { regionPrefix: '370203' }, sort: 'due' });
      expect(queue[0].id).toBe(a.id);
    });

    it('puts an application awaiting review and an open complaint in the deadline scan, to their region, once per due date', async () => {
      const region = '370214';
      const reviewer = await store.users.create(
        { username: `o${randomUUID().slice(0, 10)}`, passwordHash: '', role: 'officer', regionPrefix: region, displayName: 'reviewer' },
        { actor },
      );
      const e = await enterprise(region);
      const a = await store.applications.create(
        { measure: 'gf2012-14/28', year: 2026, values: { purpose: '服务券' } },
        { actor, scope: e.scope },
      );
      // Submitted Wednesday 2026-09-30: due 2026-10-20 (10 working days over the National Day holiday).
      const submitted = await store.applications.transition(a.id, 'submit', { actor, scope: e.scope, at: '2026-09-30T01:00:00.000Z' });
      expect(submitted.dueDate).toBe('2026-10-20');
      const c = await store.complaints.create({ type: 'fee', respondent: '某协会', body: '强制入会收费' }, [], {
        actor,
        scope: e.scope,
        maxBytes: MAX,
        at: '2026-09-30T02:00:00.000Z',
      });
      expect(c.dueDate).toBe('2026-10-27');
      registerRequestDeadlines();
      const noticed = async () =>
        (await store.notifications.list(reviewer.id)).items
          .filter((n) => n.event === 'deadline.approaching')
          .map((n) => n.entityId)
          .sort();
      // 2026-10-14: four working days left (10-15, 16, 19, 20) — outside a 3-day window.
      await store.notifications.scanDeadlines('2026-10-14', 3);
      expect(await noticed()).toEqual([]);
      // 2026-10-15: three left — notified, and only once however often the scan runs.
      await store.notifications.scanDeadlines('2026-10-15', 3);
      await store.notifications.scanDeadlines('2026-10-16', 3);
      expect(await noticed()).toEqual([a.id]);
      // Decided: no longer awaiting review. The complaint (due 10-27) comes into the window on 10-22.
      await store.applications.transition(a.id, 'review', { actor, scope: officer });
      await store.applications.transition(a.id, 'approve', { actor, scope: officer, reason: '符合条件' });
      await store.notifications.scanDeadlines('2026-10-21', 3);
      expect(await noticed()).toEqual([a.id]);
      await store.notifications.scanDeadlines('2026-10-22', 3);
      expect(await noticed()).toEqual([a.id, c.id].sort());
    });

    it('routes a bank complaint, takes one reply and one rating, and counts it by month', async () => {
      const e = await enterprise('370211');
      const c = await store.complaints.create(
        { type: 'bank', respondent: '某银行黄岛支行', body: '贷款时收取财务顾问费\n要求退还' },
        [{ name: '收费凭证.png', bytes: PNG }],
        { actor, scope: e.scope, maxBytes: MAX, at: '2026-09-30T02:00:00.000Z' },
      );
      expect(c).toMatchObject({ department: 'banking_regulator', status: 'open', dueDate: '2026-10-27' });
      expect(c.attachments).toHaveLength(1);
      await expect(
        store.complaints.create({ type: 'bank', respondent: 'x', body: 'y' }, [{ name: 'a.pdf', bytes: ZIP }], {
          actor,
          scope: e.scope,
          maxBytes: MAX,
        }),
      ).rejects.toBeInstanceOf(ValidationError);
      expect((await store.complaints.list({ scope: e.scope })).map((x) => x.id)).toEqual([c.id]);
      await expect(
        store.complaints.create({ type: 'tax', respondent: 'x', body: 'y' }, [], { actor, scope: e.scope, maxBytes: MAX }),
      ).rejects.toMatchObject({
        field: 'type',
      });
      await expect(store.complaints.rate(c.id, 5, { actor, scope: e.scope })).rejects.toBeInstanceOf(ConflictError);
      await expect(store.complaints.reply(c.id, '已核查', { actor, scope: e.scope })).rejects.toBeInstanceOf(NotFoundError);
      // A fee department of the region does not see a bank complaint.
      await expect(store.complaints.get(c.id, { scope: { regionPrefix: '37' }, department: 'development_reform' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await store.complaints.reply(c.id, '已责令退还', {
        actor,
        scope: { regionPrefix: '37' },
        department: 'banking_regulator',
        at: '2026-10-28T02:00:00.000Z',
      });
      await expect(store.complaints.reply(c.id, '再答复', { actor, scope: { regionPrefix: '37' } })).rejects.toBeInstanceOf(ConflictError);
      await expect(store.complaints.rate(c.id, 6, { actor, scope: e.scope })).rejects.toMatchObject({ field: 'rating' });
      const rated = await store.complaints.rate(c.id, 4, { actor, scope: e.scope });
      expect(rated).toMatchObject({ rating: 4, reply: '已责令退还' });
      await expect(store.complaints.rate(c.id, 5, { actor, scope: e.scope })).rejects.toBeInstanceOf(ConflictError);
      const counts = await store.complaints.monthlyCounts({ scope: { regionPrefix: '370211' }, from: '2026-09', to: '2026-09' });
      // Replied on 10-28, the day after the due date 10-27: late.
      expect(counts).toEqual([
        {
          month: '2026-09',
          type: 'bank',
          department: 'banking_regulator',
          regionCode: '370211',
          filed: 1,
          replied: 1,
          late: 1,
          rated: 1,
          ratingSum: 4,
        },
      ]);
      expect(await store.complaints.monthlyCounts({ scope: { regionPrefix: '370211' }, from: '2026-10' })).toEqual([]);
    });
  });
}
