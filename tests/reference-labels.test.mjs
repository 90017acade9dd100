// Labels of reference links and footnotes are lookup keys a reader never sees (CommonMark, "Link
// reference definitions"; GFM footnotes): prose rules leave them alone, resolved or not (a definition
// an include adds is not in the page postlint parses); the link's text is still read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

const page = [
  '# Platforms', // 1
  '',
  '- [Linux][os::linux] and [the editor][ide::jetbrains] are covered.', // 3: labels of defined references
  '- [Kernel][os::linux] from an include, and a note[^jetbrains] defined elsewhere.', // 4
  '- [Github][os::linux] has its text read.', // 5: the text, not the label
  '- Collapsed, [github][] is its own label, and read.', // 6
  '- A key written apart, [Linux] [os::linux], is no full reference: read.', // 7: a shortcut reference (or text) whose words are shown
  '',
  '[os::linux]: https://example.com/os/', // 9
  '[ide::jetbrains]: https://example.com/ide/',
  '',
  'A paragraph with a line shaped as a definition', // 12
  '[os::github]: https://example.com/gh/', // 13: no definition (it cannot interrupt a paragraph), still a key
].join('\n');

test('brand-casing: the label of a full reference link, a footnote label and a definition label are keys, not prose; the link text is read', async () => {
  const include = page.replace('[os::linux]: https://example.com/os/\n', ''); // os::linux defined by an include the parser never sees
  assert.deepEqual(await siteFindings('brand-casing', {'a.md': page, 'b.md': include}), [
    'a.md:5:4 brand-casing',
    'a.md:6:15 brand-casing',
    'a.md:7:37 brand-casing',
    'b.md:5:4 brand-casing',
    'b.md:6:15 brand-casing',
    'b.md:7:37 brand-casing',
  ]);
});

test('spelling: a typo in a reference label is a key\'s, not the page\'s; in the link text it is found', async () => {
  const text = ['# Setup', '', 'See [the guide][setup::recieve] and [the recieve step][setup::guide].', '', '[setup::guide]: https://example.com/'].join('\n');
  assert.deepEqual(await siteFindings('spelling', {'a.md': text}), ['a.md:3:42 spelling']);
});
