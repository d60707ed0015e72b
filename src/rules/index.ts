import exhaustiveErrorHandling from './exhaustive-error-handling.js';
import noUnknownErrorCode from './no-unknown-error-code.js';

/** Every rule of the plugin, by name, sorted. */
export const rules = {
  'exhaustive-error-handling': exhaustiveErrorHandling,
  'no-unknown-error-code': noUnknownErrorCode,
};
