export type { Lang } from '../shared/defaults.js';
export { generate, type GenerateOptions, type GenerateResult } from './generate.js';
