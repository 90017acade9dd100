// Labels of reference links and footnotes are lookup keys a reader never sees (CommonMark, "Link
// reference definitions"; GFM footnotes) when the parser found a definition for them; without one
// they are shown as written, and read, unless the generator pastes included text into the page
// before parsing it (mdBook, Jekyll, pymdownx.snippets), which may define them. The link's text is always read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

// Labels written `os: linux`, not `os::linux`: a name joined by `::` is a code path, left alone as text too (prose.ts).
const page = [
  '# Platforms', // 1
  '',
  '- [Linux][os: linux] and [the editor][ide: jetbrains] are covered.', // 3: labels of defined references
  '- [Kernel][os: linux] from an include, and a note[^jetbrains] defined elsewhere.', // 4
  '- [Github][os: linux] has its text read.', // 5: the text, not the label
  '- Collapsed, [github][] is its own label, and read.', // 6
  '- A key written apart, [Linux] [os: linux], is no full reference: read.', // 7: a shortcut reference (or text) whose words are shown
  '',
  '[os: linux]: https://example.com/os/', // 9
  '[ide: jetbrains]: https://example.com/ide/',
  '',
  'A paragraph with a line shaped as a definition', // 12
  '[os: github]: https://example.com/gh/', // 13: no definition (it cannot interrupt a paragraph): shown, read
].join('\n');

test('brand-casing: the label of a defined full reference and of a definition are keys, not prose; an undefined one is shown and read, unless an include may define it', async () => {
  const include = page.replace('[os: linux]: https://example.com/os/\n', ''); // os: linux not defined in the page
  assert.deepEqual(await siteFindings('brand-casing', {'a.md': page, 'b.md': include}), [
    'a.md:4:52 brand-casing', // [^jetbrains]: no footnote definition, shown
    'a.md:5:4 brand-casing',
    'a.md:6:15 brand-casing',
    'a.md:7:37 brand-casing',
    'a.md:13:6 brand-casing', // a definition-shaped line inside a paragraph is text
    'b.md:3:15 brand-casing', // [Linux][os: linux] with no definition: both brackets shown
    'b.md:4:16 brand-casing',
    'b.md:4:52 brand-casing',
    'b.md:5:4 brand-casing',
    'b.md:5:16 brand-casing',
    'b.md:6:15 brand-casing',
    'b.md:7:37 brand-casing',
    'b.md:12:6 brand-casing',
  ]);
  // mdBook pastes included text ({{#include}}) before parsing: the undefined labels may be defined there; the definition-shaped line is still read.
  const book = {'book.toml': '[book]\ntitle = "B"\n', 'src/SUMMARY.md': '# S\n\n- [B](b.md)\n', 'src/b.md': include};
  assert.deepEqual(await siteFindings('brand-casing', book), ['src/b.md:5:4 brand-casing', 'src/b.md:6:15 brand-casing', 'src/b.md:7:37 brand-casing', 'src/b.md:12:6 brand-casing']);
});

test('spelling: a typo in a defined reference label is a key\'s, not the page\'s; in the link text it is found', async () => {
  const text = ['# Setup', '', 'See [the guide][setup: recieve] and [the recieve step][setup: guide].', '', '[setup: guide]: https://example.com/', '[setup: recieve]: https://example.com/r'].join('\n');
  assert.deepEqual(await siteFindings('spelling', {'a.md': text}), ['a.md:3:42 spelling']);
});

test('spelling: labels with no definition, a definition-shaped paragraph line and an undefined footnote are shown, and read', async () => {
  const text = '# Setup\n\nSee [the guide][setup: recieve] here.\n\n[sepcial]: this line is shown too\n\nA note[^acheive] here.\n';
  assert.deepEqual(await siteFindings('spelling', {'a.md': text}), ['a.md:3:24 spelling', 'a.md:5:2 spelling', 'a.md:7:9 spelling']);
  const book = {'book.toml': '[book]\ntitle = "B"\n', 'src/SUMMARY.md': '# S\n\n- [B](b.md)\n', 'src/b.md': text};
  assert.deepEqual(await siteFindings('spelling', book), ['src/b.md:5:2 spelling'], 'an include may define the labels');
  // Docusaurus imports MDX partials, compiled as modules of their own: the page's labels are its own.
  const docs = {'docusaurus.config.js': "module.exports = {url: 'https://example.org', baseUrl: '/'};\n", 'package.json': JSON.stringify({dependencies: {'@docusaurus/core': '3.1.0'}}), 'docs/b.md': text};
  assert.deepEqual(await siteFindings('spelling', docs), ['docs/b.md:3:24 spelling', 'docs/b.md:5:2 spelling', 'docs/b.md:7:9 spelling']);
});
