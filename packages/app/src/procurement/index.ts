export { type BidOutcome, evaluateTender, type TenderOutcome } from './evaluate-tender.ts';
export { Fen } from './fen.ts';
export { idText, type ReadTenderOptions, readTender, type TenderId, type TenderProblem, type TenderRecord } from './read-tender.ts';
export { type AliasLevel, TENDER_ALIASES, withPolicyNames } from './tender-aliases.ts';
