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
