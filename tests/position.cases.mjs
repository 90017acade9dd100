// The one position helper (src/text/position.ts): a line and column from an offset, one or many in one pass.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {pointAt, pointsAt} from '../dist/src/text/position.js';

test('lines and columns of offsets: one at a time and ascending in one pass agree, line ends included', () => {
  const text = 'ab\ncd\r\n\nef';
  const offsets = [0, 2, 3, 5, 6, 8, 9, 10];
  const one = offsets.map((offset) => pointAt(text, offset));
  assert.deepEqual(one, [{line: 1, column: 1}, {line: 1, column: 3}, {line: 2, column: 1}, {line: 2, column: 3}, {line: 2, column: 4}, {line: 4, column: 1}, {line: 4, column: 2}, {line: 4, column: 3}]);
  assert.deepEqual(pointsAt(text, offsets), one);
  assert.deepEqual(pointsAt(text, []), []);
});
