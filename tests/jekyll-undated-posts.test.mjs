// Jekyll's PostReader reads from `_posts` only files named `YYYY-MM-DD-title.ext`
// (Document::DATE_FILENAME_MATCHER): any other file there is never built. `_drafts` takes
// undated names (DATELESS_FILENAME_MATCHER) and collections read every file.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteJson, tempSite, siteFindings as run} from './helpers.mjs';

const page = (extra) => `---\ntitle: A page\n${extra}\n---\n\nSome words of the page.\n`;

test('jekyll: an undated file in _posts (a template to copy) is never built: no finding on it; a dated post with the same front matter is still reported', () => {
  const root = tempSite({
    '_config.yml': 'title: Demo\n',
    '_posts/tip-template.md': page('published: draft'),
    '_posts/notes/howto.md': page('published: draft'),
    '_posts/2019-01-02-tip.md': page('published: draft'),
  });
  assert.deepEqual(run(root), ['_posts/2019-01-02-tip.md:3:1 front-matter']);
});

test('jekyll: undated files in _drafts and in an output collection are read: still reported', () => {
  const root = tempSite({
    '_config.yml': 'title: Demo\nshow_drafts: true\ncollections:\n  guides:\n    output: true\n',
    '_drafts/idea.md': page('published: draft'),
    '_guides/setup.md': page('published: draft'),
  });
  assert.deepEqual(run(root), ['_drafts/idea.md:3:1 front-matter', '_guides/setup.md:3:1 front-matter']);
});

test('jekyll: {% post_url %} naming an undated file in _posts names no post (PostComparer fails the build); a dated one resolves', () => {
  const root = tempSite({
    '_config.yml': 'title: Demo\n',
    '_posts/tip-template.md': page(''),
    '_posts/2019-01-02-tip.md': page(''),
    'index.md': '---\ntitle: Home\n---\n\nSee [the template]({% post_url tip-template %}) and [a tip]({% post_url 2019-01-02-tip %}).\n',
  });
  assert.deepEqual(run(root), ['index.md:5:20 no-missing-files']);
});

test('jekyll: a README in _posts (the forge shows it) and a post misnamed with a date (2019-1-5_title.md, dropped by Jekyll) stay checked; a template stays left out', () => {
  const root = tempSite({
    '_config.yml': 'title: Demo\n',
    '_posts/README.md': '# Posts\n\nWrite posts here, see [the guide](no-such-guide.md).\n',
    '_posts/2019-1-5_title.md': page('published: draft'),
    '_posts/tip-template.md': page('published: draft'),
  });
  // The misnamed post is reported once at 1:1 (Jekyll drops it without a word), and its own findings stay.
  assert.deepEqual(run(root), ['_posts/2019-1-5_title.md:1:1 front-matter', '_posts/2019-1-5_title.md:3:1 front-matter', '_posts/README.md:3:23 no-missing-files']);
  const json = siteJson(root);
  const messages = json.flatMap((file) => file.messages.filter((message) => message.line === 1).map((message) => message.message));
  assert.deepEqual(messages, ['Jekyll never builds this file: a post is named YYYY-MM-DD-title.ext']);
});
