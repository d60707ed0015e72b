import path from 'node:path';

import { posixPath } from '../../src/shared/posix-path.js';

describe('posixPath', () => {
  it('writes the platform separator as "/"', () => {
    expect(posixPath(['tables', 'gaap.json'].join(path.sep))).toBe('tables/gaap.json');
    expect(posixPath(['..', '..', 'data', 'x.md'].join(path.sep))).toBe('../../data/x.md');
  });

  it('leaves a path without separators as it is', () => {
    expect(posixPath('gaap.json')).toBe('gaap.json');
    expect(posixPath('')).toBe('');
  });
});
