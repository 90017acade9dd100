// One principle for every generator's pages that are not going live yet: the rules about finished
// content (missing files, anchors, empty sections and headings, placeholders) say nothing inside
// them; no-drafts reports the page and no-unpublished-links the links into it. A scheduled post
// goes live by itself and is checked in full. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

const sorted = (rows) => [...rows].sort();
const skip = new Set(['spelling', 'brand-casing']);

function run(files, args = []) {
  const root = tempSite(files, 'postlint-unpublished-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '--now', '2025-06-01T12:00:00Z', ...args, '.'], {cwd: root});
  return findings(json, root).filter((row) => !skip.has(row.split(' ')[1])).sort();
}

/** A post body with one of each unfinished part: a missing image, a broken anchor, a TODO, an empty section, an empty heading. */
const unfinished = [
  '![Diagram](/images/missing.png)',
  '',
  'See [the setup](#setup-steps). TODO write the intro',
  '',
  '## Results',
  '',
  '## Discussion',
  '',
  'Text.',
  '',
  '##',
  '',
].join('\n');

const jekyllPost = (front) => `---\ntitle: Draft\n${front}---\n${unfinished}`;
const linking = '---\ntitle: Hello\n---\nRead [the draft]({% post_url 2024-05-02-draft %}) and [it again](/2024/05/02/draft.html).\n';

test('jekyll: a `published: false` post: only no-drafts on it, no-unpublished-links on the links into it', () => {
  assert.deepEqual(run({
    '_config.yml': 'title: Blog\n',
    '_posts/2024-05-01-hello.md': linking,
    '_posts/2024-05-02-draft.md': jekyllPost('published: false\n'),
  }), [
    '_posts/2024-05-01-hello.md:4:18 no-unpublished-links',
    '_posts/2024-05-01-hello.md:4:55 no-unpublished-links',
    '_posts/2024-05-02-draft.md:3:1 no-drafts',
  ]);
});

test('jekyll: with `unpublished: true` in _config.yml the same post is built, so its unfinished parts are reported', () => {
  assert.deepEqual(run({
    '_config.yml': 'title: Blog\nunpublished: true\n',
    '_posts/2024-05-01-hello.md': linking,
    '_posts/2024-05-02-draft.md': jekyllPost('published: false\n'),
  }), sorted([
    '_posts/2024-05-02-draft.md:9:1 no-empty-sections',
    '_posts/2024-05-02-draft.md:15:1 no-empty-headings',
    '_posts/2024-05-02-draft.md:5:1 no-missing-files',
    '_posts/2024-05-02-draft.md:7:5 no-broken-anchors',
    '_posts/2024-05-02-draft.md:7:32 no-placeholders',
  ]));
});

test('jekyll: a post in _drafts/ is left alone but for no-drafts, unless `show_drafts: true`', () => {
  const files = {'_drafts/draft.md': jekyllPost('')};
  assert.deepEqual(run({'_config.yml': 'title: Blog\n', ...files}), ['_drafts/draft.md:1:1 no-drafts']);
  assert.equal(run({'_config.yml': 'title: Blog\nshow_drafts: true\n', ...files}).length, 5);
});

test('hugo: a `draft: true` page is left alone the same way; a scheduled post is checked in full', () => {
  const page = (front) => `---\ntitle: Page\n${front}---\n${unfinished}`;
  assert.deepEqual(run({
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/posts/draft.md': page('draft: true\n'),
    'content/posts/later.md': page('date: 2025-07-01T00:00:00Z\n'),
  }), sorted([
    'content/posts/draft.md:3:1 no-drafts',
    'content/posts/later.md:9:1 no-empty-sections',
    'content/posts/later.md:15:1 no-empty-headings',
    'content/posts/later.md:3:1 no-drafts',
    'content/posts/later.md:5:1 no-missing-files',
    'content/posts/later.md:7:5 no-broken-anchors',
    'content/posts/later.md:7:32 no-placeholders',
  ]));
});
