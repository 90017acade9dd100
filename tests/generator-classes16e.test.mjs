// mdBook reads kept for a run (SUMMARY.md's chapters, the directives a book writes, the projects in
// src/) are read again once a file changed (the language server's index) or sites are detected
// again; and a manifest alone makes no project of a folder the book never points into.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tempSite, siteFindings as run} from './helpers.mjs';

const {siteFor, forgetSites} = await import('../dist/src/site/detect.js');
const {summaryChapters} = await import('../dist/src/site/generators/mdbook.js');
const {preprocessorIds} = await import('../dist/src/site/generators/mdbook-preprocessors.js');

test('mdbook: a directive written and a chapter listed after the first read count once sites are read again (no stale module cache)', async () => {
  const root = tempSite({
    'book.toml': '[book]\ntitle = "T"\n\n[preprocessor.foo]\ncommand = "mdbook-foo"\n',
    'src/SUMMARY.md': '# Summary\n\n- [A](a.md)\n',
    'src/a.md': '# A\n\nText.\n',
    'src/b.md': '# B\n\nText.\n',
  });
  const src = join(root, 'src');
  const site = await siteFor(root);
  assert.match(preprocessorIds(site, src), /mdbook-foo|foo/);
  assert.deepEqual([...summaryChapters(site)], [join(src, 'a.md')]);
  writeFileSync(join(src, 'b.md'), '# B\n\n{{#foo b}}\n');
  writeFileSync(join(src, 'SUMMARY.md'), '# Summary\n\n- [A](a.md)\n- [B](b.md)\n');
  forgetSites();
  const again = await siteFor(root);
  // foo's directive is written now: it is read as a helper, and the book's ids are known again.
  assert.equal(preprocessorIds(again, src), undefined);
  assert.deepEqual([...summaryChapters(again)], [join(src, 'a.md'), join(src, 'b.md')]);
});

test('mdbook: a manifest alone makes no project: an unlisted file in a folder the book never points into is checked; one the book includes from is a project', () => {
  const root = tempSite({
    'book.toml': '[book]\ntitle = "Demo"\n',
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n',
    'src/intro.md': '# Intro\n\n```go\n{{#include sample/main.go}}\n```\n',
    // Pointed into by the include: its notes are the project's, not chapters in waiting.
    'src/sample/go.mod': 'module example.com/sample\n\ngo 1.22\n',
    'src/sample/main.go': 'package main\n',
    'src/sample/NOTES.md': '# Notes\n\nTeh notes.\n',
    // Nothing points into advanced/: a section in waiting, whatever its manifest.
    'src/advanced/package.json': '{"name": "advanced"}\n',
    'src/advanced/intro.md': '# Advanced\n\nTeh advanced part.\n',
  });
  // Checked (its typo reported); no draft, since no chapter links to it (fix19f).
  assert.deepEqual(run(root), ['src/advanced/intro.md:3:1 spelling']);
});

test('mdbook in the language server: a directive written on disk after the start counts at once (the book\'s reads are forgotten when a file changes)', async () => {
  const {IncrementalRun} = await import('../dist/src/incremental.js');
  const root = tempSite({
    'book.toml': '[book]\ntitle = "T"\n\n[preprocessor.foo]\ncommand = "mdbook-foo"\n',
    'src/SUMMARY.md': '# Summary\n\n- [A](a.md)\n- [C](c.md)\n',
    'src/a.md': '# A\n\nSee [c](c.md#nowhere).\n',
    'src/c.md': '# C\n\nText.\n',
  });
  const a = join(root, 'src/a.md');
  const rows = (files) => files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId}`));
  const {run, result} = await IncrementalRun.start({cwd: root, roots: [root], documents: [{path: a, text: '# A\n\nSee [c](c.md#nowhere).\n'}], log: () => {}});
  // foo writes no directive in the book: it may add ids to any chapter, so the fragment is unverifiable.
  assert.deepEqual(rows(result.files), []);
  // Now the book writes foo's directive (in a file of its own): foo is a helper, c.md's ids are known.
  writeFileSync(join(root, 'src/d.md'), '# D\n\n{{#foo x}}\n');
  await run.disk(join(root, 'src/d.md'), 'created');
  assert.deepEqual(rows(await run.lint([a])), ['src/a.md:3:5 no-broken-anchors']);
});
