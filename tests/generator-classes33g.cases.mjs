// Round 32's held-out classes of fix33g (where a file's text really lands), on small sites of their
// own (fixtures/classes33g/), asserted by exact rule id, line and column, both ways:
// - mkdocs-snippet-include-context: a pymdownx.snippets file that MkDocs also builds as a page is
//   read from its own place; a relative link failing only there, and leading to a file from every
//   page that pastes the snippet in, is unverifiable; one failing from a pasting page too is broken;
// - build-script-copy-too-broad: a build script's `cp kettle.js* … site/` brings only names its
//   glob matches; any other missing file under site/ is missing;
// - eleventy-paired-shortcode-code-sample: links in the body of a site's own paired shortcode
//   (`addPairedShortcode`, also from a local plugin module) are unverifiable, unless its function
//   puts the body in the page as written (`${inner.trim()}`, found by its name in a local module) or
//   renders it as Markdown (`md.render(content)`); links outside stay checked;
// - Hugo `ignoreFiles`: a content file, or a folder it is in, that matches is never read; so is a
//   file every content mount holding it filters out (`excludeFiles`, joined to `files` as Hugo does);
// - VitePress `rewrites`: a site-root page link resolves through them (`/guide/a.md` is `en/guide/a.md`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule} from './rule-helpers.mjs';

const shown = {options: {showUnverifiable: true}};

/** Findings as "file:line:col rule", and the unverifiable ones as "file:line:col message". */
async function findings(site, rule = 'no-missing-files') {
  const {messages} = await lintRule(rule, [`classes33g/${site}`], shown);
  const strip = (file) => file.replace(`classes33g/${site}/`, '');
  const unverifiableMessage = (message) => / cannot be checked: /.test(message.message);
  const reported = messages.filter((message) => !unverifiableMessage(message)).map((message) => `${strip(message.file)}:${message.line}:${message.column} ${message.ruleId}`).sort();
  const unverifiable = messages.filter(unverifiableMessage).map((message) => `${strip(message.file)}:${message.line}:${message.column} ${message.message}`).sort();
  return {reported, unverifiable};
}

test('mkdocs snippets that are pages too: a link right from every pasting page and wrong only on its own page is unverifiable; one wrong from a pasting page is broken', async () => {
  const {reported, unverifiable} = await findings('mkdocs-snippet-pages');
  assert.deepEqual(reported, [
    // Right from brewing-more.md, wrong from deep/tasting.md (docs/deep/setup.md) and from its own place.
    'docs/parts/rinsing.md:3:13 no-missing-files',
    // Missing from every place.
    'docs/parts/steeping.md:7:5 no-missing-files',
  ]);
  assert.equal(unverifiable.length, 2, unverifiable.join('\n'));
  assert.match(unverifiable[0], /^docs\/parts\/steeping\.md:3:6 .*this file is also pasted into docs\/brewing\.md \(a snippet\)/);
  assert.match(unverifiable[1], /^docs\/parts\/steeping\.md:5:1 .*fails only on the file's own page/);
});

test('a build script copying named files and a glob into the site brings only those names; other missing files are missing', async () => {
  const {reported, unverifiable} = await findings('build-script-copies');
  assert.deepEqual(reported, ['site/index.md:11:6 no-missing-files', 'site/index.md:9:1 no-missing-files']);
  assert.deepEqual(unverifiable.map((each) => each.split(' ')[0]), ['site/index.md:11:48', 'site/index.md:7:33', 'site/index.md:7:6', 'site/index.md:7:63']);
  for (const each of unverifiable) assert.match(each, /the build copies it into the site's sources \(\.\.\/package\.json build → docs:copy: cp kettle\.js\* kettle-core\.js kettle-schema\.json site\/\)/);
});

test('a build script copying a file and a folder into the site brings those paths only: the folder\'s own tree, or anything under the name of a folder the checkout lacks', async () => {
  // `cp -rf NOTES.md samples site` writes site/NOTES.md and site/samples/** (the tree samples/ has); `cp -r vendor-build/widgets site/` site/widgets/**.
  const {reported, unverifiable} = await findings('build-script-folder-copies');
  assert.deepEqual(reported, ['site/index.md:11:44 no-missing-files', 'site/index.md:9:1 no-missing-files']);
  assert.deepEqual(unverifiable.map((each) => each.split(' ')[0]), ['site/index.md:11:6', 'site/index.md:7:36', 'site/index.md:7:6', 'site/index.md:7:70']);
  assert.match(unverifiable[0], /the build copies it into the site's sources \(\.\.\/package\.json build → docs:copy: cp -r vendor-build\/widgets site\/\)/);
  for (const each of unverifiable.slice(1)) assert.match(each, /the build copies it into the site's sources \(\.\.\/package\.json build → docs:copy: cp -rf NOTES\.md samples site\)/);
});

test('eleventy: links in the body of a site\'s own paired shortcode are unverifiable unless it renders the body as Markdown; links outside are checked', async () => {
  const {reported, unverifiable} = await findings('eleventy-paired-shortcodes');
  assert.deepEqual(reported, ['src/notes/steeping.md:19:6 no-missing-files', 'src/notes/steeping.md:22:10 no-missing-files', 'src/notes/steeping.md:25:6 no-missing-files']);
  assert.deepEqual(unverifiable.map((each) => each.split(' ')[0]), ['src/notes/steeping.md:11:4', 'src/notes/steeping.md:15:1', 'src/notes/steeping.md:9:11']);
  assert.match(unverifiable[0], /the site's own paired shortcode \{% teaSample %\}/);
  assert.match(unverifiable[1], /the site's own paired shortcode \{% recipeCard %\}/);
});

test('hugo ignoreFiles and a content mount\'s excludeFiles: files and folders that match are never read; the rest is checked', async () => {
  const {reported} = await findings('hugo-ignore-files');
  assert.deepEqual(reported, ['content/docs/1.x/_index.md:5:5 no-missing-files', 'content/notes/kept.md:5:5 no-missing-files']);
});

test('vitepress rewrites: a site-root page link resolves through them; a page no rewrite serves is missing', async () => {
  const {reported} = await findings('vitepress-rewrites');
  assert.deepEqual(reported, ['en/guide/intro.md:3:86 no-missing-files', 'fr/guide/intro.md:3:6 no-missing-files']);
});
