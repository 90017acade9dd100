// Eleventy's `setLibrary('md', markdown)` with the library imported by name from a module of the
// site, whose markdown-it-anchor `slugify` option names a function of another module (reached
// through a barrel's `export *`): the function's one call, npm `slugify` with literal options, gives
// the heading ids (markdown-it-anchor 8/9: `opts.slugify(title)`, repeats `-1`, `-2`, …). A chain
// postlint cannot read leaves the fragments unverifiable. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, tempFolder} from './helpers.mjs';

const fixture = join(fixtures, 'generators', 'eleventy-library-named-import');

/** The fixture copied to a temporary folder, `edit` applied to it; the no-broken-anchors findings of a run there. */
function anchors(edit = () => {}) {
  // The site is a folder of its own, so that a module beside it is outside it.
  const folder = tempFolder('postlint-eleventy-library-');
  const root = join(folder, 'site');
  cpSync(fixture, root, {recursive: true});
  edit(root);
  try {
    return siteFindings(root, ['--no-cache']).filter((row) => row.endsWith('no-broken-anchors'));
  } finally {
    rmSync(folder, {recursive: true, force: true});
  }
}

/** The four links that name no id: `(` `)`, `.` kept (the package's own `remove` set, not the site's), GitHub's `&`, a third repeat. */
// (Sorted as text, as siteFindings sorts them.)
const broken = ['posts/guide.md:27:104 no-broken-anchors', 'posts/guide.md:27:49 no-broken-anchors', 'posts/guide.md:27:81 no-broken-anchors', 'posts/guide.md:27:9 no-broken-anchors'];

const edited = (root, file, change) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

test('eleventy: a library imported by name, its anchor slugify a function of a module re-exported by a barrel: its ids', () => {
  // The good links (line 25) are quiet; each broken one is reported where it is written.
  assert.deepEqual(anchors(), broken);
});

test('eleventy: the same chain in JavaScript, with an aliased import, a function declaration and `export {…} from`', () => {
  assert.deepEqual(anchors((root) => {
    renameSync(join(root, 'eleventy.config.ts'), join(root, 'eleventy.config.js'));
    edited(root, 'eleventy.config.js', (text) => text.replace("import {markdown} from './lib/plugins/markdown.ts';", "import {markdown as parser} from './lib/plugins/markdown.js';").replace("setLibrary('md', markdown)", "setLibrary('md', parser)"));
    renameSync(join(root, 'lib/plugins/markdown.ts'), join(root, 'lib/plugins/markdown.js'));
    edited(root, 'lib/plugins/markdown.js', (text) => text.replace(': markdownIt', '').replace('(text: string)', '(text)'));
    writeFileSync(join(root, 'lib/utils/index.ts'), "export {year} from './dates.ts';\nexport {headingSlug as toSlug} from './text.ts';\n");
    writeFileSync(join(root, 'lib/utils/text.ts'), "import slugify from 'slugify';\n\nfunction headingSlug(text) {\n  return slugify(text, {replacement: '-', remove: /[#,&+()$~%.'\":*?<>{}]/g, lower: true});\n}\n\nexport {headingSlug};\n");
  }), broken);
});

test('eleventy: a slugify function that computes before its call, or a library outside the site, leaves the fragments unverifiable', () => {
  // What it returns depends on code postlint does not run: no id is known, no link reported.
  assert.deepEqual(anchors((root) => edited(root, 'lib/utils/text.ts', (text) => text.replace('  return slugify(text, {', '  const words = text.replace(/v/g, "");\n  return slugify(words, {'))), []);
  // A function of another package's code (here: a module above the site folder) is not read.
  assert.deepEqual(anchors((root) => {
    edited(root, 'eleventy.config.ts', (text) => text.replace("'./lib/plugins/markdown.ts'", "'../markdown.ts'"));
    cpSync(join(root, 'lib/plugins/markdown.ts'), join(root, '..', 'markdown.ts'));
  }), []);
});

test('eleventy with markdown-it-attrs: a paragraph a paired shortcode opens and closes is Liquid\'s, not an attribute block; an attribute-only paragraph still is', () => {
  const config = [
    "import markdownIt from 'markdown-it';",
    "import markdownItAttrs from 'markdown-it-attrs';",
    "export default (config) => { config.setLibrary('md', markdownIt({html: true}).use(markdownItAttrs)); };",
    '',
  ].join('\n');
  const page = [
    '---',
    'title: Demo',
    '---',
    '',
    '## Definition',
    '',
    '{% definition "Term" %}',
    'Definition of the term goes here.',
    '{% enddefinition %}',
    '',
    '## Marked', // 11: only an attribute block, which markdown-it-attrs takes for the block above: empty.
    '',
    '{ .note }',
    '',
    '## End',
    '',
    'Text.',
    '',
  ].join('\n');
  const folder = tempFolder('postlint-eleventy-attrs-');
  for (const [path, text] of Object.entries({'eleventy.config.js': config, 'demo.md': page})) writeFileSync(join(folder, path), text);
  assert.deepEqual(siteFindings(folder, ['--no-cache']).filter((row) => row.endsWith('no-empty-sections')), ['demo.md:11:1 no-empty-sections']);
});
