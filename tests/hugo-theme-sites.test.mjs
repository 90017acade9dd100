// A site kept inside a theme of another Hugo site (`themes/<theme>/` with a config of its own, its user guide, its
// example site) is not that site's: Hugo takes the theme's layouts and only its content/ as pages. The theme's
// content/ stays checked; run on the theme alone, its guide and documents are checked. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const site = join(fixtures, 'generators', 'hugo-theme-sites');

function rows(root, target = '.') {
  return findings(postlintJson(['--offline', '--no-config', '--no-cache', '--rule', 'spelling:off', target], {cwd: root}).json, root).sort();
}

test('hugo: a theme\'s own documents and the site in its guide folder are left out of the site around it; the theme\'s content/ is the site\'s', () => {
  assert.deepEqual(rows(site), ['content/welcome.md:5:1 no-placeholders', 'themes/notes-kit/content/notes/shared.md:5:1 no-placeholders']);
});

test('hugo: the same theme checked on its own (no site around it) checks its guide and its changelog', () => {
  const copy = tempFolder('postlint-hugo-theme-');
  cpSync(join(site, 'themes'), join(copy, 'themes'), {recursive: true});
  // No configured site holds the themes folder: nothing is another site's theme.
  // (A theme without content/ is read as a site whose every Markdown file is a page: its changelog is checked.)
  assert.deepEqual(rows(copy), ['themes/notes-kit/content/notes/shared.md:5:1 no-placeholders', 'themes/plainly/CHANGELOG.md:5:1 no-placeholders', 'themes/plainly/guide/content/start.md:5:1 no-placeholders']);
  rmSync(copy, {recursive: true, force: true});
});
