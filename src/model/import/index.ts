export * from './table';
export * from './planImport';
