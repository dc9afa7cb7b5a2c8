/** Fees — item 06. One sub-folder per measure. */
import type { Entitlement } from '../../entitlements/entitlement.ts';
import { SMALL_MICRO_EXEMPTION_ENTITLEMENTS, SMALL_MICRO_EXEMPTION_VARIABLES } from './small_micro_exemption/index.ts';

export const FEES_VARIABLES = [...SMALL_MICRO_EXEMPTION_VARIABLES];
/** Its value is a sum over the enterprise's fee events (`members`): evaluate it with a Simulation, not a plan. */
export const FEES_ENTITLEMENTS: Entitlement[] = [...SMALL_MICRO_EXEMPTION_ENTITLEMENTS];
