import noUnknownErrorCode from './no-unknown-error-code.js';

/** Every rule of the plugin, by name, sorted. */
export const rules = {
  'no-unknown-error-code': noUnknownErrorCode,
};
