// Generator behaviours the round-8 tune sites showed postlint lacked, each on a small site of its
// own, asserted by exact rule id, line and column (or no finding at all), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {tempSite, siteFindings as run} from './helpers.mjs';

// A Hugo site whose content sits in content/en, mounted by a module config file in a SUBFOLDER of
// config/_default (Hugo walks the folder and keys each file by its file name).
function mountedHugo(moduleFile) {
  return tempSite({
    'config/_default/hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Site"\n',
    [moduleFile]: 'mounts:\n  - source: content/en\n    target: content\n    lang: en\n',
    'config/_default/languages/languages.yaml': 'en:\n  languageName: English\n  weight: 1\n',
    'content/en/_index.md': '---\ntitle: Home\n---\n\n# Home\n\nText.\n',
    'content/en/docs/_index.md': '---\ntitle: Docs\n---\n\n# Docs\n\nSee [install](/docs/install/) and [the guide]({{< ref "/docs/guide" >}}).\n\nAnd [gone]({{< ref "/docs/gone" >}}).\n',
    'content/en/docs/install.md': '---\ntitle: Install\n---\n\n# Install\n\n![diagram](/images/diagram.png)\n',
    'content/en/docs/guide.md': '---\ntitle: Guide\n---\n\n# Guide\n\nText.\n',
    'static/images/diagram.png': 'png',
  });
}

test('hugo config directory: a module file in a subfolder of config/_default is the `module` key, so its mount is seen; a missing page is still missing', () => {
  assert.deepEqual(run(mountedHugo('config/_default/module/module.yaml')), ['content/en/docs/_index.md:9:12 no-missing-files']);
  // The same file at the folder's top level reads the same.
  assert.deepEqual(run(mountedHugo('config/_default/module.yaml')), ['content/en/docs/_index.md:9:12 no-missing-files']);
});

test('hugo config directory: key paths and merge order as Hugo\'s loadConfigFromConfigDir (params.fr under languages.fr, maps merged deeply, production last)', async () => {
  await import('../dist/src/site/generators/index.js');
  const {hugoConfigKeyPath, readHugoConfigDir} = await import('../dist/src/site/generators/hugo-config-dir.js');
  assert.deepEqual(hugoConfigKeyPath('hugo'), []);
  assert.deepEqual(hugoConfigKeyPath('config'), []);
  assert.deepEqual(hugoConfigKeyPath('module'), ['module']);
  assert.deepEqual(hugoConfigKeyPath('params.fr'), ['languages', 'fr', 'params']);
  assert.deepEqual(hugoConfigKeyPath('menu.fr'), ['languages', 'fr', 'menus']);
  assert.deepEqual(hugoConfigKeyPath('languages.fr'), ['languages', 'fr']);
  const root = tempSite({
    'config/_default/hugo.toml': 'title = "Site"\n[params]\nkeep = 1\n',
    'config/_default/params.toml': 'color = "red"\n',
    'config/_default/versions/params.yaml': 'version: "1.0"\n',
    'config/_default/params.fr.toml': 'color = "rouge"\n',
    'config/production/params.toml': 'color = "blue"\n',
    'config/development/params.toml': 'color = "green"\n',
  });
  const {config} = await readHugoConfigDir(root);
  assert.deepEqual(JSON.parse(JSON.stringify(config)), {title: 'Site', params: {keep: 1, color: 'blue', version: '1.0'}, languages: {fr: {params: {color: 'rouge'}}}});
  // A hostile key reaches no prototype.
  const hostile = tempSite({'config/_default/hugo.yaml': '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n', 'config/_default/__proto__.yaml': 'polluted: yes\n'});
  await readHugoConfigDir(hostile);
  assert.equal({}.polluted, undefined);
});

test('hugo config directory: a file keyed by its own name only: a mount under another key (`modules/mounts.yaml`) mounts nothing', () => {
  // Without the mount the content root is content/: the ref to /docs/guide names no page.
  assert.deepEqual(run(mountedHugo('config/_default/modules/mounts.yaml')), ['content/en/docs/_index.md:7:47 no-missing-files', 'content/en/docs/_index.md:9:12 no-missing-files']);
});

// An Eleventy site whose config sets no input folder; package.json scripts run it with --input=./docs.
function eleventyCli(scripts) {
  return tempSite({
    '.eleventy.js': 'module.exports = function (config) {\n  config.addPassthroughCopy("docs/img");\n};\n',
    'package.json': JSON.stringify({name: 'site', scripts}, null, 2),
    'docs/index.md': '# Home\n\nA [guide](/guide/) and ![a logo](/img/logo.png).\n\n![gone](/img/gone.png)\n',
    'docs/guide.md': '# Guide\n\nText.\n',
    'docs/img/logo.png': 'png',
    '.github/PULL_REQUEST_TEMPLATE.md': '## What changed\n\n## Why\n\n## Checklist\n\n- [ ] Tests\n',
  });
}

test('eleventy: --input given on the command line in package.json scripts is the input folder when the config sets none; a .github template outside it is no page', () => {
  const expected = ['docs/index.md:5:1 no-missing-files'];
  assert.deepEqual(run(eleventyCli({build: 'eleventy --input=./docs --output=public', watch: 'eleventy --input=./docs --output=public --watch'})), expected);
  // The other spellings of the same command.
  assert.deepEqual(run(eleventyCli({build: 'npm run css && npx @11ty/eleventy --input docs'})), expected);
  assert.deepEqual(run(eleventyCli({build: 'npx eleventy --input="docs/"'})), expected);
});

test('eleventy: scripts that disagree on --input leave the input folder the config\'s (the site folder): the template is a page again', () => {
  const found = run(eleventyCli({build: 'eleventy --input=docs', other: 'eleventy --input=site'}));
  assert.ok(found.includes('.github/PULL_REQUEST_TEMPLATE.md:1:1 no-empty-sections'), found.join('\n'));
});

// A Jekyll site whose home page is index.html (its ids come from an include) beside a README.md.
function jekyllHome(files = {}) {
  return tempSite({
    '_config.yml': 'title: Site\n',
    'index.html': '---\nlayout: default\n---\n{% include clients.html %}\n',
    '_includes/clients.html': '<section id="section:clients">Clients</section>\n',
    'README.md': '# Site source\n\n## Building\n\nRun it.\n',
    'about.md': '---\ntitle: About\n---\n\nSee [my clients](/#section:clients) and [the docs](/docs/#setup).\n',
    'docs/index.md': '---\ntitle: Docs\n---\n\n## Install\n\nText.\n',
    'docs/README.md': '# Docs source\n\n## Setup\n\nText.\n',
    ...files,
  });
}

test('jekyll: a folder URL is served by its index page (index.html, index.md), not by a README beside it', () => {
  // `/#section:clients` is on index.html (written by an include: not checked); `/docs/#setup` is looked up in docs/index.md, which has no such heading.
  assert.deepEqual(run(jekyllHome()), ['about.md:5:41 no-broken-anchors']);
});

test('jekyll: with no index page the README is the folder\'s page (jekyll-readme-index)', () => {
  const root = jekyllHome();
  rmSync(join(root, 'docs/index.md'));
  rmSync(join(root, 'index.html'));
  // Without the include no template of the site writes the id (a page with no layout counts every template).
  rmSync(join(root, '_includes/clients.html'));
  assert.deepEqual(run(root), ['about.md:5:5 no-broken-anchors']);
});

// The complexity pre-scan splits blocks as micromark does: once a delimiter row has opened a GFM
// table, each line is a row parsed apart, with a leading pipe or without.
const {tooComplex} = await import('../dist/src/complexity.js');

test('complexity: a long GFM table whose rows have no leading pipe is rows, not one paragraph; the same lines with no delimiter row are one paragraph', () => {
  const rows = Array.from({length: 800}, (_, i) => `\`event_${i}\` | \`fd\` | \`${'x'.repeat(3)}\` | *maybe* | [link](#a)`);
  const table = ['# Events', '', 'Name | Args | Flags | Note | Link', '--- | --- | --- | --- | ---', ...rows, ''].join('\n');
  assert.equal(tooComplex(table), undefined);
  // With a leading pipe and aligned delimiters as well.
  const piped = ['# Events', '', '| Name | Args |', '|:---|---:|', ...rows.slice(0, 400).map((row) => `| ${row} |`), ''].join('\n');
  assert.equal(tooComplex(piped), undefined);
  // No delimiter row: a paragraph of 800 lines whose delimiters add up.
  const paragraph = ['# Events', '', 'Name | Args | Flags | Note | Link', ...rows, ''].join('\n');
  assert.deepEqual(tooComplex(paragraph), {line: 3, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'});
  // After a blank line the table is over: the next lines are a paragraph again.
  const after = ['a | b', '--- | ---', 'c | d', '', ...rows.map((row) => row.replace(/\|/g, ' ')), ''].join('\n');
  assert.deepEqual(tooComplex(after), {line: 5, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'});
});

test('complexity: one hostile table row is still too complex at its line, and a long hostile delimiter row costs linear time', () => {
  const text = ['a | b', '--- | ---', 'c | d', `${'**a'.repeat(3000)} | x`, ''].join('\n');
  assert.deepEqual(tooComplex(text), {line: 4, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'});
  // CPU time, not wall: waiting for a core on a busy machine does not count; linear is milliseconds, quadratic minutes.
  const started = process.cpuUsage();
  const near = `a | b\n${'-'.repeat(200_000)}${' '.repeat(200_000)}x |\n${'- |'.repeat(100_000)}${' \t'.repeat(100_000)}y\n`;
  assert.equal(tooComplex(near), undefined);
  const used = process.cpuUsage(started);
  assert.ok(used.user + used.system < 5_000_000, 'the delimiter-row test is linear');
});
