// The real-sites harness's --plant (bench/real-sites/run.mjs): the renamed heading is planted through a
// link postlint itself resolved to a heading of another page (here a site-root URL, which the old
// reading of relative `.md#…` links never saw), and found only at that link's line and column; the
// linked draft takes the flag the measured CLI's generator module reads as a draft (Eleventy's where the
// config drops drafts), and nothing is planted in another project's copy with a site of its own.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {fixtures} from './helpers.mjs';

const harness = fileURLToPath(new URL('../bench/real-sites/run.mjs', import.meta.url));

/**
 * The sites the tests plant in, each a copy of a fixture site (changed first by `prepare`), all in one
 * list for one harness run (its start and its imports of the measured CLI's modules are most of a
 * small run's cost). Every copy is named kettle, in a folder of its own: the plants are drawn from the
 * site's name, so each is planted as it would be alone.
 */
const sites = {
  hugo: {fixture: 'real-sites-plant', generator: 'hugo'},
  eleventy: {fixture: 'real-sites-plant-eleventy', generator: 'eleventy'},
  vitepress: {fixture: 'real-sites-plant-vitepress', generator: 'vitepress'},
  vitepressDangling: {
    fixture: 'real-sites-plant-vitepress',
    generator: 'vitepress',
    prepare: (site) => {
      // starship's docs/guide/README.md is a link to ../../README.md, which a copy of the docs folder does not hold.
      symlinkSync('../../CHANGES.md', join(site, 'guide', 'changes.md'));
      appendFileSync(join(site, 'guide', 'README.md'), '\nWhat is new is in [the changes](./changes.md#brewing).\n');
    },
  },
  mkdocsRunFolder: {fixture: 'real-sites-plant-mkdocs', generator: 'mkdocs', folder: 'docs'},
  docusaurusAlpha: {fixture: 'real-sites-plant-docusaurus-alpha', generator: 'docusaurus'},
  // From 2.0.0-beta.15 on the doc's `draft: true` is a draft to the CLI.
  docusaurusBeta: {
    fixture: 'real-sites-plant-docusaurus-alpha',
    generator: 'docusaurus',
    prepare: (site) => writeFileSync(join(site, 'package.json'), readFileSync(join(site, 'package.json'), 'utf8').replaceAll('2.0.0-alpha.75', '2.0.0-beta.15')),
  },
  // A Jekyll site with Marp decks (`marp: true`): the empty section goes to a page, never to a deck's slide.
  jekyllMarp: {fixture: 'classes35a/jekyll-marp-decks', generator: 'jekyll'},
  // An mdBook book whose book.toml names no preprocessor: a chapter taken out of SUMMARY.md is a draft once a chapter links to it.
  mdbook: {fixture: 'real-sites-plant-mdbook', generator: 'mdbook'},
};
const temp = mkdtempSync(join(tmpdir(), 'postlint-harness-'));
const planted = {};
const siteFolders = {};

before(() => {
  const list = [];
  for (const [key, {fixture, generator, prepare = () => {}, folder = ''}] of Object.entries(sites)) {
    // Copied out of the repository: the harness copies a site with its whole git repository.
    const site = join(temp, key, 'kettle');
    cpSync(join(fixtures, fixture), site, {recursive: true});
    prepare(site);
    siteFolders[key] = site;
    list.push(`kettle\t${join(site, folder)}\t${generator}\n`);
  }
  writeFileSync(join(temp, 'list.tsv'), list.join(''));
  execFileSync(process.execPath, [harness, join(temp, 'list.tsv'), '--out', join(temp, 'out'), '--plant'], {stdio: 'pipe', timeout: 300_000});
  // plant.json lists the sites in the list's order.
  const rows = JSON.parse(readFileSync(join(temp, 'out', 'plant.json'), 'utf8'));
  assert.equal(rows.length, list.length);
  Object.keys(sites).forEach((key, i) => (planted[key] = rows[i].planted));
});

after(() => rmSync(temp, {recursive: true, force: true}));

test('--plant renames the heading a site-root link leads to, and expects the finding at that link', () => {
  const renamed = planted.hugo.find((row) => row.kind === 'renamed-heading');
  // The one link to plant by: the others lead to a `{#legacy}` heading, one of two "Notes", or an empty section.
  assert.deepEqual(renamed, {
    kind: 'renamed-heading',
    rule: 'no-broken-anchors',
    file: 'content/docs/usage.md',
    line: 5,
    column: 11,
    note: '#requirements in content/docs/install.md:7',
    found: true,
  });
  // The site itself is left as it was.
  assert.match(readFileSync(join(siteFolders.hugo, 'content', 'docs', 'install.md'), 'utf8'), /^## Requirements$/m);
});

test('--plant drafts an Eleventy page by the flag its config drops, and plants nothing in a vendored site', () => {
  assert.deepEqual(
    planted.eleventy.find((row) => row.kind === 'linked-draft'),
    {kind: 'linked-draft', rule: 'no-unpublished-links', file: 'index.md', line: 5, column: 50, note: 'to cleaning.md (draft: true)', found: true},
  );
  // external/lantern/ has its own _config.yml (a Jekyll site of its own) in a Linguist vendor folder.
  assert.deepEqual(planted.eleventy.filter((row) => row.file?.startsWith('external/')), []);
  assert.ok(planted.eleventy.filter((row) => row.found).length >= 3);
});

test('--plant renames a heading of a README page its site builds (VitePress rewrites README.md to index.md)', () => {
  // The only heading link leads from one folder's README page to another's: a README the measured CLI
  // calls a page is its folder's index, no repository document.
  assert.deepEqual(
    planted.vitepress.find((row) => row.kind === 'renamed-heading'),
    {kind: 'renamed-heading', rule: 'no-broken-anchors', file: 'guide/README.md', line: 7, column: 8, note: '#glaze-colours in reference/README.md:7', found: true},
  );
});

test('--plant passes over a link to a symbolic link left dangling in the copy (a page linked out of the site folder), with no crash', () => {
  // The copy (sites.vitepressDangling) has guide/changes.md linked to ../../CHANGES.md, and a link to it.
  assert.equal(planted.vitepressDangling.find((row) => row.kind === 'renamed-heading')?.file, 'guide/README.md');
  assert.deepEqual(planted.vitepressDangling.filter((row) => row.file === 'guide/changes.md' || row.note?.includes('changes.md')), []);
});

test('--plant copies a site in no git repository from the folder holding its config (MkDocs\' ../mkdocs.yml of a run folder docs/), so a link read from the page URL still leads to its heading', () => {
  assert.deepEqual(
    planted.mkdocsRunFolder.find((row) => row.kind === 'renamed-heading'),
    {kind: 'renamed-heading', rule: 'no-broken-anchors', file: 'guide/start.md', line: 3, column: 33, note: '#install in setup.md:5', found: true},
  );
});

test('--plant plants no linked draft where the measured CLI reads no flag as one (a doc on Docusaurus 2.0.0-alpha.75, before docs had `draft`)', () => {
  const alpha = planted.docusaurusAlpha.find((row) => row.kind === 'linked-draft');
  assert.equal(alpha.found, undefined);
  assert.match(alpha.skipped, /reads a front-matter flag on as a draft \(the site's docusaurus version may have none\)/);
  // From 2.0.0-beta.15 on the doc's `draft: true` is a draft to the CLI, and the plant is made and found.
  const beta = planted.docusaurusBeta.find((row) => row.kind === 'linked-draft');
  assert.equal(beta.found, true);
  assert.match(beta.note, /\(draft: true\)$/);
});

test('--plant places no empty section in a Marp deck (`marp: true`), where a heading-only slide is a slide', () => {
  const empty = planted.jekyllMarp.find((row) => row.kind === 'empty-section');
  assert.equal(empty.file, 'talks/notes.md', JSON.stringify(planted.jekyllMarp));
});

test('--plant never makes a draft of a page another plant expects its finding on (a draft is not checked, so that plant would be missed by design)', () => {
  for (const [key, rows] of Object.entries(planted)) {
    const draft = rows.find((row) => row.kind === 'linked-draft' && !row.skipped);
    if (!draft) continue;
    const target = /^to (\S+)/.exec(draft.note)?.[1];
    for (const row of rows) {
      if (row.skipped || row.kind === 'linked-draft') continue;
      assert.ok(!row.file.endsWith(target), `${key}: ${row.kind} expected in ${row.file}, the page the linked-draft plant drafted`);
    }
  }
});

test('--plant drafts an mdBook chapter by taking its entry out of SUMMARY.md where book.toml names no preprocessor (the probe file no chapter links to is still a draft once the plant\'s link leads to it)', () => {
  assert.deepEqual(
    planted.mdbook.find((row) => row.kind === 'linked-draft'),
    {kind: 'linked-draft', rule: 'no-unpublished-links', file: 'src/boiling.md', line: 7, column: 66, note: 'to src/descaling.md', found: true},
  );
});
