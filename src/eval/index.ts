/**
 * SayWho's quality evaluation harness (EVAL.md §3–5): span arithmetic, quotation-mark rules,
 * matching, metrics, corpus loaders, and the runner behind `npm run eval`.
 */
export * from './spans';
export * from './quotes';
export * from './match';
export * from './metrics';
export * from './corpus';
export * from './errors';
export * from './predictions';
export * from './run';
export type * from './types';
export * from './markdown';
export * from './report';
