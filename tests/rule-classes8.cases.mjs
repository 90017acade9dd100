// Rule concepts learnt from the round-7 held-out run, each with a small site of its own: what a
// careful editor of that site would change, judged against how its generator builds the page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

test('the bundled names: a one-capital icon title no second source about names writes so is title case, not the owner\'s form', async () => {
  const {titleCasedOnly, capitalizedNames, vocabulary} = await import('../dist/src/spelling/vocabulary.js');
  const dictionary = capitalizedNames('3\nDjango/M\nsetuptools\nBlackBerry/M\n');
  const written = (form) => dictionary.has(form);
  assert.equal(titleCasedOnly('Coreboot', written), true);
  assert.equal(titleCasedOnly('Django', written), false);
  // Inner capitals and all-lower titles are someone's deliberate form: never title case.
  assert.equal(titleCasedOnly('GitHub', written), false);
  assert.equal(titleCasedOnly('edX', written), false);
  const {names, titleCased} = await vocabulary();
  assert.equal(names.has('Coreboot') && titleCased.has('Coreboot'), true);
  assert.equal(titleCased.has('Setuptools'), true);
  // The company list writes Reddit, the dictionary Django: a second source agrees.
  assert.equal(names.has('Reddit') && !titleCased.has('Reddit'), true);
  assert.equal(titleCased.has('Django'), false);
});

test('brand-casing: a lower-case name only title case capitalizes passes; corroborated names and other capitals are still held', async () => {
  const {rows, messages} = await lintSite('brand-casing', {
    'pass.md': 'The board boots with coreboot, and the package installs with setuptools.\n',
    'fail.md': [
      'I posted it on reddit and built it with django.', // 1: Reddit and Django have a second source
      '',
      'Mail goes to GMail.', // 3: capitals of one's own against the title Gmail
      '',
    ].join('\n'),
  });
  assert.deepEqual(rows, ['fail.md:1:16 brand-casing', 'fail.md:1:41 brand-casing', 'fail.md:3:14 brand-casing']);
  assert.deepEqual(messages.map((m) => m.message), ['`reddit` is written `Reddit`', '`django` is written `Django`', '`GMail` is written `Gmail`']);
});

test('brand-casing: a wrong form quoted beside the quoted right one is a mention (a correction, a style rule); unquoted it is a use', async () => {
  const {rows} = await lintSite('brand-casing', {
    'CHANGELOG.md': "# Changes\n\n- `[website]` Replace 'Github' with 'GitHub' (#12)\n",
    'style.md': '# Names\n\n* "RuboCop", not "Rubocop"\n',
    'fail.md': '# Changes\n\n- Replace Github with GitHub in two pages\n- Host it on "Github" today\n',
  });
  assert.deepEqual(rows, ['fail.md:3:11 brand-casing', 'fail.md:4:15 brand-casing']);
});

test('no-placeholders: a placeholder a verb removes or resolves is a commit subject about a note; a note left is still reported', async () => {
  const {rows} = await lintSite('no-placeholders', {
    'CHANGELOG.md': '# 1.2.0\n\n* **docs:** remove no longer needed TODO ([8eaedfc](https://example.org/c/8eaedfc))\n* Resolve FIXME in the parser\n',
    'post.md': '# Notes\n\nThe cache is TODO.\n\nWe removed the cache and TODO measure it again.\n',
  });
  assert.deepEqual(rows, ['post.md:3:14 no-placeholders', 'post.md:5:26 no-placeholders']);
});

test('spelling: a word alone in quotes, a full stop inside them, is held up as a word; unquoted, or inside a quoted phrase, it is checked', async () => {
  const {rows} = await lintSite('spelling', {
    'pass.md': 'People were “hearies” and “deafies.” Then they met.\n',
    'fail.md': 'People called them deafies at school.\n\nWe looked at this as an "autoamted case study".\n',
  });
  assert.deepEqual(rows, ['fail.md:1:20 spelling', 'fail.md:3:26 spelling']);
});

test('spelling: a table column of code names (each cell a snake_case identifier) holds names, not English; other columns are checked', async () => {
  const table = (name) => [
    '| Codes | terminfo (short, long) | Description |',
    '| --- | --- | --- |',
    '| [A OA | kcuu1 key_up | Arrow up |',
    '| [5~ [I | kpp key_ppage | Page up |',
    `| [4~ [F | kend ${name} | End key, ususally |`,
    '| \\x09 | - | Tab key |',
    '',
  ].join('\n');
  const {rows} = await lintSite('spelling', {
    'keys.md': table('key_end'),
    // Without an identifier in every cell the column is prose: `kend` is a likely typo there.
    'words.md': table('end key'),
  });
  assert.deepEqual(rows, ['keys.md:5:36 spelling', 'words.md:5:12 spelling', 'words.md:5:36 spelling']);
});
