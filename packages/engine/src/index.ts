/**
 * @xiaowei/engine — a rules-as-code engine: periods, dated parameters with references, entities and
 * links, variables with dated vectorised formulas, lazy simulations, compiled plans, traces, reforms.
 * It knows nothing of any particular law; the policy package supplies the content.
 */
export { defineEntity, type EntityDefinition, type LinkDefinition } from './entities/entity.ts';
export {
  CycleError,
  DefinitionError,
  EngineError,
  type FailingRows,
  FormulaError,
  MissingValueError,
  ParameterNotFoundError,
  PeriodError,
  UnknownVariableError,
} from './errors.ts';
export { type Allocator, Arena, withAllocator } from './evaluation/arena.ts';
export type { FormulaContext, LinkedValues, MemberAggregates } from './evaluation/formula-context.ts';
export { formulaFor, periodFor, rulesInstant } from './evaluation/formula-selection.ts';
export { DEFAULT_CHUNK, Plan, type PlanInput, type PlanRequest } from './evaluation/plan.ts';
export { EntityPopulation, Population } from './evaluation/population.ts';
export { Simulation } from './evaluation/simulation.ts';
export * as vector from './evaluation/vector.ts';
export {
  formatMoney,
  formatMoneyGrouped,
  MAX_MONEY_MAJOR,
  MINOR_PER_MAJOR,
  mulRational,
  parseMoney,
  toRational,
} from './money/money.ts';
export { loadParameters, parameterTreeFrom } from './parameters/load-parameters.ts';
export {
  Parameter,
  type ParameterEntry,
  type ParameterMetadata,
  type ParameterScalar,
  type ParameterUnit,
} from './parameters/parameter.ts';
export { ParameterNode, type ParameterTreeItem } from './parameters/parameter-node.ts';
export { type Bracket, Scale } from './parameters/scale.ts';
export { addDays, addMonths, dayNumber, daysInMonth, fromDayNumber, type Instant, isInstant } from './periods/instant.ts';
export { PERIOD_MESSAGES } from './periods/messages.ts';
export { Period, type PeriodUnit } from './periods/period.ts';
export {
  type DecodeOptions,
  type DecodeResult,
  decodeRecords,
  decodeValue,
  RecordDecoder,
  type RowProblem,
} from './records/decode-records.ts';
export { INPUT_MESSAGES } from './records/messages.ts';
export { applyReform, type ParameterUpdate, type ReformSpec, updateParameter } from './reforms/reform.ts';
export { type SystemDefinition, TaxBenefitSystem } from './system/tax-benefit-system.ts';
export { DEFAULT_LANG, interpolate, isLang, LANGS, type Labels, type Lang, missingLangs } from './text/labels.ts';
export { CONFIDENCES, type Confidence, formatReference, parseReference, type Reference } from './text/reference.ts';
export { displayParameterValue, explain, type TraceNode, type TraceParameter } from './trace/build-trace.ts';
export { type NodeRecord, type ParameterAccess, Recorder } from './trace/recorder.ts';
export { renderTrace } from './trace/render-trace.ts';
export { Categorical } from './variables/categorical.ts';
export { type Column, cellValue, defaultCell, defaultColumn, formatValue, newColumn, type ScalarValue } from './variables/column.ts';
export {
  type DatedFormula,
  type DefinitionPeriod,
  defineVariable,
  type Formula,
  type ValueProblem,
  type ValueType,
  type Variable,
  type VariableDefinition,
} from './variables/variable.ts';
