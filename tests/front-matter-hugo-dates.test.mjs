// Hugo reads `published` as an alias of publishDate, and its page date falls back on publishdate, pubdate,
// published, lastmod, modified (gohugo.io configuration/front-matter, "Dates"; a site's [frontmatter] date
// list replaces that, `:default` standing for it). A date there is no wrong type and gives the page its date;
// `published: true` gives no date, and text that is neither a date nor a boolean is still wrong.
// Fixture: fixtures/front-matter/hugo-published. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

function copy(changes = {}) {
  const root = tempFolder('postlint-hugo-published-');
  cpSync(join(fixtures, 'front-matter', 'hugo-published'), root, {recursive: true});
  for (const [path, text] of Object.entries(changes)) writeFileSync(join(root, path), text);
  return root;
}

const run = (root) => findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json, root).sort();

test('hugo: `published: <date>` is the page\'s publish date and date; `published: true` dates nothing; `published: next week` is still the wrong type', () => {
  assert.deepEqual(run(copy()), ['content/blog/release.md:1:1 front-matter', 'content/blog/talk.md:1:1 front-matter', 'content/blog/talk.md:3:1 front-matter']);
});

test('hugo: a site whose [frontmatter] date list leaves out `published` (date = ["date"]) asks for a date on that page again', () => {
  const root = copy({'hugo.toml': 'baseURL = "https://blog.example.org/"\ntitle = "Blog"\n[frontmatter]\ndate = ["date"]\n'});
  assert.deepEqual(run(root), ['content/blog/award.md:1:1 front-matter', 'content/blog/release.md:1:1 front-matter', 'content/blog/talk.md:1:1 front-matter', 'content/blog/talk.md:3:1 front-matter']);
});
