// Round-17 classes of fix18d: one problem said once (a placeholder heading over nothing), and mdBook
// books whose own preprocessor may add chapters (SUMMARY.md is then not the whole list).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, postlintJson, tempFolder} from './helpers.mjs';

const rules = new Set(['no-placeholders', 'no-empty-sections', 'no-broken-anchors']);

/** The findings of the three rules on a copy of a fixture folder, as `file:line:col rule`, sorted; and the messages. */
function run(name, args = []) {
  const root = tempFolder('postlint-18d-');
  cpSync(join(fixtures, name), root, {recursive: true});
  const {json} = postlintJson(['--offline', '--no-config', ...args, '.'], {cwd: root});
  const messages = json.flatMap((file) => file.messages.map((message) => ({...message, file: file.filePath.slice(root.length + 1)})));
  const mine = messages.filter((message) => rules.has(message.ruleId));
  return {rows: mine.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`).sort(), messages: mine};
}

test('a placeholder heading over nothing is one finding, no-placeholders\'; an empty section under a normal heading is still no-empty-sections\'', () => {
  const {rows, messages} = run('stub-sections');
  assert.deepEqual(rows, [
    'empty-section.md:5:1 no-empty-sections', // "Install" over nothing: a section not written
    'heading-with-content.md:5:4 no-placeholders', // "TODO: migration notes" with text under it: still a leftover word
    'linked-stub.md:11:4 no-placeholders', // "## TODO" at the end: one finding, which names the link to it
    'stub.md:5:4 no-placeholders', // a stub page: front matter and "## TODO"
  ]);
  const linked = messages.find((message) => message.file === 'linked-stub.md');
  assert.match(linked.message, /^Placeholder "TODO" left in the text; .*; the link on line 5 leads to it$/);
});

test('with no-placeholders off, the placeholder heading over nothing is an empty section again', () => {
  const {rows} = run('stub-sections', ['--rule', 'no-placeholders:off']);
  assert.deepEqual(rows, ['empty-section.md:5:1 no-empty-sections', 'linked-stub.md:11:1 no-empty-sections', 'stub.md:5:1 no-empty-sections']);
});
