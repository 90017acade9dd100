// Jekyll's kramdown as the round-13 tune set showed postlint lacked it (bare URLs are text, `$$`
// math, an empty `tags:`), and a page declared in another language with passages left in English;
// each on a small site of its own, asserted by exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

// ---- kramdown links only `<https://…>`: a URL written as plain text is text ----

const urlPost = [
  '---',
  'title: Feeds',
  '---',
  '',
  'The feed is at https://www.example.org/files/guide.pdf for now.',
  '',
  '* Mirror (www.example.org/mirror.tar.gz)',
  '* Archive <https://www.example.org/archive/gone.zip>',
  '',
].join('\n');

const jekyllSite = (config) => ({'_config.yml': `title: Blog\nurl: https://www.example.org\n${config}`, '_posts/2024-01-02-feeds.md': urlPost});

test('jekyll kramdown: a bare URL is text, no link; an automatic link `<…>` is still checked', async () => {
  for (const config of ['', 'markdown: kramdown\n', 'markdown: kramdown\nkramdown:\n  input: GFM\n', 'markdown: CommonMarkGhPages\ncommonmark:\n  extensions: [table]\n']) {
    const {rows} = await lintSite('no-missing-files', jekyllSite(config), {severity: 'error'});
    assert.deepEqual(rows, ['_posts/2024-01-02-feeds.md:8:11 no-missing-files'], config);
  }
});

test('jekyll with jekyll-commonmark and its autolink extension: a bare URL is a link', async () => {
  const {rows} = await lintSite('no-missing-files', jekyllSite('markdown: CommonMarkGhPages\ncommonmark:\n  extensions: [strikethrough, autolink, table]\n'), {severity: 'error'});
  assert.deepEqual(rows, ['_posts/2024-01-02-feeds.md:5:16 no-missing-files', '_posts/2024-01-02-feeds.md:7:11 no-missing-files', '_posts/2024-01-02-feeds.md:8:11 no-missing-files']);
});
