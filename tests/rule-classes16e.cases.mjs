// Classes learnt from the round-14 held-out verdicts (content rules): a list title its owner never
// wrote (QWen), a package named beside its requirements file, Go YAML's front matter, a
// closing heading at the end of a page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

test('brand-casing: a name miswritten the same way in three files, never rightly, is reported in every file (Eslint, Graphql, Jquery, Numpy)', async () => {
  const text = '# Tools\n\nLint with Eslint, query Graphql, select with Jquery, sum with Numpy.\n';
  assert.deepEqual(await siteFindings('brand-casing', {'a.md': text, 'b.md': text, 'c.md': text}), ['a', 'b', 'c'].flatMap((file) => [11, 25, 46, 63].map((column) => `${file}.md:3:${column} brand-casing`)));
});

test('brand-casing: the list\'s misread title is held to its owner\'s form (QWen → Qwen, as the Qwen team writes it); `Qwen` is not reported', async () => {
  const {vocabulary} = await import('../dist/src/spelling/vocabulary.js');
  const {names} = await vocabulary();
  assert.equal(names.has('Qwen') && !names.has('QWen'), true);
  const site = {
    'a.md': '# Models\n\nWe run QWen locally.\n',
    'b.md': '# Models\n\nWe run Qwen locally.\n',
  };
  assert.deepEqual(await siteFindings('brand-casing', site), ['a.md:3:8 brand-casing']);
});

test('brand-casing: a lower-case name put into a dependency manifest (`scipy back to main requirements.txt`) or after an install verb (`pip install scipy`) is the package; the name beside a manifest in another role is still read', async () => {
  const notes = [
    '# Changes', // 1
    '',
    '- Added scipy back to main requirements.txt.', // 3
    '- Install it with pip install scipy first.', // 4
    '- We use scipy, and a requirements.txt lists it.', // 5
    '- Moved numpy into pyproject.toml.', // 6
  ].join('\n');
  assert.deepEqual(await siteFindings('brand-casing', {'notes.md': `${notes}\n`}), ['notes.md:5:10 brand-casing']);
});

test('front-matter: a quoted list item whose next line starts at column 0 is read as Go YAML, Psych and js-yaml read it (no finding); an unclosed quote is reported at its own line, not the block\'s first', async () => {
  const config = {'config.toml': 'baseURL = "https://example.org/"\ntitle = "Site"\n'};
  const item = ['---', 'title: "Links"', 'date: 2020-05-05', 'links:', '- "[one](https://a.example) x"', '- "[two', '](https://b.example) - y."', '---', '', 'Body.', ''].join('\n');
  const nested = ['---', 'title: "Nested"', 'date: 2020-05-05', 'params:', '  links:', '    - "[two', '](https://b.example) - y."', '---', '', 'Body.', ''].join('\n');
  const broken = ['---', 'title: "Broken"', 'date: 2020-05-05', 'links:', '- "[one](https://a.example) x"', '- "[two', '---', '', 'Body.', ''].join('\n');
  assert.deepEqual(await siteFindings('front-matter', {...config, 'content/posts/item.md': item, 'content/posts/nested.md': nested, 'content/posts/broken.md': broken}), ['content/posts/broken.md:6:3 front-matter']);
});

test('front-matter: only the value an unclosed quote opens is re-read with its lines indented past its key (Psych, PyYAML, js-yaml); a quote on a line of a `|` block is text, so a real unclosed quote below it is reported', async () => {
  const config = {'config.toml': 'baseURL = "https://example.org/"\ntitle = "Site"\n'};
  const block = ['---', 'title: "Block"', 'description: |', '  "A quoted line', 'date: "2024-01-01', '---', '', 'Body.', ''].join('\n');
  const keyed = ['---', 'title: "Keyed"', 'date: 2020-05-05', 'list:', '  - a: "abc', '  b: 1"', '---', '', 'Body.', ''].join('\n');
  assert.deepEqual(await siteFindings('front-matter', {...config, 'content/posts/block.md': block, 'content/posts/keyed.md': keyed}), ['content/posts/block.md:5:7 front-matter']);
});

test('no-empty-sections: a valediction that never titles a section, as the last heading after sections with content, is a sign-off (### FIN, ## Happy coding!); a heading that also titles sections (## Thanks), a short topic left unwritten at the end (## Summary), a dated entry, a page that is only a heading, or a sign-off mid-page is still reported', async () => {
  const post = ['# Setup', '', 'Install the tools.', '', '## Run', '', 'Run the tests.', '', '### FIN', ''].join('\n');
  const topic = ['# Log', '', 'Bought seeds.', '', '## 2024/05/19 second batch', ''].join('\n');
  const lone = ['# Parts', ''].join('\n');
  const middle = ['# Setup', '', 'Install.', '', '## The End', '', '## Appendix', '', 'More.', ''].join('\n');
  const summary = ['# Setup', '', 'Install.', '', '## Summary', ''].join('\n');
  const thanks = ['# Tool', '', '## Usage', '', 'Run it.', '', '## Thanks', ''].join('\n');
  const coding = ['# Tool', '', '## Usage', '', 'Run it.', '', '## Happy coding!', ''].join('\n');
  assert.deepEqual(await siteFindings('no-empty-sections', {'post.md': post, 'topic.md': topic, 'lone.md': lone, 'middle.md': middle, 'summary.md': summary, 'thanks.md': thanks, 'coding.md': coding}), ['lone.md:1:1 no-empty-sections', 'middle.md:5:1 no-empty-sections', 'summary.md:5:1 no-empty-sections', 'thanks.md:7:1 no-empty-sections', 'topic.md:5:1 no-empty-sections']);
});
