// Generator classes of round 13: mdBook's per-page preprocessors (mdbook-admonish, mdbook-cmdrun),
// each learnt from the tool's own source, as small books of our own asserted by exact rule id,
// line and column: a broken fragment still found, and what the tool writes not reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable} from './helpers.mjs';

function book(config, pages) {
  return tempSite({
    'book.toml': `[book]\ntitle = "Demo"\n${config}`,
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Guide](guide.md)\n',
    ...pages,
  });
}

const admonishGuide = [
  '# Guide',
  '',
  '## Setup',
  '',
  '```admonish warning',
  'Careful.',
  '',
  '### Inside part',
  '',
  'See [the intro](intro.md#no-intro-part).',
  '```',
  '',
  '- A step:',
  '',
  '  ```admonish tip title="Remember", id="remember"',
  '  ## Setup',
  '  ```',
  '',
  '````admonish example',
  '```json',
  '{"a": "[x](intro.md#in-code)"}',
  '```',
  '````',
  '',
  '## Setup',
  '',
  'Text.',
  '',
].join('\n');

const admonishIntro = [
  '# Intro',
  '',
  '[a](guide.md#inside-part) [b](guide.md#admonition-warning) [c](guide.md#remember)',
  '[d](guide.md#setup-2) [e](guide.md#no-such-part) [f](guide.md#admonition-typo)',
  '[g](guide.md#remember-title) [h](guide.md#setup-3)',
  '',
].join('\n');

test('mdbook-admonish: a block\'s body is Markdown of the page (its headings ids, its links checked); its own ids are the written `id` and ids starting "admonition-"', () => {
  const root = book('\n[preprocessor.admonish]\ncommand = "mdbook-admonish"\nassets_version = "3.0.2"\n', {'src/intro.md': admonishIntro, 'src/guide.md': admonishGuide});
  // #inside-part and #setup-2 (the body's `## Setup` is the second) exist, #remember is written; #no-such-part
  // and #setup-3 are broken; #admonition-* and #remember-title are the tool's title ids: unverifiable. The body's
  // link is checked; the json block inside the example body stays code.
  assert.deepEqual(run(root), ['src/guide.md:10:5 no-broken-anchors', 'src/intro.md:4:23 no-broken-anchors', 'src/intro.md:5:30 no-broken-anchors']);
  const unverifiable = siteUnverifiable(root).filter((entry) => entry.includes('guide.md#'));
  assert.deepEqual(unverifiable.map((entry) => `${entry.split(':')[0]} ${entry.split(' ')[1]}`), ['3 guide.md#admonition-warning:', '4 guide.md#admonition-typo:', '5 guide.md#remember-title:']);
  assert.ok(unverifiable[0].includes('mdbook-admonish writes an id starting "admonition-" from the title of the admonition of line 5'), unverifiable[0]);
});

test('mdbook-admonish: without the preprocessor the block is code: its heading has no id, and its link is no link', () => {
  const root = book('', {'src/intro.md': admonishIntro, 'src/guide.md': admonishGuide});
  // Every fragment into guide.md is broken (its only ids are guide, setup, setup-1: the block's `### Inside part`
  // and `## Setup` are code, as are the "admonition-" and written ids); the block's link (guide.md:10:5) is no link.
  assert.deepEqual(run(root), [
    'src/intro.md:3:1 no-broken-anchors', 'src/intro.md:3:27 no-broken-anchors', 'src/intro.md:3:60 no-broken-anchors',
    'src/intro.md:4:1 no-broken-anchors', 'src/intro.md:4:23 no-broken-anchors', 'src/intro.md:4:50 no-broken-anchors',
    'src/intro.md:5:1 no-broken-anchors', 'src/intro.md:5:30 no-broken-anchors',
  ]);
});

test('mdbook-admonish: a configured id prefix; a block in a block quote or with settings postlint cannot read keeps every fragment of its page unverifiable', () => {
  const intro = '# Intro\n\n[a](guide.md#note-here) [b](guide.md#admonition-x) [c](guide.md#elsewhere)\n';
  const prefixed = book('\n[preprocessor.admonish]\ndefault = { css_id_prefix = "note-" }\n', {'src/intro.md': intro, 'src/guide.md': '# Guide\n\n```admonish\nText.\n```\n'});
  assert.deepEqual(run(prefixed), ['src/intro.md:3:52 no-broken-anchors']);
  const quoted = book('\n[preprocessor.admonish]\n', {'src/intro.md': intro, 'src/guide.md': '# Guide\n\n> ```admonish\n> Text.\n> ```\n'});
  assert.deepEqual(run(quoted), []);
  const unread = book('\n[preprocessor.admonish]\n', {'src/intro.md': intro, 'src/guide.md': '# Guide\n\n```admonish note title="a \\"quoted\\" title"\nText.\n```\n'});
  assert.deepEqual(run(unread), []);
  // A page with no admonition is rendered as written: its broken fragments are found.
  const plain = book('\n[preprocessor.admonish]\n', {'src/intro.md': intro, 'src/guide.md': '# Guide\n\nText.\n'});
  assert.deepEqual(run(plain), ['src/intro.md:3:1 no-broken-anchors', 'src/intro.md:3:25 no-broken-anchors', 'src/intro.md:3:52 no-broken-anchors']);
});

test('mdbook-cmdrun: a page with a cmdrun comment has ids only the command knows, and its section is not empty; a page without one is checked', () => {
  const intro = '# Intro\n\n[a](guide.md#made-by-script) [b](other.md#no-such-part)\n';
  const root = tempSite({
    'book.toml': '[book]\ntitle = "Demo"\n\n[preprocessor.cmdrun]\n',
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Guide](guide.md)\n- [Other](other.md)\n',
    'src/intro.md': intro,
    'src/guide.md': '# Guide\n\n<!-- cmdrun ./make-parts.sh -->\n',
    // `<!--cmdrun` needs no space, but `cmdrun` needs one after it: this comment is no command.
    'src/other.md': '# Other\n\nText. <!-- cmdrun-->\n',
  });
  assert.deepEqual(run(root), ['src/intro.md:3:30 no-broken-anchors']);
  assert.ok(siteUnverifiable(root).some((entry) => entry.includes('guide.md#made-by-script') && entry.includes('mdbook-cmdrun pastes the output of `./make-parts.sh` (line 3)')));
});
