// Files the site never builds are left out; without --verbose that is said once per run, only when
// most of what was given is left out (ten files or more, more than half, the plan stage's and the
// never-built stage's counts together): one stderr line with the counts, the site as postlint reads
// it, the first file's reason and how to see them; a library caller hears it only when it passed a
// `log`. --verbose lists them (twenty, then how many more).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {postlint, repoRoot, tempSite} from './helpers.mjs';

const args = ['--offline', '--no-config', '--no-cache', '.'];

/** A Jekyll site told by its folders (no _config.yml): `pages` files in `_notes/`, which Jekyll never reads, and `shown` pages. */
function jekyllSite(notes, shown) {
  const files = {'_layouts/default.html': '{{ content }}\n', '_posts/2020-01-01-hello.md': '---\nlayout: default\n---\n# Hello\n\nText.\n'};
  for (let n = 0; n < notes; n++) files[`_notes/note-${n}.md`] = `# Note ${n}\n\nText.\n`;
  for (let n = 0; n < shown; n++) files[`page-${n}.md`] = `---\nlayout: default\n---\n# Page ${n}\n\nText.\n`;
  return tempSite(files);
}

test('left out: most of the files (12 of 13) said without --verbose, with the site as read and the first reason', () => {
  const {stderr} = postlint(args, {cwd: jekyllSite(12, 0)});
  assert.match(stderr, /^postlint: 12 of 13 files left out, unchecked: read as site \. \(jekyll, no config file; told by _posts\/, _layouts\/\), which never builds them \(_notes\/note-0\.md: Jekyll does not read folders whose name starts with "_" \(_notes\)\); --verbose lists them$/m);
});

test('left out: a few files (9 of 10), or fewer than half (12 of 31), are said only under --verbose, which lists each', () => {
  for (const [notes, shown] of [[9, 0], [12, 18]]) {
    const root = jekyllSite(notes, shown);
    assert.doesNotMatch(postlint(args, {cwd: root}).stderr, /left out/);
    const verbose = postlint(['--verbose', ...args], {cwd: root}).stderr;
    assert.match(verbose, new RegExp(`postlint: ${notes} files left out: the site never builds them \\(_notes/note-0\\.md: `));
    assert.match(verbose, /postlint: {3}_notes\/note-8\.md: Jekyll does not read folders/);
  }
});

test('left out: the plan stage\'s and the never-built stage\'s counts are added before the "more than half" test (6 + 6 of 14)', () => {
  const files = {'jekyll/_layouts/default.html': '{{ content }}\n', 'jekyll/_posts/2020-01-01-hello.md': '---\nlayout: default\n---\n# Hello\n\nText.\n'};
  for (let n = 0; n < 6; n++) files[`jekyll/_notes/note-${n}.md`] = `# Note ${n}\n\nText.\n`;
  files['mkdocs/mkdocs.yml'] = 'site_name: Docs\n';
  files['mkdocs/docs/index.md'] = '# Docs\n\nText.\n';
  for (let n = 0; n < 6; n++) files[`mkdocs/design/idea-${n}.md`] = `# Idea ${n}\n\nText.\n`;
  const {stderr} = postlint(args, {cwd: tempSite(files)});
  assert.match(stderr, /^postlint: 12 of 14 files left out, unchecked: read as site jekyll \(jekyll, no config file; told by _posts\/, _layouts\/\), which never builds them \(jekyll\/_notes\/note-0\.md: /m);
  assert.equal(stderr.match(/left out/g)?.length, 1);
});

test('left out: --verbose lists twenty files, then how many more', () => {
  const verbose = postlint(['--verbose', ...args], {cwd: jekyllSite(25, 0)}).stderr;
  assert.match(verbose, /postlint: 25 files left out: the site never builds them \(_notes\/note-0\.md: /);
  assert.equal(verbose.match(/^postlint: {3}_notes\//gm)?.length, 19);
  assert.match(verbose, /^postlint: {3}…and 5 more$/m);
});

test('left out: the library\'s run() says nothing on stderr unless the caller passed a log, which then hears the line', () => {
  const root = jekyllSite(12, 0);
  const api = pathToFileURL(join(repoRoot, 'dist/src/index.js')).href;
  const script = (withLog) => `const {run} = await import(${JSON.stringify(api)}); const lines = []; await run({cwd: ${JSON.stringify(root)}, paths: ['.'], noConfig: true, offline: true, useCache: false${withLog ? ', log: (line) => lines.push(line)' : ''}}); console.log(JSON.stringify(lines));`;
  const bare = spawnSync(process.execPath, ['--input-type=module', '-e', script(false)], {encoding: 'utf8'});
  assert.equal(bare.stderr, '');
  const logged = spawnSync(process.execPath, ['--input-type=module', '-e', script(true)], {encoding: 'utf8'});
  assert.equal(logged.stderr, '');
  assert.match(JSON.parse(logged.stdout).join('\n'), /^postlint: 12 of 13 files left out, unchecked: /m);
});
