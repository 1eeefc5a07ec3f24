export * from './steps';
export * from './flows';
export * from './lanes';
