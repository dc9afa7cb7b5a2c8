export {
  AWARDED_OUTPUTS,
  evaluateSetAside,
  explainSetAside,
  SET_ASIDE_OUTPUTS,
  type SetAsideAmounts,
  type SetAsideDecision,
  type SetAsideProblem,
} from './evaluate-set-aside.ts';
