// Two sources of a Jekyll site that write one output file: Site#write walks the pages, then the static files,
// then the collections' documents (Site#each_site_file), and a static file replaces what is at its destination.
// A page whose output path is a static file's (`report.md` rendered to report.html beside an exported
// report.html without front matter, or a page whose permalink names such a file) never reaches the reader: it is
// left out like a file the site never builds, and said so. Where the two write different places (`permalink:
// pretty` serves report.md at /report/) the page is checked; two pages at one place (the order of site.pages is
// not known for sure) are left as they were.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, findings, postlintJson} from './helpers.mjs';

const root = join(fixtures, 'jekyll-output-collisions');

test('a page a static file overwrites is left out; a page sharing its place with another page is still checked', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: join(root, 'flat')});
  assert.deepEqual(findings(json, join(root, 'flat')).sort(), ['page-pair.md:6:1 no-missing-files']);
});

test('the reason is said: the static file written to the page\'s output path after it', () => {
  const {stderr} = postlintJson(['--offline', '--no-config', '--verbose', '.'], {cwd: join(root, 'flat')});
  assert.match(stderr, /report\.md: Jekyll writes it to report\.html, where the static file report\.html \(no front matter\) is copied after the pages/);
  assert.match(stderr, /moved\.md: Jekyll writes it to legacy\.html, where the static file legacy\.html/);
});

test('pretty permalinks write the page to report/index.html: no collision, its broken image reported', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: join(root, 'pretty')});
  assert.deepEqual(findings(json, join(root, 'pretty')).sort(), ['report.md:6:1 no-missing-files']);
});

// Page#destination unescapes the URL with Addressable (a stray `%` stays as written) and a file name's `#` is part of
// the path: `90%-germination.md` is written to `90%-germination.html` (no crash), `c#.md` to `c#.html`, not over c.html.
test('a page whose name holds `%` or `#` is written under that name: checked, not taken for another file', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: join(root, 'escapes')});
  assert.deepEqual(findings(json, join(root, 'escapes')).sort(), ['90%-germination.md:7:1 no-missing-files', 'c#.md:7:1 no-missing-files']);
});
