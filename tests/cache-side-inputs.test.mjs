// The caches are keyed on every side file the site model read (src/cache-inputs.ts): editing an
// Eleventy data file or an Astro collection schema, or adding a data file where Eleventy looks for
// one, must check the pages again on the next --cache run; an unchanged site still replays.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, postlint, postlintJson, tempFolder} from './helpers.mjs';

const env = {POSTLINT_CACHE_SETTLE_MS: '0'};

function copyOf(fixture) {
  const root = join(tempFolder('postlint-side-inputs-'), 'site');
  cpSync(join(fixtures, fixture), root, {recursive: true});
  return root;
}

function cached(root, rule) {
  return postlintJson(['--offline', '--no-config', '--cache', '.'], {cwd: root, env}).json
    .flatMap((file) => file.messages.filter((message) => message.ruleId === rule).map((message) => `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}`))
    .sort();
}

function edit(path, from, to) {
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${path} holds ${from}`);
  writeFileSync(path, text.replace(from, to));
}

test('cache: an Eleventy data file edited, added or removed checks its pages again; unchanged, the findings replay', () => {
  const root = copyOf('eleventy-data-language');
  const fresh = () => postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json
    .flatMap((file) => file.messages.filter((message) => message.ruleId === 'spelling').map((message) => `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}`))
    .sort();
  const german = cached(root, 'spelling');
  assert.deepEqual(german, fresh());
  // Nothing changed: the stored findings are the run.
  const again = postlint(['--offline', '--no-config', '--cache', '--verbose', '.'], {cwd: root, env});
  assert.match(again.stderr, /phase-2 cache: all \d+ files unchanged; the findings of \d+ replayed/);
  assert.doesNotMatch(again.stderr, /changed since the cache was made/);

  // The folder's data file now says English: the German page is read as English prose.
  edit(join(root, 'de/de.11tydata.js'), "lang: 'de'", "lang: 'en'");
  const english = cached(root, 'spelling');
  assert.deepEqual(english, fresh());
  assert.ok(english.includes('de/quelle.md:6:12 spelling'), english.join('\n'));
  assert.ok(!german.includes('de/quelle.md:6:12 spelling'));
  edit(join(root, 'de/de.11tydata.js'), "lang: 'en'", "lang: 'de'");
  assert.deepEqual(cached(root, 'spelling'), german);

  // A template's own data file where Eleventy looked for one and found none outranks its folder's.
  const own = join(root, 'de/quelle.11tydata.json');
  writeFileSync(own, '{"lang": "en"}\n');
  const verbose = postlint(['--offline', '--no-config', '--cache', '--verbose', '.'], {cwd: root, env});
  assert.match(verbose.stderr, /de\/quelle\.11tydata\.json changed since the cache was made/);
  assert.deepEqual(cached(root, 'spelling'), fresh());
  assert.ok(cached(root, 'spelling').includes('de/quelle.md:6:12 spelling'));
  rmSync(own);
  assert.deepEqual(cached(root, 'spelling'), german);
});

test('cache: an Astro collection schema edited checks the collection\'s front matter again', () => {
  const root = copyOf('front-matter/site-defined-keys/astro');
  const strict = ['src/content/posts/second.md:3:1 front-matter', 'src/content/posts/second.md:4:1 front-matter', 'src/content/posts/second.md:5:1 front-matter'];
  assert.deepEqual(cached(root, 'front-matter'), strict);
  assert.deepEqual(cached(root, 'front-matter'), strict);
  // `pinned` becomes a string in the schema: "yes" is then what it asks for, and first.md's `true` is not.
  edit(join(root, 'src/schemas/base.ts'), 'pinned: z.boolean().default(false)', 'pinned: z.string().optional()');
  assert.deepEqual(cached(root, 'front-matter'), ['src/content/posts/first.md:4:1 front-matter', ...strict.filter((finding) => !finding.includes(':4:1 '))]);
  edit(join(root, 'src/schemas/base.ts'), 'pinned: z.string().optional()', 'pinned: z.boolean().default(false)');
  assert.deepEqual(cached(root, 'front-matter'), strict);
});

test('cache: a damaged or foreign inputs list is no list: every file is checked, nothing stale is taken', () => {
  const root = copyOf('eleventy-data-language');
  const german = cached(root, 'spelling');
  edit(join(root, 'de/de.11tydata.js'), "lang: 'de'", "lang: 'en'");
  writeFileSync(join(root, '.postlint-cache/inputs'), 'not a list');
  const english = cached(root, 'spelling');
  assert.notDeepEqual(english, german);
  assert.ok(english.includes('de/quelle.md:6:12 spelling'));
});

test('cache: a Hugo section page\'s text edited re-checks that page alone; its front matter (cascade) edited re-checks every page', () => {
  const root = join(tempFolder('postlint-side-inputs-'), 'site');
  mkdirSync(join(root, 'content/docs'), {recursive: true});
  writeFileSync(join(root, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Docs"\n');
  writeFileSync(join(root, 'content/docs/_index.md'), '---\ntitle: Docs\ncascade:\n  params:\n    tier: one\n---\n\nThe docs of the project.\n');
  writeFileSync(join(root, 'content/docs/setup.md'), '---\ntitle: Setup\n---\n\nInstall it with the [docs](/docs/).\n');
  const verbose = () => postlint(['--offline', '--no-config', '--cache', '--verbose', '.'], {cwd: root, env}).stderr;
  verbose();
  assert.match(verbose(), /phase-2 cache: all 2 files unchanged/);
  edit(join(root, 'content/docs/_index.md'), 'The docs of the project.', 'The docs of the project, in full.');
  const text = verbose();
  assert.doesNotMatch(text, /changed since the cache was made/);
  assert.match(text, /phase-2 cache: 1 of 2 files re-checked/);
  edit(join(root, 'content/docs/_index.md'), 'tier: one', 'tier: two');
  assert.match(verbose(), /content\/docs\/_index\.md changed since the cache was made/);
});
