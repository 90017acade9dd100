// Jekyll: extensionless static files under permalinks, kramdown's bare hash lines, Ruby's day-first dates; each both ways on small sites of its own:
// - a post under a site-wide `permalink: /:title` is served at the site root, so a relative image with
//   no extension (`assets/images/posts/ab12`) is asked of `/assets/images/posts/ab12`;
// - kramdown's GFM parser (Jekyll's default) reads hashes alone on a line as text, not as a heading;
// - Ruby's Time.parse reads `23/01/2022` as 23 January 2022 (Date._parse, s3e).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

const post = (date, body) => `---\ntitle: A post\n${date ? `date: ${date}\n` : ''}---\n\n${body}\n`;

test('jekyll permalink /:title: an extensionless image in a post of a _posts subfolder is read from the post\'s URL at the root; one missing there is reported', async () => {
  const {rows} = await lintSite('no-missing-files', {
    '_config.yml': 'title: Blog\npermalink: /:title\n',
    '_posts/kubernetes/2018-06-09-intro.md': post('', '![Cluster](assets/images/posts/ab12)\n\n![Gone](assets/images/posts/zz99)'),
    'assets/images/posts/ab12': 'binary',
  });
  assert.deepEqual(rows, ['_posts/kubernetes/2018-06-09-intro.md:7:1 no-missing-files']);
});

test('jekyll permalink /:year/:title: the same image is asked of the post\'s own folder URL, where there is none: reported', async () => {
  const {rows} = await lintSite('no-missing-files', {
    '_config.yml': 'title: Blog\npermalink: /:year/:title/\n',
    '_posts/kubernetes/2018-06-09-intro.md': post('', '![Cluster](assets/images/posts/ab12)'),
    'assets/images/posts/ab12': 'binary',
  });
  assert.deepEqual(rows, ['_posts/kubernetes/2018-06-09-intro.md:5:1 no-missing-files']);
});

const hashes = [
  '## Proxy Setup',
  '##',
  'Some users reach HTTP services through a proxy.',
  '',
  '### Specifiers',
  '',
  '* #',
  '  Digit placeholder.',
  '',
  '* 0',
  '  Digit placeholder or zero.',
  '',
  '* `x`',
  '#',
  '**Introduced in release:** 1.20.',
  '',
].join('\n');

test('kramdown (GFM input, Jekyll\'s default): hashes alone are text, so "Proxy Setup" has content; a stray line at the start of a line is reported as such, `* #` is an item\'s text', async () => {
  const files = {'_config.yml': 'title: Docs\n', 'guide.md': post('', hashes)};
  const sections = await lintSite('no-empty-sections', files);
  assert.deepEqual(sections.rows, []);
  const headings = await lintSite('no-empty-headings', files);
  assert.deepEqual(headings.rows, ['guide.md:6:1 no-empty-headings', 'guide.md:18:1 no-empty-headings']);
  assert.deepEqual(headings.messages.map((finding) => finding.messageId), ['bareHashes', 'bareHashes']);
  assert.match(headings.messages[0].message, /Line `##` is no heading to kramdown/);
});

test('the same page converted by jekyll-commonmark: the hash lines are empty headings, and "Proxy Setup" is an empty section', async () => {
  const files = {'_config.yml': 'title: Docs\nmarkdown: CommonMarkGhPages\n', 'guide.md': post('', hashes)};
  const sections = await lintSite('no-empty-sections', files);
  assert.deepEqual(sections.rows, ['guide.md:5:1 no-empty-sections']);
  const headings = await lintSite('no-empty-headings', files);
  assert.deepEqual(headings.rows, ['guide.md:6:1 no-empty-headings', 'guide.md:11:3 no-empty-headings', 'guide.md:18:1 no-empty-headings']);
  assert.deepEqual(headings.messages.map((finding) => finding.messageId), ['empty', 'empty', 'empty']);
});

test('front-matter on Jekyll: `23/01/2022` is the day Ruby reads (s3e: a four-digit year last); `01/23/2022` (month 23) and `03/05/2019` (which order?) are still reported', async () => {
  const {rows} = await lintSite('front-matter', {
    '_config.yml': 'title: Docs\ncollections:\n  docs:\n    output: true\n',
    '_docs/dmy.md': post('"23/01/2022"', 'Install it.'),
    '_docs/mdy.md': post('"01/23/2022"', 'Install it.'),
    '_docs/either.md': post('"03/05/2019"', 'Install it.'),
  });
  assert.deepEqual(rows.sort(), ['_docs/either.md:3:1 front-matter', '_docs/mdy.md:3:1 front-matter']);
});

test('kramdown (GFM input): an indented line of hashes alone is the same stray mark (it was an empty heading before kramdown\'s reading was modelled); after a list marker it is still the item\'s text', async () => {
  const body = ['Intro.', '', '  ##', '', 'Text.', '', '- item', '', '  ##', '', '   #', '', '* #', ''].join('\n');
  const files = {'_config.yml': 'title: Docs\n', 'guide.md': post('', body)};
  const headings = await lintSite('no-empty-headings', files);
  assert.deepEqual(headings.rows, ['guide.md:7:3 no-empty-headings', 'guide.md:13:3 no-empty-headings', 'guide.md:15:4 no-empty-headings']);
  assert.deepEqual(headings.messages.map((finding) => finding.messageId), ['bareHashes', 'bareHashes', 'bareHashes']);
});

test('kramdown (GFM input): hashes alone in a quote are the same stray mark, at the hashes\' column', async () => {
  const body = ['Intro.', '', '> ##', '', '> quote', '>', '> #', '', '> > ###', ''].join('\n');
  const files = {'_config.yml': 'title: Docs\n', 'guide.md': post('', body)};
  const headings = await lintSite('no-empty-headings', files);
  assert.deepEqual(headings.rows, ['guide.md:7:3 no-empty-headings', 'guide.md:11:3 no-empty-headings', 'guide.md:13:5 no-empty-headings']);
  assert.deepEqual(headings.messages.map((finding) => finding.messageId), ['bareHashes', 'bareHashes', 'bareHashes']);
});
