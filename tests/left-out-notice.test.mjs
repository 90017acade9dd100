// Files the site never builds are left out; without --verbose that is said only when most of what
// was given is left out (ten files or more, more than half): one stderr line with the counts, the
// site as postlint reads it, the first file's reason and how to see them. --verbose lists them all.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {postlint, tempSite} from './helpers.mjs';

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
