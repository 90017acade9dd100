// mend47b: the Eleventy title check's reads are side reads (the caches and the language server key on them),
// and a title the layout binds to another name in <head> is still printed where that name is.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {postlintJson, tempFolder} from './helpers.mjs';
import {siteFindings} from './rule-helpers.mjs';

const env = {POSTLINT_CACHE_SETTLE_MS: '0'};
const config = 'module.exports = () => ({dir: {input: "src"}});\n';
const layout = (body, head = '') => `<!doctype html>\n<html>\n<head>${head}<title>{{ title }}</title></head>\n<body>\n${body}\n{{ content | safe }}\n</body>\n</html>\n`;
// A permalink of its own: the page's URL reads no global data (nothing else looks in _data for it).
const page = '---\nlayout: base.njk\ntitle: Widget API\npermalink: /api/\n---\n\n# Widget API overview\n\n# Widget\n\nText.\n';

function site(files) {
  const root = join(tempFolder('postlint-mend47b-'), 'site');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

function run(root, cache) {
  return postlintJson(['--offline', '--no-config', cache ? '--cache' : '--no-cache', '.'], {cwd: root, env}).json
    .flatMap((file) => file.messages.filter((message) => message.ruleId === 'no-empty-sections').map((message) => `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}`))
    .sort();
}

test('cache: a global data file added to _data (eleventyComputed, or the name an <h1> prints) checks the title heading again', () => {
  const computed = site({'.eleventy.js': config, 'src/_includes/base.njk': layout('<h1>{{ meta.siteName }}</h1>'), 'src/_data/meta.json': '{"siteName": "Widgets"}\n', 'src/api.md': page});
  assert.deepEqual(run(computed, true), []);
  // Computed data may derive `meta` from the title: the first `#` is a section again.
  writeFileSync(join(computed, 'src/_data/eleventyComputed.js'), 'module.exports = {};\n');
  assert.deepEqual(run(computed, false), ['src/api.md:7:1 no-empty-sections']);
  assert.deepEqual(run(computed, true), ['src/api.md:7:1 no-empty-sections']);

  const named = site({'.eleventy.js': config, 'src/_includes/base.njk': layout('<h1>{{ heading }}</h1>'), 'src/api.md': page});
  assert.deepEqual(run(named, true), ['src/api.md:7:1 no-empty-sections']);
  // `heading` is now the site's global data (its name on every page), not the page's title.
  mkdirSync(join(named, 'src/_data'));
  writeFileSync(join(named, 'src/_data/heading.json'), '"Widgets"\n');
  assert.deepEqual(run(named, false), []);
  assert.deepEqual(run(named, true), []);
});

test('no-empty-sections: a title bound to another name in <head> ({% set %}, {% assign %}, {% capture %}) is printed where the body shows that name', async () => {
  const rule = 'no-empty-sections';
  const files = (head, body) => ({'.eleventy.js': config, 'src/_includes/base.njk': layout(body, head), 'src/api.md': page.replace('permalink: /api/\n', '')});
  const printed = ['src/api.md:6:1 no-empty-sections'];
  assert.deepEqual(await siteFindings(rule, files('{% set pageTitle = title or "Widgets" %}', '<header class="hero">{{ pageTitle }}</header>')), printed);
  assert.deepEqual(await siteFindings(rule, files('{% assign heading = title | upcase %}{% assign shown = heading %}', '<p class="lead">{{ shown }}</p>')), printed);
  assert.deepEqual(await siteFindings(rule, files('{% capture label %}{{ title }} — Widgets{% endcapture %}', '<div>{{ label }}</div>')), printed);
  // Bound for the browser tab only: still no title on the page, its first `#` is the title.
  assert.deepEqual(await siteFindings(rule, files('{% set pageTitle = title + " | Widgets" %}<meta property="og:title" content="{{ pageTitle }}">', '')), []);
});
