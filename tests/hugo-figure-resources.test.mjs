// Hugo's embedded `figure` shortcode (gohugoio/hugo#12246, v0.124.0) looks `src` up as a page resource, then with
// resources.Get: the assets folder and every mount into it, a `static` folder mounted into `assets` included
// (src/site/generators/hugo-figure-resources.ts). A site's own figure template, or an older pinned Hugo, writes
// `src` as it is: read from the page. Fixture: fixtures/generators/hugo-figure-global-resources. Exact rule, line, column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, tempFolder} from './helpers.mjs';

const name = 'hugo-figure-global-resources';
const missing = (rows) => rows.filter((row) => row.endsWith('no-missing-files'));

function copyOf() {
  const copy = tempFolder(`postlint-${name}-`);
  cpSync(join(fixtures, 'generators', name), copy, {recursive: true});
  return copy;
}

test('hugo: the embedded figure finds src in assets and in static mounted into assets; a file in neither is reported', () => {
  assert.deepEqual(missing(siteFindings(join(fixtures, 'generators', name))), ['content/guide/descaling.md:9:1 no-missing-files']);
});

test('hugo: a site figure template writing src as it is, or a Hugo pinned before 0.124, reads src from the page', () => {
  const all = ['content/guide/descaling.md:5:1 no-missing-files', 'content/guide/descaling.md:7:1 no-missing-files', 'content/guide/descaling.md:9:1 no-missing-files'];
  const own = copyOf();
  mkdirSync(join(own, 'layouts/shortcodes'), {recursive: true});
  writeFileSync(join(own, 'layouts/shortcodes/figure.html'), '<figure><img src="{{ .Get "src" }}"></figure>\n');
  assert.deepEqual(missing(siteFindings(own)).sort(), all);
  const old = copyOf();
  writeFileSync(join(old, 'hugo.toml'), `${readFileSync(join(old, 'hugo.toml'), 'utf8')}\n[module.hugoVersion]\nmax = "0.123.0"\n`);
  assert.deepEqual(missing(siteFindings(old)).sort(), all);
});
