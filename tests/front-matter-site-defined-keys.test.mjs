// A front-matter key is typed only by a definition the generator or the site gives. Jekyll's `published`
// is a boolean (Publisher#can_be_published?: a string, "false" too, is true to Ruby and publishes the page);
// Eleventy defines no `published` (its data cascade hands every key to the templates), so a date there is
// the site's own; an Astro collection entry's keys are typed by the site's zod schema, read from the content
// config and the modules it imports (a tsconfig alias, `export *`), and a file of no collection has none.
// A date in `published` is no draft to no-drafts either. Fixture: fixtures/front-matter/site-defined-keys.
// Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

function run(site) {
  const root = tempFolder(`postlint-site-keys-${site}-`);
  cpSync(join(fixtures, 'front-matter', 'site-defined-keys', site), root, {recursive: true});
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  return {root, json, found: findings(json, root).sort()};
}

const messageAt = (json, root, place) => json.flatMap((file) => file.messages.map((message) => ({file: file.filePath, message}))).find(({file, message}) => `${file.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}` === place)?.message.message;

test('eleventy: `published` holding a date (quoted or not) is the site\'s own key; so is `draft`, which neither Eleventy nor this config reads', () => {
  const {found} = run('eleventy');
  assert.deepEqual(found, []);
});

test('jekyll: `published: "false"` and `published: <date>` are still the wrong type; `published: false` is a draft', () => {
  const {json, root, found} = run('jekyll');
  assert.deepEqual(found.filter((place) => place.endsWith('front-matter')), ['_posts/2024-01-06-quoted-flag.md:3:1 front-matter', '_posts/2024-01-07-dated.md:3:1 front-matter']);
  assert.match(messageAt(json, root, '_posts/2024-01-06-quoted-flag.md:3:1 front-matter'), /"published" should be a boolean, not a string \("false"\)/);
  assert.ok(found.includes('_posts/2024-01-05-kept-back.md:3:1 no-drafts'));
});

test('astro: the schema\'s `published: z.date({coerce: true})` takes a date string, a plain `z.date()` only a date written without quotes; its types hold against other values; a folder no collection reads is typed by nothing', () => {
  const {json, root, found} = run('astro');
  assert.deepEqual(found, ['src/content/posts/second.md:3:1 front-matter', 'src/content/posts/second.md:4:1 front-matter', 'src/content/posts/second.md:5:1 front-matter']);
  assert.match(messageAt(json, root, 'src/content/posts/second.md:3:1 front-matter'), /"published" should be a date, not a string \("someday"\)/);
  assert.match(messageAt(json, root, 'src/content/posts/second.md:4:1 front-matter'), /"pinned" should be a boolean, not a string \("yes"\)/);
  // A plain `z.date()` takes a Date only: `updated: 2024-02-01` passes, the quoted `'2024-02-03'` is a string zod refuses (the build stops).
  assert.match(messageAt(json, root, 'src/content/posts/second.md:5:1 front-matter'), /"updated" should be a date, not a string \("2024-02-03"\)/);
});

test('eleventy: a key the site\'s config compares with a boolean (`post.data.published !== false`) is the site\'s flag: `published: "false"` is a string, truthy to JavaScript, and reported; `published: false` and `true` pass', () => {
  const {json, root, found} = run('eleventy-flag');
  assert.deepEqual(found, ['posts/quoted-flag.md:3:1 front-matter']);
  assert.match(messageAt(json, root, 'posts/quoted-flag.md:3:1 front-matter'), /"published" should be a boolean, not a string \("false"\)/);
});
