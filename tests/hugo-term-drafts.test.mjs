// Hugo writes a taxonomy term page (`/tags/go/`) listing every page with that term: a link to it
// is live when any published page carries the term, whichever draft also does; when only drafts
// carry it the page is not built and the link is still reported as leading to an unpublished page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

const page = (title, extra, body = 'Some words here.') => `---\ntitle: ${title}\ndate: 2020-01-01\n${extra}---\n\n${body}\n`;

test('Hugo: a term page carried by a published page and a draft is live; one only drafts carry is not', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://blog.example.org/"\ntitle = "Blog"\n',
    'content/post/early.md': page('Early', 'draft: true\ntags: [go]\n'),
    'content/post/later.md': page('Later', 'tags: [go]\n'),
    'content/post/secret.md': page('Secret', 'draft: true\ntags: [rust]\n'),
    'content/post/links.md': page('Links', '', 'See [go posts](/tags/go/) and [rust posts](/tags/rust/).'),
  });
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  const found = findings(json, root).filter((line) => line.startsWith('content/post/links.md'));
  assert.deepEqual(found, ['content/post/links.md:6:31 no-unpublished-links']);
});
