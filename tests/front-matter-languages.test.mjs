// gray-matter's front-matter languages (src/front-matter-language.ts): on a site whose generator
// reads front matter with gray-matter (Eleventy, Docusaurus, VitePress), `---json` opens a JSON block,
// `---js` a block of code, and a language with no engine stops the build. The block is front matter
// (its fields read: a permalink, a title), never a Markdown heading; a language postlint cannot read
// is said so by front-matter. A generator without languages (Hugo) reads `---json` as Markdown.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {postlintJson, tempSite} from './helpers.mjs';

function messages(root) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  return json.flatMap((file) => file.messages.filter((m) => !/spelling|brand-casing/.test(m.ruleId ?? '')).map((m) => `${file.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.ruleId}${m.ruleId === 'front-matter' ? ` ${m.message}` : ''}`)).sort();
}

const eleventy = {
  'eleventy.config.js': 'export default function (config) {\n  return {dir: {input: "src"}};\n}\n',
  'src/greeting.md': '---json\n{\n  "title": "Greeting",\n  "permalink": "/hello/"\n}\n---\n\n## Welcome\n\nSome words.\n',
  'src/index.md': '---\ntitle: Home\n---\n\nSee [the greeting](/hello/) and [the computed page](/computed/).\n',
  'src/computed.md': '---js\n{\n  title: "Computed",\n  date: new Date(),\n}\n---\n\n## Made by code\n\nText.\n',
  'src/broken.md': '---json\n{\n  "title": "Broken",\n}\n---\n\nText.\n',
  'src/unknown.md': '---toml\ntitle = "Unknown"\n---\n\nText.\n',
};

test('Eleventy: `---json` front matter is read (its permalink serves the page), `---js` is code, a language with no engine is reported', () => {
  assert.deepEqual(messages(tempSite(eleventy, 'postlint-fm-lang-')), [
    'src/broken.md:4:1 front-matter Invalid JSON front matter: Expected double-quoted property name',
    'src/unknown.md:1:4 front-matter Front matter in "toml" (`---toml`) is a language Eleventy has no reader for (it reads javascript, js, json, yaml): the build stops on it',
  ]);
});

test('Eleventy: an engine the config registers (setFrontMatterParsingOptions) is a language it reads', () => {
  const root = tempSite({
    ...eleventy,
    'eleventy.config.js': 'import toml from "@iarna/toml";\nexport default function (config) {\n  config.setFrontMatterParsingOptions({engines: {toml: toml.parse.bind(toml)}});\n  config.addPreprocessor("drafts", "*", (data) => (data.draft ? false : undefined));\n  return {dir: {input: "src"}};\n}\n',
    'src/unknown.md': '---toml\ntitle = "Unknown"\ndraft = "yes"\n---\n\nText.\n',
  }, 'postlint-fm-lang-');
  // Read as TOML: its fields are checked like any other block's.
  assert.deepEqual(messages(root).filter((row) => row.includes('unknown.md')), ['src/unknown.md:3:1 front-matter "draft" should be a boolean, not a string ("yes"); write true or false without quotes']);
});

test('Docusaurus: a doc whose front matter is code (`---js`) may set its slug: its URL is unknown, and a link to the URL its path would give reaches no known page; a YAML slug is read', () => {
  const root = tempSite({
    'docusaurus.config.js': 'export default {title: "Docs"};\n',
    'docs/intro.md': '---\ntitle: Intro\n---\n\nSee [computed](/docs/computed#nowhere) and [plain](/docs/set-by-yaml#nowhere).\n',
    'docs/computed.md': '---js\n{\n  slug: "/moved",\n}\n---\n\n## Made by code\n\nText.\n',
    'docs/plain.md': '---\nslug: /set-by-yaml\n---\n\n## Plain\n\nText.\n',
  }, 'postlint-fm-lang-');
  assert.deepEqual(messages(root), ['docs/intro.md:5:44 no-broken-anchors']);
});

test('Hugo reads no front-matter language: a `---json` line is Markdown there', () => {
  const root = tempSite({
    'hugo.toml': 'title = "Site"\n',
    'content/post.md': '---json\n{"title": "Post"}\n---\n\n## Next\n\nText.\n',
  }, 'postlint-fm-lang-');
  assert.deepEqual(messages(root).filter((row) => row.includes('front-matter')), []);
  assert.ok(messages(root).includes('content/post.md:1:1 no-empty-sections'), messages(root).join('\n'));
});
