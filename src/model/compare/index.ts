export * from './findings';
export {
  compareBlueprints,
  linesBetween,
  SCORE_WEIGHTS,
  PARTIAL_CREDIT,
} from './compareBlueprints';
export { matchSteps, laneKey, MATCH_THRESHOLD, WRONG_LANE_THRESHOLD } from './matchSteps';
export { labelSimilarity, prepareLabel, normaliseLabel, labelTokens } from './similarity';
export * from './classSummary';
