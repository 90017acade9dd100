// The generators added as one module each (mdBook, Eleventy, Starlight, Zola): each fixture site
// under fixtures/generators/<name>/ holds true defects, which must be reported at their exact
// place, and traps the generator builds fine, which must not be.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, postlintJson} from './helpers.mjs';

/** "path:line:column rule" for every message of a run over one fixture site, paths relative to it. */
function run(name, args = []) {
  const cwd = join(fixtures, 'generators', name);
  const {json, stderr} = postlintJson(['--no-config', '--offline', ...args, '.'], {cwd});
  const rows = json.flatMap((file) => file.messages.map((m) => `${file.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId}`));
  return {rows: rows.sort(), json, stderr};
}

test('mdbook: SUMMARY.md chapters, .html links to .md chapters, includes, terms and {#id} ids', () => {
  assert.deepEqual(run('mdbook').rows, [
    // A fragment the chapter does not have (it has #from-source).
    'src/README.md:6:5 no-broken-anchors',
    // A chapter file that does not exist.
    'src/README.md:7:1 no-missing-files',
    // `## Heading {#custom}` has the id `custom` only.
    'src/guide/config.md:12:38 no-broken-anchors',
  ]);
});

test('mdbook: --verbose names the mdBook flavor from book.toml', () => {
  const {stderr} = run('mdbook', ['--verbose']);
  assert.match(stderr, /slug flavor "mdbook" for \. from book\.toml/);
});
