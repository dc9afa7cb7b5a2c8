/**
 * The names the stored-tender API used before it took the policy's vocabulary (0.1 → 0.2), accepted for
 * one release and documented in the OpenAPI description, the server README and the CHANGELOG. Each maps to
 * the policy's field name (BID_FIELDS, PRODUCT_FIELDS in @xiaowei/policy); giving both is a problem.
 */
export const TENDER_ALIASES = {
  bid: { size_class: 'supplier_size_class' },
  product: { size_class: 'manufacturer_size_class', large_trademark: 'large_enterprise_trademark' },
} as const satisfies Record<string, Readonly<Record<string, string>>>;

export type AliasLevel = keyof typeof TENDER_ALIASES;

/**
 * `raw` with the old names of `level` renamed to the policy's; `both` lists the old names given together
 * with their new one (the caller reports them: which value was meant cannot be guessed).
 */
export function withPolicyNames(
  level: AliasLevel,
  raw: Readonly<Record<string, unknown>>,
): { raw: Record<string, unknown>; both: string[] } {
  const aliases: Readonly<Record<string, string>> = TENDER_ALIASES[level];
  const out: Record<string, unknown> = {};
  const both: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const name = aliases[key];
    if (name === undefined) out[key] = value;
    else if (raw[name] !== undefined) both.push(key);
    else out[name] = value;
  }
  return { raw: out, both };
}
