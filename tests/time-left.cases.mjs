// Re-wording stored findings when only the time left before a post goes live moved (src/time-left.ts),
// on publish states worked out by the generator models at two clocks.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {publishProblems} from '../dist/src/publish.js';
import {rewordingOf, reworded} from '../dist/src/time-left.js';

const hugo = {root: '/site', generator: 'hugo', config: {}};
const frontMatter = (date) => ({data: {title: 'Post', date}, keyLines: {date: {line: 3, column: 1}}, start: {line: 1, column: 1}});
const at = (date, now) => publishProblems('/site/content/posts/a.md', frontMatter(date), hugo, new Date(now));

test('a minute on within the day: the time left is the only words that move, and findings quoting it are re-worded', () => {
  const then = at('2030-06-01', '2030-05-31T19:00:00Z');
  const now = at('2030-06-01', '2030-05-31T19:01:00Z');
  assert.equal(then[0].timeLeft, ' (in 5 h, reading "2030-06-01" in UTC)');
  const words = rewordingOf(then, now);
  assert.deepEqual([...words], [['is scheduled for 2030-06-01 00:00Z (in 5 h, reading "2030-06-01" in UTC)', 'is scheduled for 2030-06-01 00:00Z (in 4 h 59 min, reading "2030-06-01" in UTC)']]);
  const stored = [{reason: `Post is not published yet: ${then[0].reason}; it will not appear before then`, place: {line: 3, column: 1}, ruleId: 'no-drafts'}];
  assert.deepEqual(reworded(stored, words), [{...stored[0], reason: `Post is not published yet: ${now[0].reason}; it will not appear before then`}]);
  // Another rule's finding quoting the same words is the page's own text: left as it is.
  const heading = {reason: `Section "Launch ${then[0].reason}" is empty`, place: {line: 8, column: 1}, ruleId: 'no-empty-sections'};
  assert.deepEqual(reworded([heading], words), [heading]);
});

test('a state that came, went or gained a time left is no re-wording: the findings are worked out again', () => {
  // More than a day ahead, then within the day: the words appear.
  assert.equal(rewordingOf(at('2030-06-01', '2030-05-30T12:00:00Z'), at('2030-06-01', '2030-05-31T12:00:00Z')), undefined);
  // Gone live.
  assert.equal(rewordingOf(at('2030-06-01', '2030-05-31T23:59:00Z'), at('2030-06-01', '2030-06-01T00:01:00Z')), undefined);
  // Far ahead at both clocks: the same words, nothing to re-word.
  assert.deepEqual([...rewordingOf(at('2031-01-01', '2030-05-01T00:00:00Z'), at('2031-01-01', '2030-05-02T00:00:00Z'))], []);
});

test('a reason read two ways at the new clock is no re-wording (the cached run with two such posts: tests/phase2-cache.test.mjs)', async () => {
  const {addWords} = await import('../dist/src/time-left.js');
  const words = new Map();
  assert.equal(addWords(words, 'is scheduled for 2030-06-01 12:00Z (in 5 h)', 'is scheduled for 2030-06-01 12:00Z (in 4 h 59 min)'), true);
  assert.equal(addWords(words, 'is scheduled for 2030-06-01 12:00Z (in 5 h)', 'is scheduled for 2030-06-01 12:00Z (in 4 h 59 min)'), true);
  assert.equal(addWords(words, 'is scheduled for 2030-06-01 12:00Z (in 5 h)', 'is scheduled for 2030-06-01 12:00Z (in 5 h)'), false);
});
