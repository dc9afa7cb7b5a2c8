/** General facts about an enterprise used by several measures. */
import { founded } from './founded.ts';
import { region } from './region.ts';

export const ENTERPRISE_VARIABLES = [founded, region];
