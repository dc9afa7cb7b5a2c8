/** General facts about an enterprise used by several measures. */
import { founded } from './founded.ts';

export const ENTERPRISE_VARIABLES = [founded];
