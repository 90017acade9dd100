// mdBook behaviours the round-14 tune set showed postlint lacked: SUMMARY.md read as mdbook-summary
// reads it (reference links), Markdown files of a project kept inside src/, and custom
// preprocessors read as directive helpers. Each on a small book of our own, asserted by exact rule
// id, line and column, found and not found.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {postlint, tempSite, siteFindings as run, siteUnverifiable} from './helpers.mjs';

const {summaryDestinations} = await import('../dist/src/site/generators/mdbook-summary.js');

// ---- SUMMARY.md: pulldown-cmark's links, walked as prefix, numbered and suffix chapters ----

test('mdbook SUMMARY: reference links (full, collapsed, shortcut) name chapters; a reference with no definition, a draft and an image do not', () => {
  const summary = [
    '<!-- [Commented](commented.md) -->',
    '# Summary',
    '',
    '[Welcome][welcome] ![Logo](logo.md)',
    '',
    '- [Guide][]',
    '  - [Setup]',
    '  - [Later]()',
    '- [Lost][nowhere]',
    '',
    '---',
    '',
    '[Faq](<faq page.md>)',
    '',
    '[welcome]: ./welcome.md',
    '[guide]: guide/README.md',
    '[setup]: guide/setup.md "Setup"',
    '[WELCOME]: ./other.md',
    '',
  ].join('\n');
  // The first definition of a label wins (`[WELCOME]` matches `[welcome]` case-insensitively).
  assert.deepEqual(summaryDestinations(summary), ['./welcome.md', 'guide/README.md', 'guide/setup.md', 'faq page.md']);
});

test('mdbook SUMMARY: a list item is one chapter (its first link); a paragraph opening a part and a non-list block among the numbered chapters name none; links after them are suffix chapters', () => {
  const summary = [
    '# Summary',
    '',
    '- [One](one.md) and [not two](two.md)',
    '',
    '# Part',
    '',
    'About the part: [not three](three.md)',
    '',
    '- [Four](four.md)',
    '',
    '## Aside [not five](five.md)',
    '',
    '[Six](six.md)',
    '',
    '> [Seven](seven.md)',
    '',
  ].join('\n');
  assert.deepEqual(summaryDestinations(summary), ['one.md', 'four.md', 'six.md', 'seven.md']);
  // Before the first list or part title every link is a prefix chapter, headings below level 1 included.
  // mdBook's parse_nested_item takes an item only when it starts with its link (else the build fails): no chapter.
  assert.deepEqual(summaryDestinations('- See [x](x.md)\n- **[y](y.md)**\n- [z](z.md) and more\n  - [w][]\n\n[w]: w.md\n'), ['z.md', 'w.md']);
  assert.deepEqual(summaryDestinations('## Intro [Preface](preface.md)\n\n[Foreword](foreword.md) and [Thanks](thanks.md)\n\n- [A](a.md)\n'), ['preface.md', 'foreword.md', 'thanks.md', 'a.md']);
});

test('mdbook SUMMARY: a chapter listed by a reference link is built (no draft, no unpublished link); a second link in an item is not', () => {
  const root = tempSite({
    'book.toml': '[book]\ntitle = "Demo"\n',
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Plugins][plugins] and [Extras](extras.md)\n\n[plugins]: ./plugins.md\n',
    'src/intro.md': '# Intro\n\nSee [the plugins](plugins.md) and [the extras](extras.md).\n',
    'src/plugins.md': '# Plugins\n\nText.\n',
    'src/extras.md': '# Extras\n\nText.\n',
  });
  // mdBook ignores the item's second link, so SUMMARY.md names a file it never builds.
  assert.deepEqual(run(root), ['src/SUMMARY.md:4:26 no-unpublished-links', 'src/extras.md:1:1 no-drafts', 'src/intro.md:3:35 no-unpublished-links']);
});

// ---- A project kept inside src/: its Markdown files are no chapters in waiting ----

test('mdbook: a README of a project in src/ (its own go.mod) is no draft but is checked; its other notes are not checked; a link to either still finds no page', () => {
  const root = tempSite({
    'book.toml': '[book]\ntitle = "Demo"\n',
    'src/SUMMARY.md': '# Summary\n\n- [Tutorial](tutorial/index.md)\n',
    'src/tutorial/index.md': '# Tutorial\n\nThe [sample](sample/README.md) and [its notes](sample/NOTES.md) are the code of this tutorial.\n',
    'src/tutorial/sample/go.mod': 'module example.com/sample\n\ngo 1.22\n',
    'src/tutorial/sample/README.md': '# Sample\n\nTeh sample project.\n',
    'src/tutorial/sample/NOTES.md': '# Notes\n\nTeh sample project.\n',
    'src/tutorial/sample/docs/usage.md': '# Usage\n\nRun it.\n',
    // Not in a project, but nothing links to it: a file left behind, no draft (fix19f).
    'src/tutorial/later.md': '# Later\n\nSoon.\n',
  });
  assert.deepEqual(run(root), [
    'src/tutorial/index.md:3:36 no-unpublished-links',
    'src/tutorial/index.md:3:5 no-unpublished-links',
    'src/tutorial/sample/README.md:3:1 spelling',
  ]);
  const {stderr} = postlint(['--offline', '--no-config', '--verbose', '.'], {cwd: root});
  assert.match(stderr, /2 files left out: the site never builds them \(src\/tutorial\/sample\/NOTES\.md: it belongs to the project in tutorial\/sample\/ \(its go\.mod\), which the book keeps as files; mdBook never renders it\)/);
});

test('mdbook: a project folder that holds a chapter is the book\'s: an unlisted file there is a draft', () => {
  const root = tempSite({
    'book.toml': '[book]\ntitle = "Demo"\n',
    'src/SUMMARY.md': '# Summary\n\n- [App](app/guide.md)\n',
    'src/app/package.json': '{"name": "app"}\n',
    // The chapter links to it: a chapter in waiting.
    'src/app/guide.md': '# Guide\n\nSee [the extra](extra.md).\n',
    'src/app/extra.md': '# Extra\n\nText.\n',
  });
  assert.deepEqual(run(root), ['src/app/extra.md:1:1 no-drafts', 'src/app/guide.md:3:5 no-unpublished-links']);
});

// ---- Custom preprocessors read as {{#name …}} helpers: a page without their directive keeps its ids ----

function helperBook(config, pages = {}) {
  return tempSite({
    'book.toml': `[book]\ntitle = "Demo"\n${config}`,
    'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n- [Code](code.md)\n- [Plain](plain.md)\n',
    'src/intro.md': '# Intro\n\nSee [code](code.md#generated-part) and [plain](plain.md#renamed-part).\n',
    'src/code.md': '# Code\n\n{{#litdoc ./sample/main.go}}\n',
    'src/plain.md': '# Plain\n\n## Old part\n\nText.\n',
    ...pages,
  });
}

test('mdbook preprocessors: a book\'s own preprocessor whose directive the book writes changes only the pages holding one', () => {
  const root = helperBook('\n[preprocessor.litdoc]\ncommand = "./litdoc.sh"\n');
  assert.deepEqual(run(root), ['src/intro.md:3:40 no-broken-anchors']);
  assert.ok(siteUnverifiable(root).some((entry) => entry.startsWith('3:5 code.md#generated-part') && entry.includes('the target holds {{#litdoc …}} (line 3), which the book\'s preprocessor litdoc (`./litdoc.sh`) replaces with what it writes')));
  // An installed tool answers to its own name too (`mdbook-litdoc` run for a table named otherwise).
  assert.deepEqual(run(helperBook('\n[preprocessor.docs]\ncommand = "mdbook-litdoc"\n')), ['src/intro.md:3:40 no-broken-anchors']);
  // A directive no preprocessor of the book is named by may be any rewriting one's: that page's ids are unknown.
  const other = helperBook('\n[preprocessor.litdoc]\ncommand = "./litdoc.sh"\n', {'src/plain.md': '# Plain\n\n## Old part\n\n{{#snippet main}}\n'});
  assert.deepEqual(run(other), []);
  // An escaped directive is text.
  assert.deepEqual(run(helperBook('\n[preprocessor.litdoc]\ncommand = "./litdoc.sh"\n', {'src/plain.md': '# Plain\n\n## Old part\n\n\\{{#snippet main}}\n'})), ['src/intro.md:3:40 no-broken-anchors']);
});

test('mdbook preprocessors: a link to a chapter no file has stays withheld under a directive helper (a preprocessor may add chapters)', () => {
  const root = helperBook('\n[preprocessor.litdoc]\ncommand = "./litdoc.sh"\n', {'src/plain.md': '# Plain\n\n## Renamed part\n\nSee [the next part](next.md).\n'});
  assert.deepEqual(run(root), []);
  assert.ok(siteUnverifiable(root).some((entry) => entry.startsWith('5:5 next.md: ') && entry.includes('litdoc (`./litdoc.sh`: the book\'s own code, which postlint does not read) gets every chapter')));
});

test('mdbook preprocessors: a preprocessor the book writes no directive of may change any page: every fragment no heading has, and links to missing chapters, are withheld', () => {
  const root = helperBook('\n[preprocessor.litdoc]\ncommand = "./litdoc.sh"\n\n[preprocessor.spec]\ncommand = "./spec.sh"\n', {'src/plain.md': '# Plain\n\n## Old part\n\nSee [the next part](next.md).\n'});
  assert.deepEqual(run(root), []);
  assert.ok(siteUnverifiable(root).some((entry) => entry.startsWith('5:5 next.md: ') && entry.includes('spec (`./spec.sh`: the book\'s own code, which postlint does not read) gets every chapter')));
  const {stderr} = postlint(['--offline', '--no-config', '.'], {cwd: root});
  assert.match(stderr, /2 links to an id no page has left unreported: every page goes through the book's preprocessor spec \(`\.\/spec\.sh`: the book's own code, which postlint does not read\), which may add ids/);
});
