// Rule concepts learnt from the round-11 held-out verdicts (brand-casing and spelling): code and
// package names written in a sentence, prose inside raw HTML blocks, a word mentioned in quotes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

test('brand-casing: a lower-case name with a tag glued on by a colon is a container image reference (mysql:8.0); the name in prose, or before a colon and a space, is still read', async () => {
  const page = [
    '# Images', // 1
    '',
    'We pinned mysql:8.0 and redis:latest, then moved to mysql:8.4-debian.', // 3
    '',
    'Our database is mysql: fast enough.', // 5
    '',
    'We also run mysql in production.', // 7
    '',
  ].join('\n');
  const rows = await siteFindings('brand-casing', {'a.md': page});
  assert.deepEqual(rows, ['a.md:5:17 brand-casing', 'a.md:7:13 brand-casing']);
});

test('brand-casing: in MDX, a component whose content is a list of package names holds packages (graphql beside drizzle-graphql); a component around a sentence, or one lone word, is read', async () => {
  const page = [
    '# Install', // 1
    '',
    '<Npm>acme-graphql graphql</Npm>', // 3: a list of packages
    '',
    '<Npm>@acme/server graphql -D</Npm>', // 5: scoped, with an option
    '',
    '<Note>use graphql and mysql here</Note>', // 7: a sentence
    '',
    '<Npm>graphql</Npm>', // 9: one word, nothing says package
    '',
    'Then <b>graphql mysql-server</b> in HTML.', // 11: an HTML element, not a component
    '',
  ].join('\n');
  const rows = await siteFindings('brand-casing', {'docs/a.mdx': page});
  assert.deepEqual(rows, ['docs/a.mdx:7:11 brand-casing', 'docs/a.mdx:7:23 brand-casing', 'docs/a.mdx:9:6 brand-casing', 'docs/a.mdx:11:9 brand-casing']);
});

// A post with a raw HTML block: markdown-it (Eleventy's default `html: true`) writes it as it is,
// so its text is prose a reader sees; its tags, attribute values, comments and code are not.
const htmlPost = [
  '# Notes', // 1
  '',
  '<div class="note" title="Attribte values are no prose">', // 3
  '<p>We wrote it in Javascript, whcih was fun.</p>', // 4
  '<!-- a coment is hidden -->', // 5
  '<pre>sudo aptt install</pre> <code>mysqll</code> <script>let varr = 1;</script>', // 6
  '<style>.clss { color: red }</style>', // 7
  '</div>', // 8
  '',
].join('\n');

test('spelling and brand-casing: the text of a raw HTML block is read where the generator writes it as it is (Eleventy), at its own line and column; tags, attributes, comments and code are not', async () => {
  const site = {'eleventy.config.js': 'export default function () {}\n', 'posts/a.md': htmlPost};
  assert.deepEqual(await siteFindings('spelling', site), ['posts/a.md:4:31 spelling']);
  assert.deepEqual(await siteFindings('brand-casing', site), ['posts/a.md:4:19 brand-casing']);
});

test('spelling: Hugo\'s Goldmark omits raw HTML unless markup.goldmark.renderer.unsafe is true: the block is read only then', async () => {
  const page = `---\ntitle: A\n---\n\n${htmlPost}`;
  assert.deepEqual(await siteFindings('spelling', {'hugo.toml': 'title = "t"\n', 'content/a.md': page}), []);
  const unsafe = 'title = "t"\n[markup.goldmark.renderer]\nunsafe = true\n';
  assert.deepEqual(await siteFindings('spelling', {'hugo.toml': unsafe, 'content/a.md': page}), ['content/a.md:8:31 spelling']);
});

test('spelling: a word alone in quotation marks is mentioned even when emphasis marks split it ("**pre**sisted"); the same slip in use is reported', async () => {
  const page = [
    '# Changes', // 1
    '',
    'The class had a typo ("**pre**sisted" instead of "**per**sisted"), now fixed.', // 3
    '',
    'The state is presisted now.', // 5
    '',
  ].join('\n');
  assert.deepEqual(await siteFindings('spelling', {'a.md': page}), ['a.md:5:14 spelling']);
});
