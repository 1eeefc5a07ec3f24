export * from './applyImprovements';
export * from './changes';
export * from './figures';
export * from './pair';
