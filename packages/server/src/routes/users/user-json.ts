import type { User } from '@xiaowei/store';
import { DEPARTMENTS, ROLES } from '../../context/scope.ts';
import type { JsonSchema } from '../../http/json.ts';

/** A user as the API shows it: never the password hash. */
export function userJson(u: User): Record<string, unknown> {
  return {
    id: u.id,
    username: u.username,
    display_name: u.displayName,
    role: u.role,
    locale: u.locale,
    region_prefix: u.regionPrefix,
    enterprise_id: u.enterpriseId,
    budget_unit_id: u.budgetUnitId,
    bank_id: u.bankId,
    department: u.department,
    disabled: u.disabled,
    created_at: u.createdAt,
    updated_at: u.updatedAt,
  };
}

const NULLABLE_TEXT: JsonSchema = { type: ['string', 'null'] };

export const USER_SCHEMA: JsonSchema = {
  $id: 'User',
  type: 'object',
  description: 'A user account (the password hash is never shown).',
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    display_name: { type: 'string' },
    role: { type: 'string', enum: [...ROLES] },
    locale: { type: 'string' },
    region_prefix: { ...NULLABLE_TEXT, description: 'Officers: the GB/T 2260 prefix they oversee (37 a province, 3702 a city).' },
    enterprise_id: { ...NULLABLE_TEXT, description: 'Enterprise users: their enterprise.' },
    budget_unit_id: { ...NULLABLE_TEXT, description: 'Procurement users: their budget unit.' },
    bank_id: { ...NULLABLE_TEXT, description: 'Bank users: their bank.' },
    department: {
      type: ['string', 'null'],
      enum: [...DEPARTMENTS, null],
      description: 'Department users: their department (what they may feed); scoped by region_prefix like an officer.',
    },
    disabled: { type: 'boolean' },
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
  },
  required: ['id', 'username', 'display_name', 'role', 'locale', 'disabled'],
};
