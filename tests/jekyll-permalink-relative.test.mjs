// A browser reads a relative link from the page's URL: in a Jekyll page whose `permalink:` is
// `/writing/`, the link `novel/` is `/writing/novel/`, the page whose own permalink is that URL,
// wherever its file is (writing/fiction/novel.md). A link to a URL no page has is still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

test('Jekyll: a relative link is read from the linking page\'s permalink URL and reaches the page at that URL', () => {
  const root = tempSite({
    '_config.yml': 'title: Writing demo\n',
    'writing.md': '---\ntitle: Writing\npermalink: /writing/\n---\n\nRead [the novel](novel/) or [the lost one](lost/).\n',
    'writing/fiction/novel.md': '---\ntitle: Novel\npermalink: /writing/novel/\n---\n\nChapter one.\n',
  });
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), ['writing.md:6:29 no-missing-files']);
});
