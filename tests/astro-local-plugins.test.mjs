// A Markdown plugin of the site's own makes heading ids unknowable only when it may reach a heading.
// One whose source does nothing to the tree but through `visit(tree, 'code', …)` (a diagram plugin
// turning code blocks into a figure) changes no heading's text: the page's ids stay known, so a
// fragment no heading has is broken. A plugin with a walk of its own, or rehype-slug given options
// (its `prefix` changes every id), still withholds such fragments.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, siteUnverifiable, tempFolder} from './helpers.mjs';

const fixture = join(fixtures, 'astro-local-plugins');
const plugin = join('src', 'plugins', 'remark-diagrams.ts');

function variant(changes) {
  const root = tempFolder('postlint-astro-plugins-');
  cpSync(fixture, root, {recursive: true});
  for (const [file, change] of Object.entries(changes)) writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  return root;
}

test('astro: a local plugin that only visits code blocks leaves heading ids known: a fragment no heading has is broken', () => {
  assert.deepEqual(siteFindings(fixture), ['src/content/docs/knots.md:15:5 no-broken-anchors']);
});

test('astro: a local plugin that walks the tree itself may set heading ids: the fragment is withheld, the plugin named', () => {
  const root = variant({[plugin]: (text) => text.replace("visit(tree, 'code', ", "visit(tree, (node: {type: string}) => node.type !== 'root', ")});
  assert.deepEqual(siteFindings(root), []);
  const rows = siteUnverifiable(root);
  assert.equal(rows.length, 1);
  assert.match(rows[0], /^15:5 #hitches: .*diagrams \(\.\/src\/plugins\/remark-diagrams\) may set heading ids/);
});

test('astro: a local plugin that writes ids into its HTML, or one the config cannot find, still withholds', () => {
  const writesIds = variant({[plugin]: (text) => text.replace('<figure class="flow"', '<figure id="flow-1" class="flow"')});
  assert.deepEqual(siteFindings(writesIds), []);
  const missing = variant({'astro.config.mjs': (text) => text.replace('./src/plugins/remark-diagrams', './src/plugins/remark-charts')});
  assert.deepEqual(siteFindings(missing), []);
});

test('astro: rehype-slug leaves Astro\'s ids as they are, but with options (a prefix) it may set others', () => {
  const plain = variant({'astro.config.mjs': (text) => text.replace("import {diagrams} from './src/plugins/remark-diagrams';", "import rehypeSlug from 'rehype-slug';").replace('remarkPlugins: [diagrams]', 'rehypePlugins: [rehypeSlug]')});
  assert.deepEqual(siteFindings(plain), ['src/content/docs/knots.md:15:5 no-broken-anchors']);
  const prefixed = variant({'astro.config.mjs': (text) => text.replace("import {diagrams} from './src/plugins/remark-diagrams';", "import rehypeSlug from 'rehype-slug';").replace('remarkPlugins: [diagrams]', "rehypePlugins: [[rehypeSlug, {prefix: 'h-'}]]")});
  assert.deepEqual(siteFindings(prefixed), []);
  assert.match(siteUnverifiable(prefixed)[0], /rehypeSlug \(rehype-slug, with options\) may set heading ids/);
});
