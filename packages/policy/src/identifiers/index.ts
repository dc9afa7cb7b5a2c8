/**
 * `@xiaowei/policy/identifiers`: identifiers of national standards that parties sign in or are matched by,
 * checked the same way in the browser, the service and the store (pure functions, no Node API).
 */
export {
  CREDIT_CODE_CHARACTERS,
  CREDIT_CODE_WEIGHTS,
  type CreditCodeProblem,
  type CreditCodeProblemCode,
  type CreditCodeReading,
  creditCodeCheckCharacter,
  isCreditCode,
  readCreditCode,
} from './credit-code.ts';
