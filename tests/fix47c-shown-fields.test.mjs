import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

// fix47c: the front-matter fields a generator shows readers besides `title` and `description`:
// Docusaurus's docs plugin writes `sidebar_label` into the sidebar and `pagination_label` into the
// previous/next buttons, so their words are prose; other generators show no such field.
const options = {offline: true};
const page = '---\ntitle: Paying bills\nsidebar_label: Mananging payment methods\npagination_label: Recieving invoices\ncustom_field: Mananging\n---\n\n# Paying bills\n\nAdd a card.\n';

test('spelling: Docusaurus sidebar_label and pagination_label are read as prose; an unshown field is not', async () => {
  const files = {'docusaurus.config.js': "module.exports = {title: 'Docs', url: 'https://example.com', baseUrl: '/'};\n", 'docs/billing.md': page};
  assert.deepEqual(await siteFindings('spelling', files, options), [
    'docs/billing.md:3:16 spelling', // Mananging
    'docs/billing.md:4:19 spelling', // Recieving
  ]);
});

test('spelling: the same fields on a site of another generator (MkDocs) are no text its pages show', async () => {
  const files = {'mkdocs.yml': 'site_name: Docs\n', 'docs/billing.md': page};
  assert.deepEqual(await siteFindings('spelling', files, options), []);
});

// fix47c: title case is a heading's, a table cell's and a front-matter title's style: there a capital marks
// no name, and a known misspelling of nine letters or more beside a common capitalized word is the
// title's word (`Method Paramters in Java`), as it is in a title-case phrase of running text.
test('spelling: a title-case heading\'s and front-matter title\'s known misspelling beside a common word is reported; beside a name, or under nine letters (`Langauge Design`), it is not', async () => {
  const files = {
    'posts/java.md': '---\ntitle: Method Paramters in Java\n---\n\n# Method Paramters in Java\n\nA method takes values.\n',
    'posts/people.md': '---\ntitle: People\n---\n\n# Interview with Lieutenent Zorvath\n\n## Basics of Langauge Design\n\nWe talked.\n',
  };
  assert.deepEqual(await siteFindings('spelling', files, options), [
    'posts/java.md:2:15 spelling', // title: Paramters beside Method
    'posts/java.md:5:10 spelling', // heading
  ]);
});
