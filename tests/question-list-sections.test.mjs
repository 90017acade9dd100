// Questions put to the reader as headings (src/text/question-list.ts, read in src/text/unwritten-sections.ts): a run of two
// or more empty sibling questions under a section named as the reader's questions (`## Review questions`, `## 面试相关问题`)
// is the content, not unwritten sections. Under a FAQ, one question alone, or headings that are no questions: still
// reported. Fixture: fixtures/classes42a/question-list. Exact rule, line, column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';
import {namesQuestionSet} from '../dist/src/text/question-list.js';

test('a run of questions under a question set is left alone; a FAQ, a lone question, non-questions are reported', async () => {
  assert.deepEqual(await ruleFindings('no-empty-sections', ['classes42a/question-list']), [
    'classes42a/question-list/faq.md:7:1 no-empty-sections',
    'classes42a/question-list/faq.md:9:1 no-empty-sections',
    'classes42a/question-list/faq.md:13:1 no-empty-sections',
    'classes42a/question-list/faq.md:17:1 no-empty-sections',
    'classes42a/question-list/faq.md:19:1 no-empty-sections',
    'classes42a/question-list/review.md:19:1 no-empty-sections',
  ]);
});

test('what names a set of questions for the reader', () => {
  for (const text of ['Review questions', 'Exercises', 'Interview Questions', 'Questions for discussion', 'Test yourself', '面试相关问题', '思考题', '練習問題', '연습 문제', 'Übungen', 'Ejercicios']) assert.ok(namesQuestionSet(text), text);
  for (const text of ['FAQ', 'Frequently asked questions', '常见问题', 'よくある質問', 'Questions', 'Troubleshooting']) assert.ok(!namesQuestionSet(text), text);
});

// A rename run (src/text/heading-items.ts) is of names as code writes them: a direction between things named in words
// (`Client -> Server`, `Server -> Client`) is a pair of sections, still reported when empty. Fixture: fixtures/classes42a/directions.
test('a direction between words is a section; renames of code names are a list', async () => {
  assert.deepEqual(await ruleFindings('no-empty-sections', ['classes42a/directions']), [
    'classes42a/directions/protocol.md:5:1 no-empty-sections',
    'classes42a/directions/protocol.md:6:1 no-empty-sections',
  ]);
});

// The runs are found once per page: asked heading by heading, a page of thousands of empty questions under a FAQ read
// each run once per question (quadratic; 20,000 of them took 30 s against 13 s without the concept).
test('a long run of questions is read once, not once per question', async () => {
  const {isPosedQuestion} = await import('../dist/src/text/question-list.js');
  let reads = 0;
  const count = 2000;
  const question = (n) => ({depth: 3, empty: true, get text() { reads++; return `Question ${n}?`; }});
  const headings = [{depth: 2, empty: true, text: 'FAQ'}, ...Array.from({length: count}, (_, n) => question(n))];
  for (let i = 1; i < headings.length; i++) assert.equal(isPosedQuestion(headings, i), false);
  assert.ok(reads <= 4 * count, `${reads} reads of ${count} headings' text`);
  const posed = [{depth: 2, empty: false, text: 'Review questions'}, question(1), question(2), {depth: 2, empty: true, text: 'FAQ'}, question(3), question(4)];
  assert.deepEqual(posed.map((_, i) => isPosedQuestion(posed, i)), [false, true, true, false, false, false]);
});
