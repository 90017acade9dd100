// A Markdown file Jekyll's `exclude:` list keeps out of the build (Jekyll's EntryFilter) is never built:
// like a file outside the folders a generator builds from (src/site/never-built.ts) it is parsed but
// not reported on, unless a forge shows it by itself (a README stays checked as a repository document).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, findings, postlintJson} from './helpers.mjs';

const root = join(fixtures, 'jekyll-exclude-never-built');

test('an excluded changelog and an excluded folder are left out; an excluded README and the pages are checked', () => {
  const {json, stderr} = postlintJson(['--offline', '--no-config', '--verbose', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), ['README.md:3:1 no-placeholders', 'index.md:5:26 no-placeholders']);
  assert.match(stderr, /HISTORY\.md[^\n]*exclude list leaves it out \("HISTORY\.md"\)/);
});
