import exhaustiveErrorHandling from './exhaustive-error-handling.js';
import noImpossibleErrorCode from './no-impossible-error-code.js';
import noRemovedAction from './no-removed-action.js';
import noUnknownErrorCode from './no-unknown-error-code.js';

/** Every rule of the plugin, by name, sorted. */
export const rules = {
  'exhaustive-error-handling': exhaustiveErrorHandling,
  'no-impossible-error-code': noImpossibleErrorCode,
  'no-removed-action': noRemovedAction,
  'no-unknown-error-code': noUnknownErrorCode,
};
