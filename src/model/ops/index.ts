export * from './steps';
export * from './flows';
export * from './lanes';
export * from './analysisInputs';
export * from './meta';
