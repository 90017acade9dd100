import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';
import {assertLinearGrowth} from './growth.mjs';

// Round 31's chat-log class (fix32f): each fixture has lines that pass and lines still reported.
const site = (name) => filesOf(fixture('classes32f', name));
const options = {offline: true};

test('spelling: a chat log\'s lines (`**\\<nick>** …`, `[hh:mm] <nick> …`, `**\\* nick** …`, a bridge\'s `\\<relay> \\<nick>`, a conversation of `nick:` lines) are their speakers\' words; the writer\'s summary, a paragraph that mentions a handle, a `<b>` tag line, lines opening with autolinks and a record of `Field:` lines are read', async () => {
  assert.deepEqual(await siteFindings('spelling', site('chat-log'), options), [
    'meeting.md:19:38 spelling', // the writer's summary after the log
    'meeting.md:21:37 spelling', // a paragraph that mentions `\<tomasz>` mid-sentence
    'meeting.md:23:49 spelling', // a line opening with a `<b>` tag is markup, not a speaker
    'meeting.md:27:13 spelling', // `Ingredients:`/`Tools:`/`Method:`: no speaker comes back, a record
    'meeting.md:29:48 spelling', // lines opening with autolinks (`<https://…>`) are no speakers
  ]);
});

test('brand-casing: a brand inside a chat handle (`\\<helga\\_gitlab>`) and in a logged line is the speaker\'s; the writer\'s own sentence is read', async () => {
  assert.deepEqual(await siteFindings('brand-casing', site('brand'), options), ['log.md:8:23 brand-casing']);
});

test('transcripts: ranges cover whole runs of speaker lines only, in linear time', async () => {
  const {transcripts} = await import('../dist/src/spelling/transcripts.js');
  const {fromMarkdown} = await import('mdast-util-from-markdown');
  const ranges = (source) => {
    const out = [];
    transcripts(fromMarkdown(source), source, out);
    return out.map(([from, to]) => source.slice(from, to));
  };
  assert.deepEqual(ranges('Intro.\n\n**\\<a>** hi\n**\\<b>** hey\n\nOutro.\n'), ['**\\<a>** hi\n**\\<b>** hey']);
  // One bracketed line alone, and a `<br>` line, are no transcript.
  assert.deepEqual(ranges('**\\<a>** hi\n\nprose\n'), []);
  assert.deepEqual(ranges('<br> one\n<br> two\n'), []);
  // The parse is made once per size, outside the timed call: it costs far more than the ranges and
  // grows on its own, so timing it too would hide a rescan in transcripts (and cost ~10 s of CPU);
  // alone, 1,000 lines against 4,000 already separate: linear 4.3×, a copy of the run per line 11.9×.
  const page = (n) => {
    const source = '**\\<ana>** some words here\n'.repeat(n);
    return {source, tree: fromMarkdown(source)};
  };
  assertLinearGrowth('chat lines', ({source, tree}) => transcripts(tree, source, []), page, 1000);
});
