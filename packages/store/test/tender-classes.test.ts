/**
 * The class a bid counts as once evaluated (the award's class, 财库〔2011〕181号 art. 2 and the consortium
 * rule), case by case; no database.
 */
import { describe, expect, it } from 'vitest';
import { evaluatedSizeClass } from '../src/procurement/evaluated-size-class.ts';
import type { DeclaredClass } from '../src/procurement/tender-fields.ts';

const product = (sizeClass: DeclaredClass, largeTrademark = false) => ({ manufacturerName: 'm', sizeClass, largeTrademark });
const member = (sizeClass: DeclaredClass, share: string) => ({ name: 'x', sizeClass, share });

describe('the class a bid counts as', () => {
  it.each([
    ['a small supplier with its own products', { declaredSizeClass: 'small', products: [], consortium: [] }, 'small'],
    ['a micro supplier offering small-made goods', { declaredSizeClass: 'micro', products: [product('small')], consortium: [] }, 'micro'],
    [
      'a small supplier offering medium-made goods counts as medium',
      { declaredSizeClass: 'small', products: [product('medium')], consortium: [] },
      'medium',
    ],
    ['a small supplier offering large-made goods', { declaredSizeClass: 'small', products: [product('large')], consortium: [] }, 'large'],
    ['goods under a large trademark', { declaredSizeClass: 'micro', products: [product('small', true)], consortium: [] }, 'large'],
    [
      'a large supplier stays large whatever it offers',
      { declaredSizeClass: 'large', products: [product('micro')], consortium: [] },
      'large',
    ],
    ['no declaration: unknown', { declaredSizeClass: null, products: [], consortium: [] }, null],
    [
      'an all-small/micro consortium counts as its largest member',
      { declaredSizeClass: null, products: [], consortium: [member('micro', '0.5'), member('small', '0.5')] },
      'small',
    ],
    [
      'a mixed consortium counts as its largest member',
      { declaredSizeClass: 'micro', products: [], consortium: [member('micro', '0.4'), member('large', '0.6')] },
      'large',
    ],
  ] as const)('%s', (_name, bid, expected) => {
    expect(evaluatedSizeClass(bid as Parameters<typeof evaluatedSizeClass>[0])).toBe(expected);
  });
});
