/**
 * What the offers tell people (issue 14 §3 events), written by `notify` in the transaction of the change, so a
 * change that rolls back tells nobody: a new offer, a withdrawn offer and a payment paid or failed to the
 * enterprise's accounts; an objection filed to the officers whose region covers the enterprise.
 */
import type { StoreContext } from '../context.ts';
import { notify } from '../notifications/notify.ts';
import { CLOSED_REASONS, type ClosedReason } from './offer-messages.ts';
import { yuanOfFen } from './programmes.ts';

interface OfferRef {
  readonly id: string;
  readonly enterpriseId: string;
  readonly amountFen: number;
}

/**
 * The offers whose enterprise has an account: only those can be told. One query per 900 offers instead of one
 * per offer, so a recompute offering 50,000 registry enterprises does not ask 50,000 times.
 */
async function withAccounts(tx: StoreContext, offers: readonly OfferRef[]): Promise<OfferRef[]> {
  const out: OfferRef[] = [];
  for (let i = 0; i < offers.length; i += 900) {
    const part = offers.slice(i, i + 900);
    const rows = await tx.db
      .selectFrom('users')
      .select('enterprise_id')
      .where('role', '=', 'enterprise')
      .where(
        'enterprise_id',
        'in',
        part.map((o) => o.enterpriseId),
      )
      .execute();
    const has = new Set(rows.map((r) => r.enterprise_id));
    out.push(...part.filter((o) => has.has(o.enterpriseId)));
  }
  return out;
}

export async function noticeNewOffers(tx: StoreContext, programme: string, offers: readonly OfferRef[]): Promise<void> {
  for (const o of await withAccounts(tx, offers))
    await notify(tx, {
      event: 'offer.new',
      recipients: { enterpriseId: o.enterpriseId },
      entityType: 'offer',
      entityId: o.id,
      params: { programme, amount: yuanOfFen(o.amountFen) },
    });
}

export async function noticeWithdrawn(
  tx: StoreContext,
  programme: string,
  offers: readonly OfferRef[],
  reason: ClosedReason,
): Promise<void> {
  for (const o of offers)
    await notify(tx, {
      event: 'offer.withdrawn',
      recipients: { enterpriseId: o.enterpriseId },
      entityType: 'offer',
      entityId: o.id,
      // The event keeps text, not a code: the reason in the default language (the inbox shows it as given).
      params: { programme, reason: CLOSED_REASONS[reason]['zh-CN'] },
    });
}

export async function noticePayment(tx: StoreContext, programme: string, o: OfferRef, failure: string | null): Promise<void> {
  const amount = yuanOfFen(o.amountFen);
  if (failure === null)
    await notify(tx, {
      event: 'payment.paid',
      recipients: { enterpriseId: o.enterpriseId },
      entityType: 'offer',
      entityId: o.id,
      params: { programme, amount },
    });
  else
    await notify(tx, {
      event: 'payment.failed',
      recipients: { enterpriseId: o.enterpriseId },
      entityType: 'offer',
      entityId: o.id,
      params: { programme, amount, reason: failure },
    });
}

export async function noticeObjection(
  tx: StoreContext,
  objectionId: string,
  programme: string,
  enterprise: string,
  regionCode: string,
): Promise<void> {
  await notify(tx, {
    event: 'objection.filed',
    recipients: { regionCode },
    entityType: 'objection',
    entityId: objectionId,
    params: { subject: programme, enterprise },
  });
}
