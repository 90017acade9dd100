// fix45b: Astro collections as the site's own code makes them. A key no collection schema names is stripped by zod's
// object (ZodObject._parse, unknownKeys "strip"): nothing reads it, so no date there is unreadable; a schema that keeps
// unnamed keys (`.passthrough()`) or is not read whole leaves the key checked. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run} from './helpers.mjs';

const schemaSite = (schema) => ({
  'astro.config.mjs': 'export default {};\n',
  'src/content.config.ts': [
    "import {defineCollection, z} from 'astro:content';",
    "import {glob} from 'astro/loaders';",
    'const notes = defineCollection({',
    "  loader: glob({base: './src/content/notes', pattern: '**/*.md'}),",
    `  schema: ${schema},`,
    '});',
    'export const collections = {notes};',
    '',
  ].join('\n'),
  // `publishDate` is not in the schema: a date no reader sees; `date` is, and its bad value still stops the build.
  'src/content/notes/one.md': '---\ntitle: One\ndate: 2024-02-30\npublishDate: "sometime in March"\n---\n\nText.\n',
});

const plain = 'z.object({title: z.string(), date: z.coerce.date()})';

test('astro: a date key the collection schema does not name is stripped, not read: unreported; a named one still is', () => {
  assert.deepEqual(run(tempSite(schemaSite(plain))), ['src/content/notes/one.md:3:1 front-matter']);
});

test('astro: a schema that keeps unnamed keys, or one not read whole, leaves that key checked', () => {
  const both = ['src/content/notes/one.md:3:1 front-matter', 'src/content/notes/one.md:4:1 front-matter'];
  assert.deepEqual(run(tempSite(schemaSite(`${plain}.passthrough()`))), both);
  assert.deepEqual(run(tempSite(schemaSite('z.object({...base, title: z.string(), date: z.coerce.date()})'))), both);
  assert.deepEqual(run(tempSite(schemaSite('noteSchema'))), both);
});

// A helper imported through a tsconfig alias loads the collection its caller names (`getAllPosts('blog')`), keeps it in
// a `let`, and drops drafts only in the production build (`if (isProduction)`, imported, bound to Vite's
// `import.meta.env.MODE === 'production'`) with a predicate whose first statement returns false when `draft` is true.
const draftSite = ({guard = 'isProduction', predicate, before = ''} = {}) => ({
  'astro.config.mjs': 'export default {};\n',
  'tsconfig.json': '{"compilerOptions": {"baseUrl": ".", "paths": {"@lib/*": ["src/lib/*"]}}}\n',
  'src/content.config.ts': [
    "import {defineCollection} from 'astro:content';",
    "import {glob} from 'astro/loaders';",
    "export const collections = {notes: defineCollection({loader: glob({base: './src/content/notes', pattern: '**/*.md'})})};",
    '',
  ].join('\n'),
  'src/pages/notes/[...slug].astro': [
    '---',
    "import {allEntries} from '@lib/entries';",
    'export async function getStaticPaths() {',
    "  const entries = await allEntries('notes');",
    '  return entries.map((entry) => ({params: {slug: entry.id}, props: {entry}}));',
    '}',
    '---',
    '',
  ].join('\n'),
  'src/lib/mode.ts': "export const isProduction = import.meta.env.MODE === 'production';\n",
  'src/lib/entries.ts': [
    "import {getCollection} from 'astro:content';",
    "import {isProduction} from './mode';",
    `const hideDrafts = ${predicate ?? '(entry) => {\n  if (entry.data.draft && entry.data.draft === true) {\n    return false;\n  }\n  return entry;\n}'};`,
    'export const allEntries = async (collection) => {',
    '  let entries = [];',
    '  entries = await getCollection(collection);',
    before,
    `  if (${guard}) {`,
    '    entries = entries.filter(hideDrafts);',
    '  }',
    '  return entries.sort((a, b) => a.id.localeCompare(b.id));',
    '};',
    '',
  ].join('\n'),
  'src/content/notes/live.md': '---\ntitle: Live\n---\n\n## Plan\n\n## Done\n\nText.\n',
  'src/content/notes/wip.md': '---\ntitle: Work in progress\ndraft: true\n---\n\n## Plan\n\n## Done\n\nText.\n',
});

const asDraft = ['src/content/notes/live.md:5:1 no-empty-sections', 'src/content/notes/wip.md:3:1 no-drafts'];
const asPublished = ['src/content/notes/live.md:5:1 no-empty-sections', 'src/content/notes/wip.md:6:1 no-empty-sections'];

test('astro: an aliased helper bound to the collection its route names drops `draft === true` in production: a draft', () => {
  assert.deepEqual(run(tempSite(draftSite())), asDraft);
  assert.deepEqual(run(tempSite(draftSite({guard: 'import.meta.env.PROD'}))), asDraft);
  assert.deepEqual(run(tempSite(draftSite({guard: '!import.meta.env.DEV', predicate: '(entry) => { if (Boolean(entry.data.draft)) return false; return true; }'}))), asDraft);
});

test('astro: a guard not known to hold in production, a use before the filter, or a test not only of draft leaves the entry published', () => {
  assert.deepEqual(run(tempSite(draftSite({guard: 'showAll'}))), asPublished);
  assert.deepEqual(run(tempSite(draftSite({before: '  console.log(entries.length);'}))), asPublished);
  assert.deepEqual(run(tempSite(draftSite({predicate: '(entry) => { if (entry.data.draft && entry.data.lang) return false; return true; }'}))), asPublished);
});
