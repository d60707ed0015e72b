export { generate, type GenerateOptions, type GenerateResult } from './generate.js';
export { commentText } from './emit/comment.js';
export { isSkeletonBody } from './read/existing.js';
export { normalizeNewlines, parseHeader, type ParsedHeader } from './read/header.js';
export { DEFAULT_SETTINGS, type Lang, LANGS, type Settings } from './settings.js';
