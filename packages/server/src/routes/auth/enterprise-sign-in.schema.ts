import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

const CREDIT_CODE = {
  type: 'string',
  minLength: 1,
  maxLength: 64,
  description:
    'Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters; lower case and full-width characters are read as the capitals.',
} as const;

/** Built with the session body of `auth/index.ts`, so the two sign-ins answer alike. */
export function enterpriseLoginSchema(sessionOut: JsonSchema) {
  return {
    summary: 'Enterprise sign-in: unified social credit code and password',
    description:
      'For an enterprise whose account was activated. A code that is not a valid GB 32100-2015 code (length, characters I/O/S/V/Z, check character) is XW_ERR_VALIDATION at `credit_code` with the reason; an unknown code and a wrong password are the same XW_ERR_BAD_ENTERPRISE_CREDENTIALS. The sign-in limits of `/auth/login` apply (the credit code counts as the user name). Success: as `/auth/login`.',
    tags: ['auth'],
    querystring: querySchema({}),
    body: {
      type: 'object',
      additionalProperties: false,
      properties: { credit_code: CREDIT_CODE, password: { type: 'string', minLength: 1, maxLength: 1024 } },
      required: ['credit_code', 'password'],
    },
    response: { 200: sessionOut, ...ERROR_RESPONSES },
  } as const;
}

export function enterpriseActivateSchema(sessionOut: JsonSchema) {
  return {
    summary: 'Activate an enterprise account: credit code, activation code, new password',
    description:
      'The activation code is the one an officer issued (printed or exported; `XXXX-XXXX-XXXX`, hyphens and case ignored). Single use; expires; a newer code replaces it. Sets the password (at least 10 characters, as for users), creates the account (user name = the credit code) or resets it, and signs in (as `/auth/login`). Refused: XW_ERR_ACTIVATION_REFUSED (no match, expired, used); failures count towards the sign-in limits. Audited.',
    tags: ['auth'],
    querystring: querySchema({}),
    body: {
      type: 'object',
      additionalProperties: false,
      properties: {
        credit_code: CREDIT_CODE,
        activation_code: { type: 'string', minLength: 1, maxLength: 64 },
        password: { type: 'string', minLength: 10, maxLength: 1024 },
        locale: { type: 'string', enum: ['zh-CN', 'ko', 'en'] },
      },
      required: ['credit_code', 'activation_code', 'password'],
    },
    response: { 200: sessionOut, ...ERROR_RESPONSES },
  } as const;
}
