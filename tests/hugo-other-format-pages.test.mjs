// Hugo builds content files in its other formats (HTML with front matter, AsciiDoc, …) as pages: at their path, suffix
// dropped and lower-cased, found by `ref` without regard to case (gohugoio/hugo media/config.go DefaultContentTypes).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, siteFindings, siteUnverifiable} from './helpers.mjs';

const site = join(fixtures, 'generators', 'hugo-html-content-pages');

test('Hugo: an HTML content page (`Reference/kite_api.html`) is reached by a relative link to its URL and a `ref` in other letter case, an AsciiDoc page by its URL; a misspelt URL and a ref to no page are still reported', () => {
  assert.deepEqual(siteFindings(site), [
    'content/docs/guides/build.md:16:5 no-missing-files',
    'content/docs/guides/build.md:16:58 no-missing-files',
  ]);
});

test('Hugo: a fragment into an HTML content page is found among its id attributes; one it does not have is unverifiable (its shortcodes may write ids), not missing', () => {
  assert.deepEqual(siteUnverifiable(site).map((entry) => entry.replace(/: .*/s, '')), ['12:12 /docs/reference/kite_api#kites.example/v1.Tail']);
  assert.match(siteUnverifiable(site)[0], /written in HTML, which postlint does not read as a page.*did you mean "#kites\.example\/v1\.Sail"/);
});
