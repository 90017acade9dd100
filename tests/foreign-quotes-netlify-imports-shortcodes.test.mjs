// What a review of fix17c/fix17e found: a quoted sentence in another Latin-script language on a page
// of another script, a netlify.toml above the site that deploys another folder, import/export
// patterns that scanned a hostile file quadratically, and a Hugo shortcode whose path is built with
// printf or leaves the project. Each on a fixture of its own, by exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const generators = join(fixtures, 'generators');

test('spelling: on a Chinese page a quoted French sentence is a passage, not English terms; typos set alone or in an English sentence still count', () => {
  // Unread as a passage, `serveur`, `renvoie`, `toujours`, `réponse`, `requête`… on line 9 were reported one by one.
  const site = join(generators, 'other-script-quote');
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: site});
  assert.deepEqual(findings(json, site).filter((row) => row.endsWith(' spelling')).sort(), ['zh.md:12:32 spelling', 'zh.md:8:5 spelling']);
});

test('netlify: a netlify.toml above the site whose base/publish deploy another folder leaves the case warning standing', () => {
  const site = join(generators, 'netlify-other-folder', 'docs');
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: site});
  assert.deepEqual(findings(json, site), ['docs/index.md:3:1 no-missing-files']);
  assert.doesNotMatch(json.flatMap((file) => file.messages)[0].message, /Netlify/);
});

test('netlify: a netlify.toml above the site that names it (base) still makes the case unverifiable', () => {
  const root = tempFolder('postlint-netlify-');
  const files = {
    'netlify.toml': '[build]\n  base = "docs"\n  publish = "site"\n',
    '.gitignore': 'docs/site/\n',
    'docs/mkdocs.yml': 'site_name: Manual\n',
    'docs/docs/img/Diagram.png': 'png\n',
    'docs/docs/index.md': '# Manual\n\n![diagram](img/diagram.png)\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  const site = join(root, 'docs');
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: site});
  assert.deepEqual(findings(json, site), []);
});

// The bound is the test's timeout (the quadratic scan took 16 s on 360 KB; now well under a second): room for a loaded runner.
test('imported value: hundreds of KB of `import a ` and unclosed `export {` are read in bounded time', {timeout: 10_000}, async () => {
  await import('../dist/src/site/generators/index.js'); // the generators' own import order
  const {importedValue} = await import('../dist/src/site/generators/imported-value.js');
  const root = tempFolder('postlint-import-');
  const module = join(root, 'locales.ts');
  writeFileSync(module, `${'export {a, '.repeat(30_000)}\n`);
  const config = join(root, 'astro.config.ts');
  const hostile = `${'import a '.repeat(40_000)}\nimport {locales} from './locales';\nexport default {locales};\n`;
  writeFileSync(config, hostile);
  // Before, this took minutes (8 s for 180 KB of the import run alone); now it completes. No timing asserted.
  const value = importedValue(hostile, 'locales', config);
  assert.notEqual(value?.kind, 'literal');
});

test('imported value: an ordinary import clause is still followed', async () => {
  await import('../dist/src/site/generators/index.js'); // the generators' own import order
  const {importedValue} = await import('../dist/src/site/generators/imported-value.js');
  const root = tempFolder('postlint-import-');
  writeFileSync(join(root, 'locales.ts'), "export const locales = {fr: {label: 'Français'}};\n");
  const config = join(root, 'astro.config.ts');
  const text = "import starlight from '@astrojs/starlight';\nimport Shared, {type X, locales as langs} from './locales';\nexport default {langs};\n";
  writeFileSync(config, text);
  assert.equal(importedValue(text, 'langs', config)?.kind, 'literal');
});

test('hugo: a shortcode path built with printf is unverifiable with that reason; one leaving the project is not read; a bare one is', () => {
  const site = join(generators, 'hugo-shortcode-printf');
  const config = join(tempFolder('postlint-hugo-'), 'postlintrc.json');
  writeFileSync(config, JSON.stringify({rules: {'no-broken-anchors': ['warn', {showUnverifiable: true}]}}));
  const {json} = postlintJson(['--offline', '--config', config, '.'], {cwd: site});
  const rows = [];
  for (const file of json) for (const m of file.messages) if (m.ruleId === 'no-broken-anchors') rows.push({at: `${file.filePath.slice(site.length + 1)}:${m.line}:${m.column}`, rule: m.ruleId, message: m.message, unverifiable: m.data?.unverifiable === true});
  rows.sort((a, b) => a.at.localeCompare(b.at));
  assert.deepEqual(rows.map((row) => `${row.at} ${row.rule}${row.unverifiable ? ' unverifiable' : ''}`), [
    'content/guide/escape.md:9:5 no-broken-anchors unverifiable',
    'content/guide/parts.md:7:30 no-broken-anchors',
    'content/guide/release.md:9:27 no-broken-anchors unverifiable',
  ]);
  assert.match(rows[0].message, /outside the folders Hugo reads it from/);
  assert.match(rows[2].message, /from a path its template builds from the argument \("stable"\)/);
});
