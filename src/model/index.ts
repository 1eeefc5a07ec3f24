export * from './types';
export * from './layout';
export * from './newBlueprint';
export * from './schema';
export * from './load';
export { itemText, stringifyBlueprint, stringifyFields } from './serialise';
export { journeySteps, linkedSteps, stepsBounds } from './journey';
export { newId } from './ids';
export * as ops from './ops';
export {
  curvePath,
  EMOTION_PADDING,
  feelingPoints,
  feelingY,
  scoreAtY,
  type FeelingPoint,
} from './emotion';
