import { fileURLToPath } from 'node:url';
import { loadParameters, TaxBenefitSystem } from '@xiaowei/engine';
import { ENTITIES } from './entities.ts';
import { VARIABLES } from './variables/index.ts';

/** Folder of the policy's parameter YAML tree. */
export const PARAMETERS_DIR = fileURLToPath(new URL('../parameters', import.meta.url));
/** Folder of the policy's YAML legislation tests. */
export const TESTS_DIR = fileURLToPath(new URL('../tests', import.meta.url));
/** Version of the encoded policy; stored with every result together with the parameter hash. */
export const POLICY_VERSION = '0.1.0';

let cached: TaxBenefitSystem | undefined;

/** Builds the tax-benefit system of Guofa [2012] No. 14 and its implementing rules (a fresh one). */
export function buildSystem(): TaxBenefitSystem {
  return new TaxBenefitSystem({
    name: 'gf2012-14',
    version: POLICY_VERSION,
    entities: ENTITIES,
    variables: VARIABLES,
    parameters: loadParameters(PARAMETERS_DIR),
  });
}

/** The shared system, built on first use. */
export function getSystem(): TaxBenefitSystem {
  cached ??= buildSystem();
  return cached;
}
