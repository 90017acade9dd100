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
