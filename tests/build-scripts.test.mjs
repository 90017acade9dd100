// What a site's build commands make before the generator runs (src/site/build-scripts.ts):
// a plain recursive copy the host's build command makes (netlify.toml -> a shell script ->
// `cp -R content/v2 content/latest`) is read through, so a link into the copy is checked against
// what it copies (its missing pages and headings still reported); a folder a Node script the
// docs build runs writes (package.json script -> .mts file -> `join('src', 'docs', …)`) is made by
// the build, so links into it are unverifiable with the reason, never "missing".
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson} from './helpers.mjs';
import {gitRepo} from './git-helpers.mjs';

function check(root, folder = '.') {
  const {json} = postlintJson(['--offline', '--no-config', folder], {cwd: root});
  const unverifiable = json.flatMap((file) => (file.unverifiable ?? []).map(({line, column, url, reason}) => `${line}:${column} ${url}: ${reason}`)).sort();
  return {findings: findings(json, root).sort(), unverifiable};
}

const hugoPages = {
  'hugo.toml': 'baseURL = "https://docs.example.org/"\ntitle = "Docs"\n',
  'content/_index.md': '---\ntitle: Home\n---\n\nWelcome.\n',
  'content/v2.0/_index.md': '---\ntitle: v2.0\n---\n\nVersion two.\n',
  'content/v2.0/guide.md': '---\ntitle: Guide\n---\n\n## Install\n\nRun it.\n',
  'content/v1.0/_index.md': '---\ntitle: v1.0\n---\n\nVersion one.\n',
  'content/v1.0/guide.md': '---\ntitle: Guide\n---\n\n## Setup\n\nRun it.\n',
  'content/notes.md': [
    '---',
    'title: Notes',
    '---',
    '',
    'See [the guide]({{< ref "/latest/guide" >}}) and [install]({{< ref "/latest/guide#install" >}}).',
    '',
    'But [no such heading]({{< ref "/latest/guide#uninstall" >}}) and [no such page]({{< ref "/latest/gone" >}}).',
    '',
    'And [the stable guide]({{< ref "/stable/guide" >}}).',
    '',
  ].join('\n'),
};

const buildScript = [
  '#!/usr/bin/env bash',
  '# Which version is the latest?',
  'LATEST="2.0"',
  '',
  'cp -R content/v$LATEST content/latest',
  '',
  'if [ "$CONTEXT" = "production" ]; then',
  '  cp -R content/v1.0 content/stable',
  'fi',
  'hugo --minify',
  '',
].join('\n');

test('Hugo: a folder the build script copies is read as the folder it copies; what that lacks is still reported', () => {
  const root = gitRepo({
    ...hugoPages,
    'netlify.toml': '[build]\n  publish = "public/"\n  command = "bash build.sh"\n',
    'build.sh': buildScript,
  });
  const {findings: found} = check(root);
  assert.deepEqual(found, [
    // The copy has the page but not the heading, and not the page at all.
    'content/notes.md:7:23 no-broken-anchors',
    'content/notes.md:7:81 no-missing-files',
    // A copy made only under a condition (`if … fi`) is not certain: read as before.
    'content/notes.md:9:24 no-missing-files',
  ]);
});

/** What notes.md's five links give when no build copy answers them. */
const everyNotesLinkMissing = [
  'content/notes.md:5:17 no-missing-files',
  'content/notes.md:5:60 no-missing-files',
  'content/notes.md:7:23 no-missing-files',
  'content/notes.md:7:81 no-missing-files',
  'content/notes.md:9:24 no-missing-files',
];

test('Hugo: without the build command the same links are missing (the copy is what makes them resolve)', () => {
  const root = gitRepo({
    ...hugoPages,
    'netlify.toml': '[build]\n  publish = "public/"\n  command = "hugo --minify"\n',
    'build.sh': buildScript,
  });
  assert.deepEqual(check(root).findings, everyNotesLinkMissing);
});

test('Hugo: a copy whose source has a variable the script never sets, or onto a folder that exists, is passed over', () => {
  const root = gitRepo({
    ...hugoPages,
    'content/stable/_index.md': '---\ntitle: Stable\n---\n\nStable.\n',
    'netlify.toml': '[build]\n  command = "./build.sh"\n',
    'build.sh': 'cp -R content/v$VERSION content/latest\ncp -R content/v1.0 content/stable\nhugo\n',
  });
  assert.deepEqual(check(root).findings, everyNotesLinkMissing);
});

const vitepressPackage = {
  'lib/package.json': JSON.stringify({
    name: 'lib',
    scripts: {
      'docs:prepare': 'tsx scripts/docs.cli.mts --site',
      'docs:build': 'pnpm docs:prepare && vitepress build src/docs',
      test: 'tsx scripts/other.mts',
    },
  }, null, 2),
  'lib/scripts/docs.cli.mts': "import {writeDocs} from './docs.mjs';\n\nwriteDocs(process.argv.includes('--site'));\n",
  'lib/scripts/docs.mts': [
    "import {mkdirSync, writeFileSync} from 'node:fs';",
    "import {join} from 'node:path';",
    '',
    "const SOURCE = 'src/docs';",
    "const OUTPUT = join('src', 'docs', 'reference', 'options');",
    "const TYPE = 'application/json';",
    '',
    'export function writeDocs(site: boolean): void {',
    '  mkdirSync(OUTPUT, {recursive: true});',
    "  writeFileSync(join(OUTPUT, 'index.md'), `# Options (${SOURCE}, ${TYPE}, ${site})`);",
    '}',
    '',
  ].join('\n'),
  // Not run by the docs build: what it names is not the build's.
  'lib/scripts/other.mts': "import {writeFileSync} from 'node:fs';\n\nwriteFileSync('src/docs/extra/page.md', '# Extra');\n",
  'lib/src/docs/.vitepress/config.mts': "import {defineConfig} from 'vitepress'\n\nexport default defineConfig({title: 'Lib'})\n",
  'lib/src/docs/index.md': '# Lib\n\nSee [the guide](/guide/start).\n',
  'lib/src/docs/guide/start.md': [
    '# Start',
    '',
    'Every [option](/reference/options/) and [one of them](/reference/options/colors.html#dark).',
    '',
    'But [a page nobody writes](/reference/flags) and [another](/guide/finish).',
    '',
    'And [extra](/extra/page).',
    '',
  ].join('\n'),
};

test('VitePress: a folder a script of the docs build writes is the build\'s (unverifiable, with the reason); other missing pages are still reported', () => {
  const root = gitRepo(vitepressPackage);
  const {findings: found, unverifiable} = check(root, 'lib/src/docs');
  assert.deepEqual(found, [
    'lib/src/docs/guide/start.md:5:5 no-missing-files',
    'lib/src/docs/guide/start.md:5:50 no-missing-files',
    'lib/src/docs/guide/start.md:7:5 no-missing-files',
  ]);
  assert.deepEqual(unverifiable, [
    '3:41 /reference/options/colors.html#dark: generated by the build: ../../scripts/docs.mts writes reference/options/ (run by ../../package.json docs:build → docs:prepare); postlint does not run it',
    '3:7 /reference/options/: generated by the build: ../../scripts/docs.mts writes reference/options/ (run by ../../package.json docs:build → docs:prepare); postlint does not run it',
  ]);
});

test('VitePress: the same script not run by any build command makes nothing unverifiable', () => {
  const files = {...vitepressPackage, 'lib/package.json': JSON.stringify({name: 'lib', scripts: {gen: 'tsx scripts/docs.cli.mts'}}, null, 2)};
  const root = gitRepo(files);
  assert.deepEqual(check(root, 'lib/src/docs').findings, [
    'lib/src/docs/guide/start.md:3:41 no-missing-files',
    'lib/src/docs/guide/start.md:3:7 no-missing-files',
    'lib/src/docs/guide/start.md:5:5 no-missing-files',
    'lib/src/docs/guide/start.md:5:50 no-missing-files',
    'lib/src/docs/guide/start.md:7:5 no-missing-files',
  ]);
});

test('rsync into a folder the site has: its own pages first, the copied ones under it; a one-line `if` copy is not read', () => {
  const root = gitRepo({
    ...hugoPages,
    'content/latest/_index.md': '---\ntitle: Latest\n---\n\nLatest.\n',
    'content/latest/news.md': '---\ntitle: News\n---\n\n## Today\n\nText.\n',
    'content/more.md': '---\ntitle: More\n---\n\nSee [news]({{< ref "/latest/news#today" >}}) and [guide]({{< ref "/latest/guide#install" >}}) and [setup]({{< ref "/latest/guide#setup" >}}).\n\nAnd [stable]({{< ref "/stable/guide" >}}).\n',
    'vercel.json': JSON.stringify({buildCommand: 'sh scripts/site.sh'}),
    'scripts/site.sh': 'set -e\nrsync -a --delete content/v2.0/ content/latest/\nif [ -n "$CI" ]; then cp -R content/v1.0 content/stable; fi\nhugo\n',
  });
  assert.deepEqual(check(root).findings.filter((finding) => finding.startsWith('content/more.md')), [
    'content/more.md:5:107 no-broken-anchors',
    'content/more.md:7:14 no-missing-files',
  ]);
});

test('a site-root page the site\'s own sidebar names is the build\'s (unverifiable); one it does not name is missing', () => {
  const root = gitRepo({
    'docs/.vitepress/config.ts': "import {defineConfig} from 'vitepress'\n\nexport default defineConfig({\n  themeConfig: {\n    sidebar: [{text: 'Reference', items: [{text: 'Options', link: '/reference/options'}]}],\n  },\n})\n",
    'docs/index.md': '# Home\n\nSee [options](/reference/options.html#colors) and [flags](/reference/flags).\n',
  });
  const {findings: found, unverifiable} = check(root, 'docs');
  assert.deepEqual(found, ['docs/index.md:3:51 no-missing-files']);
  assert.deepEqual(unverifiable, [
    "3:5 /reference/options.html#colors: the site's own navigation names it (.vitepress/config.ts) but no page is there: a page the build makes, which postlint does not see",
  ]);
});
