// Starlight's and Astro's own components (`<Code />` of `@astrojs/starlight/components`, `astro:components`):
// their output is known from their source (src/site/generators/astro-component-ids.ts), so a page that renders one
// keeps its ids known and a broken fragment to it is reported; the site's own component, a deep import, an `id`
// or raw-HTML prop from code, a spread and Shiki `transformers` still leave the page's ids unknown.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const site = join(fixtures, 'generators', 'starlight-builtin-components');

test('starlight: a page rendering <Code />, an <Aside> renamed on import, a <LinkCard> with a literal id and astro:components <Debug /> keeps its ids: a lost heading is reported', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: site});
  // `#filling` (a heading) and `#descaling-card` (the LinkCard's literal id) resolve; `#emptying` is reported exactly.
  assert.deepEqual(findings(json, site).sort(), ['src/content/docs/index.mdx:6:33 no-broken-anchors']);
  const index = json.find((file) => file.filePath === join(site, 'src', 'content', 'docs', 'index.mdx'));
  assert.deepEqual(
    index.unverifiable.map(({line, column, reason}) => `${line}:${column} ${reason.split(',')[0]}`),
    [
      // The site's own component.
      '7:45 the fragment cannot be checked: the target renders the component <Snippet> (line 9)',
      // A LinkCard whose `id` is code (its other props are its link's attributes).
      '8:43 the fragment cannot be checked: the target renders the component <LinkCard> (line 10)',
      // A deep import: `AnchorHeading.astro` writes a heading with its `id`.
      '9:37 the fragment cannot be checked: the target renders the component <AnchorHeading> (line 9)',
    ],
  );
});

test('astroComponentIds: what each known component may write', async () => {
  const {astroComponentIds} = await import('../dist/src/site/generators/astro-component-ids.js');
  const {jsxTagProps} = await import('../dist/src/text/jsx-props.js');
  const starlight = '@astrojs/starlight/components';
  const ids = (from, name, tag) => astroComponentIds({path: name, kind: 'component', line: 1, column: 1, imported: {from, name}, props: jsxTagProps(tag)})?.ids;
  assert.deepEqual(ids(starlight, 'Code', '<Code code={`<h2 id="x">`} lang="html" {...rest} />'), []);
  assert.deepEqual(ids('astro-expressive-code/components', 'Code', '<Code code="a" id="x" />'), []);
  assert.deepEqual(ids(starlight, 'Card', '<Card title="Plain title" icon="star" />'), []);
  assert.deepEqual(ids(starlight, 'Badge', '<Badge text="New" id="new-badge" />'), ['new-badge']);
  assert.deepEqual(ids('astro:components', 'Code', '<Code code="a" lang="js" />'), []);
  assert.deepEqual(ids('@astrojs/prism', 'Prism', '<Prism code="a" lang="js" />'), []);
  // Unknown: raw HTML with an id, raw HTML from code, an id from code, a spread onto attributes, Shiki transformers, Tabs' own ids.
  assert.equal(ids(starlight, 'Card', '<Card title=\'<span id="t">T</span>\' />'), undefined);
  assert.equal(ids(starlight, 'LinkCard', '<LinkCard title={label} href="/x/" />'), undefined);
  assert.equal(ids(starlight, 'LinkButton', '<LinkButton href="/x/" id={slug} />'), undefined);
  assert.equal(ids(starlight, 'Badge', '<Badge text="New" {...attrs} />'), undefined);
  assert.equal(ids('astro:components', 'Code', '<Code code="a" transformers={[addIds()]} />'), undefined);
  assert.equal(ids(starlight, 'Tabs', '<Tabs />'), undefined);
  assert.equal(ids('./Code.astro', 'default', '<Code />'), undefined);
  // LinkCard's and LinkButton's attributes are an `<a>`'s, whose `name` is a fragment target too; a Badge's `<span name>` is none.
  assert.deepEqual(ids(starlight, 'LinkCard', '<LinkCard title="Setup" href="/x/" name="setup" />'), ['setup']);
  assert.deepEqual(ids(starlight, 'LinkButton', '<LinkButton href="/x/" id="go" name="start" />'), ['go', 'start']);
  assert.deepEqual(ids(starlight, 'Badge', '<Badge text="New" name="new" />'), []);
  assert.equal(ids(starlight, 'LinkButton', '<LinkButton href="/x/" name={slug} />'), undefined);
  assert.equal(ids(starlight, 'Card', '<Card title=\'<a name="t">T</a>\' />'), undefined);
});

test('starlight: a LinkCard\'s literal name is its link\'s fragment target; a lost heading on its page is reported', () => {
  const root = mkdtempSync(join(tmpdir(), 'postlint-linkcard-'));
  try {
    cpSync(site, root, {recursive: true});
    const page = [
      '---',
      'title: Filters',
      '---',
      '',
      "import {LinkCard} from '@astrojs/starlight/components';",
      '',
      '## Paper filters',
      '',
      '<LinkCard title="Setup" href="/reference/kettle/" name="setup-card" />',
      '',
    ].join('\n');
    writeFileSync(join(root, 'src', 'content', 'docs', 'reference', 'filters.mdx'), page);
    const links = ['---', 'title: Rinsing', '---', '', 'See [the card](/reference/filters/#setup-card) and [a lost part](/reference/filters/#rinsing).', ''].join('\n');
    writeFileSync(join(root, 'src', 'content', 'docs', 'reference', 'rinsing.md'), links);
    const {json} = postlintJson(['--offline', '--no-config', 'src/content/docs/reference'], {cwd: root});
    // Before, a LinkCard's `name` was read as no target: `#setup-card` was reported too.
    assert.deepEqual(findings(json, root).filter((row) => row.includes('rinsing.md')), ['src/content/docs/reference/rinsing.md:5:52 no-broken-anchors']);
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
});

test('importedNames: default, named and renamed imports, not type imports nor ones in code', async () => {
  const {importedNames} = await import('../dist/src/text/mdx-imports.js');
  const source = "import Part, {Code, Aside as Note} from '@astrojs/starlight/components';\nimport {\n  Steps,\n} from \"x\";\nimport type {Props} from 'y';\n```\nimport {Card} from 'z';\n```\n";
  const fence = source.indexOf('```');
  const names = importedNames(source, (offset) => offset > fence);
  assert.deepEqual(Object.fromEntries(names), {
    Part: {from: '@astrojs/starlight/components', name: 'default'},
    Code: {from: '@astrojs/starlight/components', name: 'Code'},
    Note: {from: '@astrojs/starlight/components', name: 'Aside'},
    Steps: {from: 'x', name: 'Steps'},
  });
});

test('jsxTagProps: strings, expressions holding braces and quotes, booleans and spreads', async () => {
  const {jsxTagProps} = await import('../dist/src/text/jsx-props.js');
  assert.deepEqual(jsxTagProps('<Code code={`a } "b"`} lang="ts" wrap\n  title=\'x.ts\' />'), {literal: {lang: 'ts', wrap: 'true', title: 'x.ts'}, computed: ['code'], spread: false});
  assert.deepEqual(jsxTagProps('<Badge {...rest} text="x" />'), {literal: {text: 'x'}, computed: [], spread: true});
  assert.equal(jsxTagProps('<Code code={unclosed />'), undefined);
});
