/**
 * The size class a bid counts as once its declaration is evaluated, as written to a project's award
 * (the set-aside counts awards by it). 财库〔2011〕181号: a consortium counts as its members do — as
 * small/micro only when all are (so its class is its largest member's); art. 2: goods under a large
 * enterprise's trademark or made by a large enterprise are not an SME's supply (large); a small or micro
 * supplier offering goods made by a medium enterprise counts as medium. Undeclared: unknown (null).
 */
import type { DeclaredClass } from './tender-fields.ts';
import type { TenderBid } from './tender-types.ts';

const ORDER: readonly DeclaredClass[] = ['micro', 'small', 'medium', 'large'];
const larger = (a: DeclaredClass, b: DeclaredClass): DeclaredClass => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export function evaluatedSizeClass(bid: Pick<TenderBid, 'declaredSizeClass' | 'products' | 'consortium'>): DeclaredClass | null {
  const base = bid.consortium.length > 0 ? bid.consortium.map((m) => m.sizeClass).reduce(larger) : bid.declaredSizeClass;
  if (base === null) return null;
  if (bid.products.some((p) => p.largeTrademark === true || p.sizeClass === 'large')) return 'large';
  if (bid.products.some((p) => p.sizeClass === 'medium')) return larger(base, 'medium');
  return base;
}
