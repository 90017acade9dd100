// A page that is a symbolic link: MkDocs walks docs_dir following links (mkdocs/structure/files.py,
// get_files: os.walk(followlinks=True)) and serves a linked page at its place below docs_dir, its
// relative links resolved from there. Git stores links, but the fixtures make theirs at test time.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, symlinkSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {tempSite, siteFindings as run} from './helpers.mjs';

const rulePage = ['# Rule A', '', 'Fix it with [the fixer](../autofix.md) option.', '', '![Diagram](../missing.png)', ''].join('\n');

function link(root, path, target) {
  mkdirSync(dirname(join(root, path)), {recursive: true});
  symlinkSync(target, join(root, path));
}

test('mkdocs: a file served only through a symlinked page is checked once, as that page, with links from the link\'s place', () => {
  const root = tempSite({
    'mkdocs.yml': 'site_name: Demo\n',
    'docs/index.md': '# Home\n\nSee [rule A](rules/a.md).\n',
    'docs/autofix.md': '# Autofix\n\nHow fixes work.\n',
    'src/rules/a.md': rulePage,
  });
  link(root, 'docs/rules/a.md', '../../src/rules/a.md');
  // ../autofix.md is docs/autofix.md from docs/rules/: found; ../missing.png is nowhere: reported, at the page's path
  assert.deepEqual(run(root), ['docs/rules/a.md:5:1 no-missing-files']);
});

test('mkdocs: a real file that is a page too is served twice, each place resolving its own links', () => {
  const root = tempSite({
    'mkdocs.yml': 'site_name: Demo\n',
    'docs/index.md': '# Home\n\nWelcome.\n',
    'docs/guide/b.md': '# B\n\nNext: [other](other.md).\n',
    'docs/guide/other.md': '# Other\n\nMore.\n',
  });
  link(root, 'docs/rules/b.md', '../guide/b.md');
  // other.md is beside docs/guide/b.md, not beside docs/rules/b.md
  assert.deepEqual(run(root), ['docs/rules/b.md:3:7 no-missing-files']);
});

test('no site generator: a linked file and its target are each checked from their own folder', () => {
  const root = tempSite({
    'docs/autofix.md': '# Autofix\n\nHow fixes work.\n',
    'src/rules/a.md': rulePage,
  });
  link(root, 'docs/rules/a.md', '../../src/rules/a.md');
  assert.deepEqual(run(root), ['docs/rules/a.md:5:1 no-missing-files', 'src/rules/a.md:3:13 no-missing-files', 'src/rules/a.md:5:1 no-missing-files']);
});
