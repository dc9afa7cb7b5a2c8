import { Rules } from '@xiaowei/app';

export type { RuleVersion } from '@xiaowei/app';

/**
 * The policy as the service asks it: the app's {@link Rules} (the system, its rule version, compiled plans
 * cached per entity, period and outputs, the catalogue), one per service. Routes pass it to the use cases
 * of @xiaowei/app; a request the rules cannot answer is a `RequestError`, which the error handler turns
 * into its catalogued code.
 */
export class EngineService extends Rules {}
