// VitePress compiles a page its rewrites move at the moved place (fixtures/vitepress-rewrite-links, `translated/:locale/(.*)`
// → `:locale/(.*)`): its relative links are read from the moved URL, and its locale is the moved path's.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {siteFindings as run, siteUnverifiable} from './helpers.mjs';

const root = fileURLToPath(new URL('../fixtures/vitepress-rewrite-links', import.meta.url));

test('vitepress rewrites: a moved page\'s relative links resolve from its moved URL; a .md link that names no page there is still reported', () => {
  // `../../guide/knots` and `../../index.md` from /nl/guide/flying reach guide/knots.md and index.md (from the
  // source folder they would miss); `../../guide/lines` and `./tail.md` name no page from the moved URL nor from the source, and
  // `../../guide/knots/` is `guide/knots/index` to VitePress's dead-link check: guide/knots.md does not answer it;
  // `./flying/` is /nl/guide/flying/index from the moved URL and translated/nl/guide/flying/index.md beside: neither is there.
  assert.deepEqual(run(root), ['index.md:3:39 spelling', 'translated/nl/guide/flying.md:11:5 no-missing-files', 'translated/nl/guide/flying.md:13:5 no-missing-files', 'translated/nl/guide/flying.md:5:100 no-missing-files', 'translated/nl/guide/flying.md:5:66 no-missing-files', 'translated/nl/guide/flying.md:9:5 no-missing-files']);
});

test('vitepress rewrites: a moved page\'s relative link that climbs above the source folder is missing, as VitePress\'s dead-link check reads it (path.resolve from the moved folder), though a browser would stop at the root', () => {
  // `../../../guide/knots` from nl/guide/flying.md is `../guide/knots` to markdownToVue.ts: no page, the build fails.
  assert.ok(run(root).includes('translated/nl/guide/flying.md:13:5 no-missing-files'));
});

test('vitepress rewrites: a page URL no page serves from the moved URL, while the file beside the source exists, is unverifiable as at the site root (a plugin may add rewrites)', () => {
  assert.deepEqual(siteUnverifiable(root), ['7:9 ../../extra: the config rewrites page URLs']);
});

test('vitepress rewrites: a moved page is in the locale of its moved path (getLocaleForPath reads the rewritten relativePath)', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const info = await siteFor(root);
  assert.equal(pageLanguage(join(root, 'translated', 'nl', 'guide', 'flying.md'), {}, info), 'nl');
  assert.equal(pageLanguage(join(root, 'guide', 'flying.md'), {}, info), 'en-us');
});

// fixtures/vitepress-rewrite-locales: `locales: makeLocales()` is code; the rewrite `translated/:locale/(.*)` → `:locale/(.*)` names the folder.
const locales = fileURLToPath(new URL('../fixtures/vitepress-rewrite-locales', import.meta.url));

test('vitepress rewrites: with locales the config computes, a rewrite\'s :locale parameter names the page\'s locale; a rule without one leaves the page in the root\'s language', async () => {
  // `thay` on the vi_vn page is Vietnamese, not checked as English; `Teh` on the root page and on the page `archive/:year` moves is.
  assert.deepEqual(run(locales), ['archive/2020/timetable.md:3:25 spelling', 'index.md:3:27 spelling']);
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const info = await siteFor(locales);
  assert.equal(pageLanguage(join(locales, 'translated', 'vi_vn', 'index.md'), {}, info), 'vi-vn');
  assert.equal(pageLanguage(join(locales, 'archive', '2020', 'timetable.md'), {}, info), undefined);
});
