import { createRule } from '../util/index.js';

export default createRule({
  name: 'no-unknown-error-code',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow unknown and misspelt Tencent Cloud error codes', recommended: true },
    messages: { unknownCode: 'Unknown Tencent Cloud error code "{{code}}".' },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
