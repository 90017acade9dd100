import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule, ruleFindings, siteFindings} from './rule-helpers.mjs';
import {masksCharacters} from '../dist/src/text/masks.js';
import {assertLinearGrowth} from './growth.mjs';
import {repeatedTopLinks} from '../dist/src/text/top-links.js';

const rule = 'no-placeholders';

test('no-placeholders flags placeholder words and empty link targets in prose, at the word', async () => {
  const {rows, messages} = await lintRule(rule, ['no-placeholders/fail']);
  assert.deepEqual(rows, [
    'no-placeholders/fail/filler-among-content.md:7:1 no-placeholders', // one filler paragraph and one HTML sample: a real page's leftover
    'no-placeholders/fail/filler-among-content.md:9:1 no-placeholders', // Lorem Ipsum opening its sentence: filler, not a name
    'no-placeholders/fail/leftovers.md:6:19 no-placeholders', // TK
    'no-placeholders/fail/leftovers.md:8:1 no-placeholders', // TODO
    'no-placeholders/fail/leftovers.md:8:28 no-placeholders', // FIXME
    'no-placeholders/fail/leftovers.md:10:1 no-placeholders', // Lorem ipsum
    'no-placeholders/fail/leftovers.md:12:5 no-placeholders', // [the raw data]()
    'no-placeholders/fail/leftovers.md:12:26 no-placeholders', // [the methodology](#)
    'no-placeholders/fail/leftovers.md:12:60 no-placeholders', // XXX
    'no-placeholders/fail/notes-to-self.md:3:1 no-placeholders', // TODO: replace … (not an instruction to the reader)
    'no-placeholders/fail/notes-to-self.md:3:45 no-placeholders', // TK times faster
    'no-placeholders/fail/notes-to-self.md:7:11 no-placeholders', // XXX in a column of words, not of numbers
    'no-placeholders/fail/notes-to-self.md:9:4 no-placeholders', // a heading TODO over nothing: a leftover, not a list's title
  ]);
  assert.match(messages[2].message, /^Placeholder "TK" left in the text/);
  assert.match(messages[6].message, /^Link "the raw data" has an empty target \(\)/);
  assert.equal(messages[0].severity, 'warning');
});

test('no-placeholders leaves code, comments, HTML, URLs, file names and other words alone', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-placeholders/pass']), []);
});

test('no-placeholders word list is configurable', async () => {
  const rows = await siteFindings(rule, {'post.md': '# Notes\n\nThis needs TBD and TODO.\n'}, {options: {words: ['TBD']}});
  assert.deepEqual(rows, ['post.md:3:12 no-placeholders']);
});

test('no-placeholders: a template page, a word used as a noun, a quoted or emphasised mention, an X mask in a table of numbers are not leftovers', async () => {
  // pass/mdx-comments.mdx: MDX comments whose `*/}` and `{/*` pair as emphasis across lines. pass/template.md tells the reader to replace each TODO; pass/mentions.md talks about the words ("another TODO item", a `## TODO (maybe?)` heading over the list it names).
  assert.deepEqual(await ruleFindings(rule, ['no-placeholders/pass/template.md', 'no-placeholders/pass/mentions.md', 'no-placeholders/pass/mdx-comments.mdx']), []);
});

test('no-placeholders: a style page showing the heading levels one after the other keeps its `(#)` links; with three levels the link is reported', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-placeholders/pass/style-page.md']), []);
  const page = '---\ntitle: Style\n---\n\n## Level 2\n\n### Level 3\n\n#### Level 4\n\n## Text\n\nA paragraph with an [inline link](#) that goes nowhere.\n';
  assert.deepEqual(await siteFindings(rule, {'style.md': page}), ['style.md:13:21 no-placeholders']);
});

test('no-placeholders: text inside inline HTML code (<code>has<i>XXX</i></code>, <kbd>) is code; outside it the word is still reported', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-placeholders/pass/html-code.md']), []);
  const page = '# Naming\n\nName a getter <code>get<i>XXX</i></code>, and <i>XXX</i> here.\n';
  assert.deepEqual(await siteFindings(rule, {'naming.md': page}), ['naming.md:3:50 no-placeholders']);
});

test('no-placeholders: a TODO naming a kind of message (English "TODO messages") is a mention; in a sentence of another language it is a note left, reported', async () => {
  const dir = 'no-placeholders/translated';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/comentarios.md:6:61 no-placeholders`, // inside a Spanish sentence: a note, whatever words surround it
    `${dir}/comentarios.md:8:1 no-placeholders`, // opens its sentence with a colon: a note
    `${dir}/comentarios.md:10:33 no-placeholders`, // ends its sentence: a note
    `${dir}/hangul.md:3:17 no-placeholders`, // a Hangul word after it does not make it a borrowed term
    `${dir}/hangul.md:5:1 no-placeholders`,
    `${dir}/notes.md:5:14 no-placeholders`, // an English page: no word after names a thing
    `${dir}/zhushi.md:6:20 no-placeholders`, // a Han word after it does not make it a borrowed term
    `${dir}/zhushi.md:6:46 no-placeholders`,
    `${dir}/zhushi.md:8:1 no-placeholders`, // a full-width colon: a note
  ]);
  // "To leave TODO messages": the English mention of a kind of message stays a mention (notes.md:3 is not reported).
  const rows = await siteFindings(rule, {'post.md': '# Avisos\n\nPara dejar avisos TODO u otras notas.\n'});
  assert.deepEqual(rows, ['post.md:3:19 no-placeholders']);
});

test('no-placeholders: a note left on a page in another language, or before words in another script on an English page, is reported', async () => {
  const dir = 'no-placeholders/notes-in-translation';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/bushu.md:6:4 no-placeholders`, // 本页 TODO 补全示例。
    `${dir}/despliegue.md:6:25 no-placeholders`, // escriba TODO y espere
    `${dir}/instalacion.md:6:16 no-placeholders`, // two long notes on a Spanish page: no English function words, yet no filler (no specimen)
    `${dir}/instalacion.md:8:14 no-placeholders`,
    `${dir}/mixed.md:3:17 no-placeholders`, // The deploy step TODO 还没写完
  ]);
});

test('no-placeholders: TODO before a Chinese, Japanese or Korean noun for the kind of thing it is ("TODO リスト", "TODO のリスト", "TODO 应用"), or after "each" (各, 每个), is a noun; a note there is still reported', async () => {
  const dir = 'no-placeholders/cjk-nouns';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/qingdan.md:8:4 no-placeholders`, // 本节 TODO 补充截图。: the note's own words follow, no noun it names
    `${dir}/yarukoto.md:7:1 no-placeholders`, // TODO: ここを書く: a colon opens a note
    `${dir}/yarukoto.md:9:13 no-placeholders`, // …準備中です TODO。: ends its sentence
  ]);
});

test('no-placeholders: a word ending its paragraph, with no mark after it, is a note left (`这里还没写完 TODO`); a noun there is still a mention', async () => {
  const dir = 'no-placeholders/paragraph-end';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/unfinished.md:3:36 no-placeholders`, // …is not written yet TODO
    `${dir}/unfinished.md:7:81 no-placeholders`, // after a link, ending the paragraph
    `${dir}/weiwancheng.md:10:8 no-placeholders`, // 这里还没写完 TODO
    `${dir}/weiwancheng.md:12:13 no-placeholders`, // …再运行它 FIXME
    // not reported: `in my TODO` (a thing someone has), `一个 TODO 列表` (a noun before 列表)
  ]);
});

test('no-placeholders: a run of X that hides characters (an address `XXX@XXX`, a digit group `(XXX) XXX-XXXX`) is a mask; a note `XXX fix this` is reported', async () => {
  const dir = 'no-placeholders/masks';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/contact.md:13:1 no-placeholders`, // XXX fix this before the release.
    `${dir}/contact.md:15:5 no-placeholders`, // Ask XXX about the date.
    `${dir}/contact.md:17:6 no-placeholders`, // Call XXX 3 times: one digit is no group of a number
  ]);
});

test('no-placeholders: marker words listed together ("TODO, FIXME, etc."), a TODO label over its checklist ("Required TODO:"), filler named in a list of kinds of filler ("Lorem ipsum, sample names, stock photos.") are mentions; leftovers beside them are reported', async () => {
  assert.deepEqual(await ruleFindings(rule, ['placeholder-topics/pass']), []);
  assert.deepEqual(await ruleFindings(rule, ['placeholder-topics/fail']), [
    'placeholder-topics/fail/leftovers.md:6:1 no-placeholders', // TODO: write this.
    'placeholder-topics/fail/leftovers.md:8:19 no-placeholders', // TODO fix …: one word, a note
    'placeholder-topics/fail/leftovers.md:8:48 no-placeholders', // FIXME the docs: not joined to the TODO before it
    'placeholder-topics/fail/leftovers.md:10:1 no-placeholders', // Lorem ipsum, dolor sit amet: filler running on
    'placeholder-topics/fail/leftovers.md:12:1 no-placeholders', // Lorem ipsum in a clause, not a list of names
    'placeholder-topics/fail/leftovers.md:14:10 no-placeholders', // a label over no list names nothing
    'placeholder-topics/fail/leftovers.md:18:1 no-placeholders', // TODO: write this: — a note, words after its colon
  ]);
});

test('no-placeholders: `#XXX`, the number of an issue not filed yet (`Fixed the crash (#XXX)`), is a gap left to fill, not a mask', async () => {
  const dir = 'no-placeholders/issue-number';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/changelog.md:7:30 no-placeholders`, // - Fixed the crash on start (#XXX).
  ]);
});

test('no-placeholders: the X runs of one long token (`XXX:XXX:…`) are told from masks in time linear in its length', () => {
  const text = (n) => `The value is ${Array(n).fill('XXX').join(':')} today.`;
  const each = (raw) => {
    for (const match of raw.matchAll(/XXX/g)) masksCharacters(raw, match.index, match.index + 3);
  };
  assertLinearGrowth('masksCharacters over XXX:… × n', each, text, 500);
});

test('no-placeholders: a word inside CJK corner brackets or title marks (「TODO」, 『FIXME』, 《TODO …》, 「TODO：…」) is quoted, a mention; a leftover beside a closed quote or after an unclosed bracket (even where another quote closes later on) is reported', async () => {
  const dir = 'no-placeholders/cjk-quotes';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/daiban.md:16:9 no-placeholders`, // 这一段还没写完 TODO
    `${dir}/daiban.md:18:16 no-placeholders`, // …还没定 FIXME: the quote 「超时」 closed before it
    `${dir}/daiban.md:20:2 no-placeholders`, // 「TODO with no closing bracket: no quotation
    `${dir}/daiban.md:22:2 no-placeholders`, // 「TODO unclosed; the 」 later on is the close of 「超时」, opened after it
  ]);
});

test('no-placeholders: a heading or a list\'s label that is the word alone (any case for words not in capitals, spaces between words loose) names the list under it; the word with more, or over no list, is still reported', async () => {
  const page = [
    '# Plan', '', '## TODO (maybe?)', '', '- one', '', 'Essential TODO:', '', '- write the intro', '',
    'TODO: write this', '', '- an item', '', '## LOREM  ipsum', '', '- a', '', '## TODO soon', '', '- b', '', '## TODO', '', '## End', '', 'Text.', '',
  ].join('\n');
  assert.deepEqual(await siteFindings(rule, {'plan.md': page}), ['plan.md:11:1 no-placeholders', 'plan.md:19:4 no-placeholders', 'plan.md:23:4 no-placeholders']);
});

test('no-placeholders: TODO named as an outliner\'s task state or feature ("TODO/DONE", "TODO、DOING、DONE", "multiple TODO pages") is a mention; notes beside them are reported', async () => {
  const rows = await ruleFindings(rule, ['no-placeholders/task-states']);
  assert.deepEqual(rows, [
    'no-placeholders/task-states/outliner.md:9:1 no-placeholders', // TODO: write this section.
    'no-placeholders/task-states/outliner.md:11:1 no-placeholders', // TODO finish the intro
    'no-placeholders/task-states/outliner.md:13:22 no-placeholders', // broken TODO, and NOW: not a list of states
  ]);
});

test('no-placeholders: XXX glued to the punctuation of an SQL query written out in a paragraph is a slot; XXX among words is a note', async () => {
  const rows = await ruleFindings(rule, ['no-placeholders/statement-slots']);
  assert.deepEqual(rows, [
    'no-placeholders/statement-slots/injection.md:11:1 no-placeholders', // XXX: fix this
    'no-placeholders/statement-slots/injection.md:13:28 no-placeholders', // a query's line, yet XXX stands among words: a note
  ]);
});

test('no-placeholders: a block quote\'s marker is no shell prompt, and XXX with a note\'s colon is a note on a query\'s line; a prompt inside a quote is one', async () => {
  const rows = await ruleFindings(rule, ['no-placeholders/statement-slot-notes']);
  assert.deepEqual(rows, [
    'no-placeholders/statement-slot-notes/quoted-notes.md:4:4 no-placeholders', // > (XXX) add the benchmark numbers.
    'no-placeholders/statement-slot-notes/quoted-notes.md:6:39 no-placeholders', // (XXX: slow, add an index)
  ]);
});

test('no-placeholders reads XXX joined by a possessive particle into CJK prose as "such-and-such", a stand-in noun; a note at a line start or before a colon stays', async () => {
  const {rows} = await lintRule(rule, ['no-placeholders/cjk-stand-in']);
  const dir = 'no-placeholders/cjk-stand-in';
  assert.deepEqual(rows, [
    `${dir}/post.md:7:1 no-placeholders`, // `XXX：补充…`: a note
    `${dir}/post.md:9:1 no-placeholders`, // `XXX: fill in…`
    `${dir}/post.md:11:8 no-placeholders`, // no particle joins it: a note among words
    `${dir}/post.md:13:1 no-placeholders`, // at a line's start, particle or not
  ]);
  // not reported: `编辑器的 XXX 功能` (3) and `，XXX 的问题` (5)
});

test('no-placeholders reads XXX between a lower-case noun and its verb\'s negation or auxiliary as any one of that kind (`server XXX does not start`); a value still to write or a note is reported', async () => {
  const {rows} = await lintRule(rule, ['no-placeholders/stand-in-names']);
  const dir = 'no-placeholders/stand-in-names';
  assert.deepEqual(rows, [
    `${dir}/faq.md:7:19 no-placeholders`, // is XXX times faster: after a verb, a number to fill in
    `${dir}/faq.md:9:21 no-placeholders`, // takes XXX seconds
    `${dir}/faq.md:11:1 no-placeholders`, // XXX: fix this
    `${dir}/faq.md:13:8 no-placeholders`, // Price: XXX
    `${dir}/faq.md:15:5 no-placeholders`, // Ask XXX about
    `${dir}/faq.md:17:18 no-placeholders`, // because XXX does not load: a clause's word, no noun before it
    `${dir}/faq.md:19:11 no-placeholders`, // The cache XXX check these: no verb of its own after it
  ]);
  // not reported: `loader XXX does not start` (3), `theme XXX is missing` and `модуль XXX не працює` (5)
});

test('no-placeholders reads TODO alone in a table cell as a state when its column\'s other cells are states (Y, ✅, Done, N/A); in a column of sentences it is reported', async () => {
  const {rows} = await lintRule(rule, ['no-placeholders/state-tables']);
  // not reported: the Stable column's two TODO cells (8:40, 9:40), among Y and N/A
  assert.deepEqual(rows, ['no-placeholders/state-tables/matrix.md:17:12 no-placeholders']);
});

test('no-placeholders: two different markers one short word apart name the markers in any language (`TODO und FIXME Hinweise`, `Нотатки TODO та FIXME`, `TODO 与 FIXME 标记`); a note after a colon, more words between, a lone marker and the same marker twice are reported', async () => {
  const dir = 'classes38e/marker-names';
  assert.deepEqual(await ruleFindings(rule, [`${dir}/pass`]), []);
  assert.deepEqual(await ruleFindings(rule, [`${dir}/fail`]), [
    `${dir}/fail/editor-notes.md:3:1 no-placeholders`, // TODO: add FIXME … — a note, its colon before the words
    `${dir}/fail/editor-notes.md:3:11 no-placeholders`,
    `${dir}/fail/editor-notes.md:5:1 no-placeholders`, // TODO 补充示例 FIXME: four characters between, a note's words
    `${dir}/fail/editor-notes.md:5:11 no-placeholders`,
    `${dir}/fail/editor-notes.md:7:19 no-placeholders`, // TODO und noch FIXME: two words between
    `${dir}/fail/editor-notes.md:7:33 no-placeholders`,
    `${dir}/fail/editor-notes.md:9:1 no-placeholders`, // TODO 补充: one marker
    `${dir}/fail/editor-notes.md:11:9 no-placeholders`, // TODO, TODO: no list of kinds
    `${dir}/fail/editor-notes.md:11:15 no-placeholders`,
  ]);
});

test('no-placeholders: one English word between two markers is a note\'s (`TODO fix FIXME`, `TODO a FIXME`), reported; a Latin word only joins them when it is a language\'s own "and"/"or" (`und`)', async () => {
  const dir = 'no-placeholders/marker-between-notes';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/loader.md:3:1 no-placeholders`, // TODO fix FIXME: a verb between, a note
    `${dir}/loader.md:3:10 no-placeholders`,
    `${dir}/loader.md:5:1 no-placeholders`, // TODO a FIXME: the English article, though Czech `a` is "and" (`a FIXME` itself is a mention)
    `${dir}/loader.md:7:21 no-placeholders`,
  ]); // not reported: `TODO und FIXME` (9), German's "and"
});

test('no-placeholders (fix44f): the same `#` link alone in its paragraph closing section after section goes to the top on purpose; a `#` link in a sentence, once, or repeated in one section is reported', async () => {
  const dir = 'no-placeholders/top-links';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/guide.md:13:34 no-placeholders`, // [der Referenz](#) in a sentence, beside the back-to-top links
    `${dir}/once.md:7:1 no-placeholders`, // [Back to top](#) once: nothing says it is meant
    `${dir}/once.md:13:1 no-placeholders`, // [Download the archive](#) twice in one section
    `${dir}/once.md:15:1 no-placeholders`,
  ]);
});

test('no-placeholders (fix44f): filler the page shows (a specimen, a code sample\'s line of filler) named in its prose in any language is a mention; a filler paragraph, or the phrase where code only holds the words, is reported', async () => {
  const dir = 'no-placeholders/filler-shown';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/filler-paragraph.md:7:1 no-placeholders`, // a filler paragraph among real prose: a leftover
    `${dir}/leftovers.md:10:23 no-placeholders`, // bleibt lorem ipsum: the code holds only `// lorem ipsum`
    // not reported: komponente.md:16 `den Lorem ipsum Platzhalter`, generatore.md:5 `testo lorem ipsum gratuito`
  ]);
});

test('no-placeholders (mend44f): a `#` link is back-to-top navigation only where it closes its sections, a paragraph of its own before the next heading (a rule or a comment between); the same link in each section\'s list or opening each section is a link left to fill in', async () => {
  const dir = 'no-placeholders/top-link-blocks';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/products.md:7:3 no-placeholders`, // - [Documentation](#): a list item in each section, not a block closing it
    `${dir}/products.md:8:3 no-placeholders`,
    `${dir}/products.md:14:3 no-placeholders`,
    `${dir}/products.md:15:3 no-placeholders`,
    `${dir}/releases.md:5:1 no-placeholders`, // [Download](#) opening each section
    `${dir}/releases.md:11:1 no-placeholders`,
    // not reported: ruled.md's `[↑ Top](#)` closing each section, a rule or a comment after it
  ]);
});

test('no-placeholders (mend44f): back-to-top links are gathered in time linear in the sections that repeat them', () => {
  const page = (n) => ({type: 'root', children: Array.from({length: n}, (_, i) => [
    {type: 'heading', depth: 2, children: [{type: 'text', value: `Part ${i}`}]},
    {type: 'paragraph', children: [{type: 'link', url: '#', children: [{type: 'text', value: '⬆ Top'}]}]},
  ]).flat()});
  assert.equal(repeatedTopLinks(page(3)).size, 3);
  assertLinearGrowth('repeatedTopLinks over n sections', repeatedTopLinks, page, 2000);
});

test('no-placeholders (mend44f): on a page whose code shows filler, the phrase running on in the filler\'s words (`Lorem ipsum dolor sit amet.` in prose) is filler left over, not a name for it; `den Lorem ipsum Platzhalter` is still a mention', async () => {
  const dir = 'no-placeholders/filler-run-on';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/karte.md:11:64 no-placeholders`, // …hier steht vorerst: Lorem ipsum dolor sit amet. (too short a paragraph to be filler as a whole)
    `${dir}/karte.md:13:1 no-placeholders`, // Lorem ipsum dolor sit amet. alone
    // not reported: karte.md:15 `den Lorem ipsum Platzhalter der Karte`
  ]);
});
