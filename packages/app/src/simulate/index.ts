/** What-if simulation: scenarios of changed law, run over enterprises under the baseline and the reform. */
export { type ChangedEntitlement, explainChange } from './explain-member.ts';
export { mergeParts } from './merge-parts.ts';
export { DIMENSION_LABELS, type Dimension, OUTCOME_COLUMNS } from './outcome-labels.ts';
export {
  copiedLeaves,
  MAX_CHANGES,
  type ParsedScenario,
  parameterValue,
  parseScenario,
  SCENARIO_YEARS,
  switchableMeasures,
} from './parse-scenario.ts';
export { type ReadInput, readAndSimulate } from './read-and-simulate.ts';
export { RecordColumns, recordColumns } from './record-columns.ts';
export {
  type ExplainedChange,
  prepareSimulation,
  runSimulation,
  SimulationCancelled,
  type SimulationOptions,
  type SimulationOutcome,
} from './run-simulation.ts';
export { CHANGE_KINDS, type Scenario, type ScenarioChange } from './scenario.ts';
export { SCENARIO_MESSAGES } from './scenario-messages.ts';
export { scenarioReformSpec, scenarioSystem } from './scenario-reform.ts';
export { type PartOptions, type PartResult, simulatePart, TOP_CHANGES, type TopChange } from './simulate-part.ts';
export { populationOf, type SimulationInput, sliceInput } from './simulation-input.ts';
export { SIMULATION_MESSAGES } from './simulation-messages.ts';
export { compileSimulation, type SimulationPlans } from './simulation-plans.ts';
export { defaultWorkerCount, SimulationWorkers, WORKERS_FROM } from './simulation-workers.ts';
export type { GroupTally, Tally } from './tally.ts';
export { yuanText } from './yuan-text.ts';
