// Jekyll renders every file it reads that opens with front matter, whatever its extension: a
// `feed.json` template is a page at its `permalink:`. `include:` makes an underscore folder read,
// so its files are pages too; without it the folder is not read and its files are no pages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, tempSite} from './helpers.mjs';

const site = {
  '_config.yml': "title: Feeds\ninclude: ['_pages']\n",
  'index.md': '---\ntitle: Home\n---\n\nRead [the feed](/feed.json), [the list](/list.json) or [the notes](/notes.txt).\n',
  '_pages/feed.json': '---\nlayout: null\npermalink: /feed.json\n---\n{"items": []}\n',
  '_pages/list.json': '{"no": "front matter"}\n',
  'notes.txt': '---\n---\nPlain notes.\n',
};

const run = (files) => siteFindings(tempSite(files));

test('Jekyll: a file with front matter in an included folder is a page at its permalink', () => {
  // list.json has no front matter: a static file at /_pages/list.json, nothing at /list.json.
  assert.deepEqual(run(site), ['index.md:5:30 no-missing-files']);
});

test('Jekyll: without include: the underscore folder is not read, and its files serve nothing', () => {
  const unread = {...site, '_config.yml': 'title: Feeds\n'};
  assert.deepEqual(run(unread), ['index.md:5:30 no-missing-files', 'index.md:5:6 no-missing-files']);
});
