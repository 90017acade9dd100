// The harness's --plant puts its misspelling in the writer's prose (bench/real-sites/prose-spot.mjs):
// never inside inline code (`asdf which <command>`), a quotation, or a change log's entry ending in its
// pull request (`Fix the crash (#1234)`), which spelling leaves alone by design; paragraphs before list items.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {misspellingSpot, plantAt} from '../bench/real-sites/prose-spot.mjs';

const pairs = [
  ['which', 'whcih'],
  ['until', 'untill'],
];
const spot = (lines) => {
  const found = misspellingSpot(lines, lines.map((_, i) => i), pairs);
  return found && plantAt(lines[found.line], found);
};

test('a word inside inline code or quotation marks is passed over; the same word later on the line, in prose, is taken', () => {
  assert.equal(spot(['Run `kettle which <cup>` to see which cup is used.']), 'Run `kettle which <cup>` to see whcih cup is used.');
  assert.equal(spot(['The label says "which one" until noon.']), 'The label says "which one" untill noon.');
  assert.equal(spot(['Run ``kettle which `x` `` now', 'Wait until it boils.']), 'Wait untill it boils.');
});

test('a change log entry ending in its reference, or an item mentioning an issue, is passed over; a paragraph goes before a list item', () => {
  assert.equal(spot(['* Fix which kettle boils (#1234)', '* Fix which lid closes ([#12](https://example.com/pull/12))', '* Keep which cup, see #12 too']), undefined);
  assert.equal(spot(['* Pick which cup you like', 'Wait until it boils.']), 'Wait untill it boils.');
  assert.equal(spot(['* Pick which cup you like']), '* Pick whcih cup you like');
});

test('a blockquote, a heading, a table row and indented code are no paragraph; with no other place, nothing is planted', () => {
  assert.equal(spot(['> Wait until it boils.', '# Which until', '| a | until now |', '    wait until done']), undefined);
});
