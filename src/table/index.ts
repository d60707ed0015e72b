export { CodeIndex, compareCodes } from './code-index.js';
export { CODE_PATTERN, codeProblem, familyOf, isWellFormedCode, MAX_CODE_LENGTH } from './grammar.js';
export {
  type EnglishDescriptions,
  type ImportOptions,
  importPage,
  importPageToJson,
  parseEnglishDescriptions,
} from './import.js';
export { type CodeJson, parseTableJson, SERVICE_PATTERN, stringifyTableJson, type TableJson } from './json.js';
export {
  embeddedTableNames,
  isEmbeddedSpec,
  loadIndex,
  type LoadOptions,
  loadTable,
  loadTables,
  tableDigest,
} from './load.js';
export { type PageRow, parseCodePage } from './markdown.js';
export { parseSdkErrors, type SdkFormat, sdkFormatOf, sdkServiceOf } from './sdk-source.js';
export { isSourceFile, readSourceCodes, serviceFromFileName, type SourceCodes } from './source.js';
export { DEFAULT_SUGGESTIONS, maxEditDistance, SpellingIndex } from './spelling.js';
export { TableError } from './table-error.js';
export {
  CODE_SCOPES,
  type CodeDescription,
  type CodeEntry,
  type CodeProvenance,
  type CodeScope,
  type CodeTable,
} from './types.js';
