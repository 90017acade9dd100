// mend45b: cases the fix45b readings got wrong, each a recall loss on a site nobody has seen. A schema extended with
// keys postlint cannot read (`.extend(base.shape)`, `.extend({...base})`) keeps those keys, so a key it does not name
// may still be read; a predicate whose early return is not plainly false (`return false || showDrafts`) may keep
// drafts; a production const whose statement goes on past its line (`PROD\n  && …`) is not known to hold.
// Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run} from './helpers.mjs';

const schemaSite = (schema) => ({
  'astro.config.mjs': 'export default {};\n',
  'src/content.config.ts': [
    "import {defineCollection, z} from 'astro:content';",
    "import {glob} from 'astro/loaders';",
    "import {baseSchema} from 'some-theme/schema';",
    'const notes = defineCollection({',
    "  loader: glob({base: './src/content/notes', pattern: '**/*.md'}),",
    `  schema: ${schema},`,
    '});',
    'export const collections = {notes};',
    '',
  ].join('\n'),
  'src/content/notes/one.md': '---\ntitle: One\ndate: 2024-02-30\npublishDate: "sometime in March"\n---\n\nText.\n',
});

const plain = 'z.object({title: z.string(), date: z.coerce.date()})';
const both = ['src/content/notes/one.md:3:1 front-matter', 'src/content/notes/one.md:4:1 front-matter'];

test('astro: a schema extended with keys not read from its text (a non-literal, a spread) leaves an unnamed key checked', () => {
  assert.deepEqual(run(tempSite(schemaSite(`${plain}.extend(baseSchema.shape)`))), both);
  assert.deepEqual(run(tempSite(schemaSite(`({image}) => ${plain}.extend({...baseSchema.shape})`))), both);
  // A literal `.extend({…})` is read whole: a key neither names is stripped.
  assert.deepEqual(run(tempSite(schemaSite(`${plain}.extend({cover: z.string()})`))), ['src/content/notes/one.md:3:1 front-matter']);
});

test('astro: a collection given by a config not written inline is not read whole: its unnamed key stays checked', () => {
  const site = schemaSite(plain);
  site['src/content.config.ts'] = site['src/content.config.ts'].replace('export const collections = {notes};', "const docsConfig = {type: 'content'};\nconst docs = defineCollection(docsConfig);\nexport const collections = {notes, docs};");
  site['src/content/docs/two.md'] = '---\ntitle: Two\npublishDate: "sometime in May"\n---\n\nText.\n';
  assert.deepEqual(run(tempSite(site)), ['src/content/docs/two.md:3:1 front-matter', ...both]);
});

// A helper loads the collection, and in production reassigns it filtered by `hideDrafts` (fix45b's reading).
const draftSite = ({predicate, mode = "export const isProduction = import.meta.env.MODE === 'production';"}) => ({
  'astro.config.mjs': 'export default {};\n',
  'src/content.config.ts': [
    "import {defineCollection} from 'astro:content';",
    "import {glob} from 'astro/loaders';",
    "export const collections = {notes: defineCollection({loader: glob({base: './src/content/notes', pattern: '**/*.md'})})};",
    '',
  ].join('\n'),
  'src/pages/notes/[...slug].astro': [
    '---',
    "import {allEntries} from '../../lib/entries';",
    'export async function getStaticPaths() {',
    "  const entries = await allEntries('notes');",
    '  return entries.map((entry) => ({params: {slug: entry.id}, props: {entry}}));',
    '}',
    '---',
    '',
  ].join('\n'),
  'src/lib/mode.ts': `${mode}\n`,
  'src/lib/entries.ts': [
    "import {getCollection} from 'astro:content';",
    "import {isProduction} from './mode';",
    'const showDrafts = true;',
    `const hideDrafts = ${predicate};`,
    'export const allEntries = async (collection) => {',
    '  let entries = await getCollection(collection);',
    '  if (isProduction) {',
    '    entries = entries.filter(hideDrafts);',
    '  }',
    '  return entries;',
    '};',
    '',
  ].join('\n'),
  'src/content/notes/live.md': '---\ntitle: Live\n---\n\n## Plan\n\n## Done\n\nText.\n',
  'src/content/notes/wip.md': '---\ntitle: Work in progress\ndraft: true\n---\n\n## Plan\n\n## Done\n\nText.\n',
});

const asDraft = ['src/content/notes/live.md:5:1 no-empty-sections', 'src/content/notes/wip.md:3:1 no-drafts'];
const asPublished = ['src/content/notes/live.md:5:1 no-empty-sections', 'src/content/notes/wip.md:6:1 no-empty-sections'];

test('astro: an early return that is not plainly false when draft is true says nothing: the entry stays published', () => {
  assert.deepEqual(run(tempSite(draftSite({predicate: '(entry) => { if (entry.data.draft) return false; return true; }'}))), asDraft);
  assert.deepEqual(run(tempSite(draftSite({predicate: '(entry) => { if (entry.data.draft) return false || showDrafts; return true; }'}))), asPublished);
  assert.deepEqual(run(tempSite(draftSite({predicate: '(entry) => { if (entry.data.draft) return nullish(showDrafts); return true; }'}))), asPublished);
});

test('astro: a production const whose statement goes on past its line is not known to hold in production', () => {
  const predicate = '(entry) => { if (entry.data.draft) return false; return true; }';
  assert.deepEqual(run(tempSite(draftSite({predicate, mode: 'export const isProduction = import.meta.env.PROD;'}))), asDraft);
  assert.deepEqual(run(tempSite(draftSite({predicate, mode: 'export const isProduction = import.meta.env.PROD\n  && import.meta.env.PUBLIC_HIDE_DRAFTS === "yes";'}))), asPublished);
});

test('astro: a filter with a long run of spaces before its first statement is read in linear time', async () => {
  await import('../dist/src/site/detect.js'); // the generators' registry first: their modules import each other
  const {keysOfFilter} = await import('../dist/src/site/generators/astro-drafts.js');
  const started = Date.now();
  // No `if (` after the spaces: the reading must give up once, not once per space (quadratic took minutes here).
  assert.deepEqual(keysOfFilter(`(entry) ${' '.repeat(200000)}x`), {});
  assert.deepEqual(keysOfFilter(`(entry) => {${' '.repeat(1000)}if (entry.data.draft) return false; return true; }`), {draft: true});
  assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
});
