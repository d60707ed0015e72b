export { commentText } from './emit/comment.js';
export { generate, type GenerateOptions, type GenerateResult } from './generate.js';
export { isSkeletonBody } from './read/existing.js';
export { normalizeNewlines, type ParsedHeader, parseHeader } from './read/header.js';
export { DEFAULT_SETTINGS, type Lang, LANGS, type Settings } from './settings.js';
