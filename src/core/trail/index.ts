export * from './types';
export * from './validate';
export * from './export';
export * from './import';
export * from './group';
export * from './address';
export * from './storage-failure';
