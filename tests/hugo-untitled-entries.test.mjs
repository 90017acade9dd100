// Hugo entries untitled by design: `title: ''` (or `title:` with no value) is no title to Hugo, as
// a page without the key (`.Title` is "" both ways). Whether that is a defect is the layout's to
// say: the template Hugo picks for the page (type or section, `layout`, `_default`, the site's
// folders before the theme's) and the partials it renders for that page. A theme that renders
// every section with one `_default/single.html` branches on `.Section`: the branch a note takes
// writes no heading, and its `<title>` falls back (`if .Title … else`, `with $title`). A layout
// that writes `.Title` unguarded in the branch the page takes still reports it, at the same place.
// fixtures/hugo-untitled-entries: a small notebook site with a theme (themes/plainnotes) and a
// site layout of its own (layouts/essays). Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fixtures, findings, postlintJson} from './helpers.mjs';

const site = join(fixtures, 'hugo-untitled-entries');

function copy() {
  const root = mkdtempSync(join(tmpdir(), 'postlint-hugo-untitled-'));
  cpSync(site, root, {recursive: true});
  return root;
}

/** Every untitled entry of the fixture, where no layout says the title is not needed. */
const everyUntitled = [
  'content/essays/on-soil.md:3:1 front-matter',
  'content/journal/week-45.md:3:1 front-matter',
  'content/notes/first-frost.md:2:1 front-matter',
  'content/notes/untitled-key.md:3:1 front-matter',
  'content/posts/winter-garden.md:2:1 front-matter',
  'content/replies/to-a-friend.md:3:1 front-matter',
];

/** The fixture's untitled notes, as reported where their layout writes the title. */
const untitledNotes = everyUntitled.filter((row) => row.startsWith('content/notes/'));

function rows(root) {
  const {json} = postlintJson(['--offline', '--no-cache', '.'], {cwd: root});
  return findings(json, root).filter((row) => row.endsWith(' front-matter')).sort();
}

test('hugo: an entry left untitled where its layout shows no title (a note\'s branch, a guarded <title>) is not reported; one whose layout writes .Title is', () => {
  assert.deepEqual(rows(site), [
    // The site's essays layout writes `.Title | upper` in the branch essays take (`ne .Section "essays"` is false).
    'content/essays/on-soil.md:3:1 front-matter',
    // The journal layout writes `<h1>{{ .Title }}</h1>`.
    'content/journal/week-45.md:3:1 front-matter',
    // A post takes the `eq .Section "posts"` branch: article.html writes `<h1>{{ .Title }}</h1>`.
    'content/posts/winter-garden.md:2:1 front-matter',
  ]);
});

test('hugo: without the theme\'s templates (not in the checkout) every untitled entry is reported, as before', () => {
  const root = copy();
  rmSync(join(root, 'themes'), {recursive: true});
  assert.deepEqual(rows(root), everyUntitled);
});

test('hugo: a note partial that writes the title unguarded makes untitled notes a defect again', () => {
  const root = copy();
  writeFileSync(join(root, 'themes/plainnotes/layouts/partials/note.html'), '<article class="note">\n  <h2>{{ .Title }}</h2>\n  {{ .Content }}\n</article>\n');
  assert.deepEqual(rows(root), everyUntitled);
});

test('hugo: the title written through another name of the page (.Params.title, $page.Title, a dict context\'s .page.Title) is written: untitled entries reported', () => {
  const head = '<meta charset="utf-8">\n';
  const shapes = [
    ['<title>{{ .Params.title }}</title>\n'],
    ['{{ $page := . }}\n<title>{{ $page.Title | markdownify }}</title>\n'],
    ['{{ partial "seo-title.html" (dict "page" . "site" .Site) }}\n', '<title>{{ .page.Title }} | {{ .site.Title }}</title>\n'],
  ];
  for (const [written, partial] of shapes) {
    const root = copy();
    writeFileSync(join(root, 'themes/plainnotes/layouts/partials/head.html'), head + written);
    if (partial) writeFileSync(join(root, 'themes/plainnotes/layouts/partials/seo-title.html'), partial);
    assert.deepEqual(rows(root), everyUntitled, written);
  }
});

test('hugo: the same names behind a title guard (with $page.Title, with .page.Title) still leave untitled notes unreported', () => {
  const root = copy();
  writeFileSync(join(root, 'themes/plainnotes/layouts/partials/head.html'), '{{ $page := . }}\n<title>{{ with $page.Title }}{{ . }}{{ else }}{{ $page.Site.Title }}{{ end }}</title>\n{{ partial "seo-title.html" (dict "page" $page) }}\n');
  writeFileSync(join(root, 'themes/plainnotes/layouts/partials/seo-title.html'), '{{ if .page.Params.title }}<meta property="og:title" content="{{ .page.Params.title }}">{{ end }}\n');
  assert.deepEqual(rows(root), [
    'content/essays/on-soil.md:3:1 front-matter',
    'content/journal/week-45.md:3:1 front-matter',
    'content/posts/winter-garden.md:2:1 front-matter',
  ]);
});

test('hugo: a partial called many times is read once, so a title written after a long run of calls is found; a chain past the files read is not taken as titleless', () => {
  const notePartial = (calls) => `<article class="note">\n${calls}  {{ .Content }}\n</article>\n`;
  const layouts = (root) => join(root, 'themes/plainnotes/layouts/partials');
  // 250 calls of one icon partial, then one that writes the title: the notes show it.
  let root = copy();
  writeFileSync(join(layouts(root), 'icon.html'), '<svg></svg>\n');
  writeFileSync(join(layouts(root), 'note-title.html'), '<h2>{{ .Title }}</h2>\n');
  writeFileSync(join(layouts(root), 'note.html'), notePartial('  {{ partial "icon.html" . }}\n'.repeat(250) + '  {{ partial "note-title.html" . }}\n'));
  assert.deepEqual(rows(root), everyUntitled);
  // The same icons and a partial that calls itself, no title: read to the end, the notes are untitled by design.
  root = copy();
  writeFileSync(join(layouts(root), 'icon.html'), '{{ if .Parent }}{{ partial "icon.html" .Parent }}{{ end }}<svg></svg>\n');
  writeFileSync(join(layouts(root), 'note.html'), notePartial('  {{ partial "icon.html" . }}\n'.repeat(250)));
  assert.deepEqual(rows(root).filter((row) => row.startsWith('content/notes/')), []);
  // A chain of 250 partials, each calling the next: past the 200 files read, one may write the title.
  root = copy();
  for (let i = 0; i < 250; i++) writeFileSync(join(layouts(root), `chain-${i}.html`), i === 249 ? '<span></span>\n' : `{{ partial "chain-${i + 1}.html" . }}\n`);
  writeFileSync(join(layouts(root), 'note.html'), notePartial('  {{ partial "chain-0.html" . }}\n'));
  assert.deepEqual(rows(root), everyUntitled);
});

test('hugo: a fallback that is itself empty (default "" .Title, or .Title "") writes an empty title: reported; a real fallback is not', () => {
  for (const written of ['<title>{{ .Title | default "" }}</title>\n', '<title>{{ default "" .Title }}</title>\n', '<title>{{ or .Title "" }}</title>\n']) {
    const root = copy();
    writeFileSync(join(root, 'themes/plainnotes/layouts/partials/head.html'), written);
    assert.deepEqual(rows(root), everyUntitled, written);
  }
  const root = copy();
  writeFileSync(join(root, 'themes/plainnotes/layouts/partials/head.html'), '<title>{{ default "Untitled note" .Title }}</title>\n<meta property="og:title" content="{{ or .Title .Site.Title }}">\n');
  assert.deepEqual(rows(root).filter((row) => row.startsWith('content/notes/')), []);
});

test('hugo: a section\'s own page template (Hugo 0.146 layouts/<section>/page.html) is the one read: a notes/page.html writing .Title reports untitled notes', () => {
  const root = copy();
  mkdirSync(join(root, 'layouts/notes'), {recursive: true});
  writeFileSync(join(root, 'layouts/notes/page.html'), '<article>\n  <h2>{{ .Title }}</h2>\n  {{ .Content }}\n</article>\n');
  assert.deepEqual(rows(root).filter((row) => row.startsWith('content/notes/')), untitledNotes);
});

test('hugo: a title written in a branch decided by something other than the page\'s kind may run: still reported', () => {
  const root = copy();
  writeFileSync(join(root, 'themes/plainnotes/layouts/partials/note.html'), '<article class="note">\n  {{ if .Params.featured }}<h2>{{ .Title }}</h2>{{ end }}\n  {{ .Content }}\n</article>\n');
  assert.deepEqual(rows(root).filter((row) => row.startsWith('content/notes/')), untitledNotes);
});

test('hugo: a section folder written in capitals (content/Posts) is "posts" to Hugo 0.123+ and "Posts" before: a condition on it is undecided, the post still reported', () => {
  const root = copy();
  renameSync(join(root, 'content/posts'), join(root, 'content/Posts'));
  assert.ok(rows(root).includes('content/Posts/winter-garden.md:2:1 front-matter'));
});

test('hugo: a condition nested past any theme\'s depth (100,000 parentheses) is undecided: the title in its branch is reported, the rule does not crash', () => {
  const root = copy();
  const depth = 100000;
  writeFileSync(join(root, 'themes/plainnotes/layouts/partials/note.html'), `{{ if ${'('.repeat(depth)}eq .Section "essays"${')'.repeat(depth)} }}<h2>{{ .Title }}</h2>{{ end }}\n`);
  assert.deepEqual(rows(root), everyUntitled);
});

test('hugo: a template condition on the page\'s section, type or kind is decided for the page; anything else is not', async () => {
  const {pageCondition} = await import('../dist/src/site/generators/hugo-page-condition.js');
  const note = {section: 'notes', type: 'notes', kind: 'page'};
  const cases = [
    ['eq .Section "posts"', false],
    ['or (eq .Section "posts") (eq .Section "")', false],
    ['eq $.Page.Section "posts" "notes"', true],
    ['ne .Type "notes"', false],
    ['not (eq .Kind "page")', false],
    ['and (eq .Section "notes") .Params.featured', undefined],
    ['or (eq .Section "notes") .Params.featured', true],
    ['.Params.featured', undefined],
    ['eq .Section .Params.kind', undefined],
    ['in (slice "notes" "likes") .Section', undefined],
    ['eq (.Section | lower) "notes"', undefined],
  ];
  for (const [condition, expected] of cases) assert.equal(pageCondition(condition, note), expected, condition);
});

test('hugo: a template holding the title in many variables is read in linear time (a regex per variable per action was quadratic)', async () => {
  // The generators' registry first: hugo-title-shown.js is reached through it (import order of the modules' cycle).
  await import('../dist/src/site/generators/index.js');
  const {readTitleUse} = await import('../dist/src/site/generators/hugo-title-shown.js');
  const note = {section: 'notes', type: 'notes', kind: 'page'};
  const count = 20000;
  const text = Array.from({length: count}, (_, i) => `{{ $v${i} := .Title }}`).join('\n') + '\n' + '{{ .Content }}\n'.repeat(count);
  const started = performance.now();
  const reading = readTitleUse(text, note, false, false);
  const took = performance.now() - started;
  assert.equal(reading.shows, false);
  // 20,000 variables and 20,000 actions: linear is ~0.1 s; the quadratic reading took minutes.
  assert.ok(took < 5000, `${Math.round(took)} ms`);
});
