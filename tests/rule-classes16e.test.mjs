// Classes learnt from the round-14 held-out verdicts (content rules): a list name only one source
// about names gives, a package named beside its requirements file, Go YAML's front matter, a
// closing heading at the end of a page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

test('vocabulary: a list name with capitals inside that no second source about names writes so is sole-source (SparkFun); one a second source writes is not (GitHub)', async () => {
  const {innerCapitalsOnlyListed, vocabulary} = await import('../dist/src/spelling/vocabulary.js');
  assert.equal(innerCapitalsOnlyListed('SparkFun', () => false), true);
  assert.equal(innerCapitalsOnlyListed('SparkFun', (form) => form === 'SparkFun'), false);
  assert.equal(innerCapitalsOnlyListed('Reddit', () => false), false);
  assert.equal(innerCapitalsOnlyListed('XML', () => false), false);
  const {names, soleSource} = await vocabulary();
  assert.equal(names.has('SparkFun') && soleSource.has('SparkFun'), true);
  assert.equal(names.has('GitHub') && !soleSource.has('GitHub'), true);
});

test('brand-casing: a sole-source list form the site never writes, against a form it writes in three files or more, is the site\'s (Sparkfun); one file writing the list form, or a name a second source confirms (Github), keeps every finding', async () => {
  const three = {
    'a.md': '# Boards\n\nWe buy parts from Sparkfun.\n',
    'b.md': '# Sensors\n\nThe Sparkfun sensor works.\n',
    'c.md': '# Kits\n\nA kit by Sparkfun again.\n',
  };
  assert.deepEqual(await siteFindings('brand-casing', three), []);
  assert.deepEqual(await siteFindings('brand-casing', {...three, 'd.md': '# Shop\n\nOrder it at SparkFun.\n'}), ['a.md:3:19 brand-casing', 'b.md:3:5 brand-casing', 'c.md:3:10 brand-casing']);
  const github = {
    'a.md': '# Code\n\nWe host on Github.\n',
    'b.md': '# Issues\n\nFile it on Github.\n',
    'c.md': '# Pages\n\nGithub builds it.\n',
  };
  assert.deepEqual(await siteFindings('brand-casing', github), ['a.md:3:12 brand-casing', 'b.md:3:12 brand-casing', 'c.md:3:1 brand-casing']);
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

test('no-empty-sections: a valediction as the last heading after sections with content is a sign-off (### FIN); a short topic left unwritten at the end (## Summary), a dated entry, a page that is only a heading, or a sign-off mid-page is still reported', async () => {
  const post = ['# Setup', '', 'Install the tools.', '', '## Run', '', 'Run the tests.', '', '### FIN', ''].join('\n');
  const topic = ['# Log', '', 'Bought seeds.', '', '## 2024/05/19 second batch', ''].join('\n');
  const lone = ['# Parts', ''].join('\n');
  const middle = ['# Setup', '', 'Install.', '', '## The End', '', '## Appendix', '', 'More.', ''].join('\n');
  const summary = ['# Setup', '', 'Install.', '', '## Summary', ''].join('\n');
  assert.deepEqual(await siteFindings('no-empty-sections', {'post.md': post, 'topic.md': topic, 'lone.md': lone, 'middle.md': middle, 'summary.md': summary}), ['lone.md:1:1 no-empty-sections', 'middle.md:5:1 no-empty-sections', 'summary.md:5:1 no-empty-sections', 'topic.md:5:1 no-empty-sections']);
});
