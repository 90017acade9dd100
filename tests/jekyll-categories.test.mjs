// A Jekyll post's `:categories` (the default permalink `/:categories/:year/:month/:day/:title.html`):
// the folders before `_posts` (Document#categories_from_path; none from folders below `_posts`), then
// the front matter's `categories` and `category` joined to them without repeats (merge_categories!'s
// `|`, populate_categories' uniq) and each lower-cased once (UrlDrop#categories' Set). So
// `life/_posts/…` with `category: life` is served at `/life/2019/…`, never `/life/life/2019/…`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, siteFindings, siteUnverifiable} from './helpers.mjs';

const root = join(fixtures, 'jekyll-categories');

test('Jekyll categories: a post is found at the URL its folder and front matter make, each category once', () => {
  // Found: a fragment its page lacks is reported, one it has is not.
  assert.deepEqual(siteFindings(root), ['index.md:8:32 no-broken-anchors', 'index.md:9:1 no-broken-anchors', 'index.md:9:45 no-broken-anchors']);
});

test('Jekyll categories: a URL with a category twice, or one from a folder below _posts, is no post\'s', () => {
  const rows = siteUnverifiable(root).filter((row) => /^1[123]:/.test(row));
  assert.deepEqual(rows.map((row) => row.split(' ')[0]), ['11:15', '12:1', '13:1']);
});
