// Eleventy's passthrough copy (src/site/generators/eleventy-copies.ts): `addPassthroughCopy` puts
// project files into the output tree, a string keeping each file's path (input folder stripped), an
// object mapping a path to an output path (`{public: "/"}`), a glob in an object flattening its files
// into the output path. A page's relative image is read from its output URL (`notes/first.md` is
// served at /notes/first/), so it may be a file a copy writes there; site-root paths likewise.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';
import {copiedSources, readPassthroughCopies} from '../dist/src/site/generators/eleventy-copies.js';

function check(root) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  const unverifiable = json.flatMap((file) => (file.unverifiable ?? []).map(({line, column, url, reason}) => `${file.filePath.slice(root.length + 1)}:${line}:${column} ${url}: ${reason}`)).sort();
  return {findings: findings(json, root).filter((row) => !/spelling|brand-casing/.test(row)).sort(), unverifiable};
}

const page = [
  '---',
  'title: First note',
  '---',
  '',
  'A drawing: ![Diagram](diagram.png) and ![Chart](chart.png).',
  '',
  'The [font](/fonts/serif.woff2), the ![logo](/icons/logo.svg) and ![the icon](../../favicon.ico).',
  '',
  'Beside the next note: ![Sketch](../second/sketch.png).',
  '',
].join('\n');

const project = {
  '.eleventy.js': [
    'module.exports = function (config) {',
    '  // Everything in public/ is served from the site root.',
    '  config.addPassthroughCopy({ public: "/" });',
    '  config.addPassthroughCopy({ "assets/fonts": "fonts", "art/**/*.svg": "icons" });',
    '  config.addPassthroughCopy("pages/favicon.ico");',
    '  return { dir: { input: "pages" } };',
    '};',
    '',
  ].join('\n'),
  'public/notes/first/diagram.png': 'png',
  'public/notes/second/sketch.png': 'png',
  'assets/fonts/serif.woff2': 'font',
  'art/brand/logo.svg': '<svg/>',
  'pages/favicon.ico': 'ico',
  'pages/notes/first.md': page,
  'pages/notes/second.md': '---\ntitle: Second note\n---\n\nShort.\n',
};

test('Eleventy: a relative image is looked for where the passthrough copies put files at the page\'s output URL', () => {
  const {findings: found, unverifiable} = check(tempSite(project, 'postlint-eleventy-copies-'));
  // Only chart.png, which no copy writes at /notes/first/chart.png.
  assert.deepEqual(found, ['pages/notes/first.md:5:40 no-missing-files']);
  assert.deepEqual(unverifiable, []);
});

test('Eleventy: a copy call postlint cannot read makes a relative asset it does not find unverifiable', () => {
  const root = tempSite({
    ...project,
    '.eleventy.js': 'const dirs = require("./dirs.js");\nmodule.exports = function (config) {\n  config.addPassthroughCopy(dirs.static);\n  return { dir: { input: "pages" } };\n};\n',
    'dirs.js': 'module.exports = {static: "public"};\n',
  }, 'postlint-eleventy-copies-');
  const {findings: found, unverifiable} = check(root);
  assert.deepEqual(found.filter((row) => row.includes(':5:')), []);
  assert.ok(unverifiable.some((row) => row.startsWith('pages/notes/first.md:5:40 chart.png: .eleventy.js copies files with addPassthroughCopy arguments postlint cannot read')), unverifiable.join('\n'));
});

test('Eleventy passthrough copy: output paths as TemplatePassthrough computes them', () => {
  const read = readPassthroughCopies(['config.addPassthroughCopy("src/img");\nconfig.addPassthroughCopy({"static": "/", "src/avatar.png": "me.png", "art/**/*.svg": "icons"});\n// config.addPassthroughCopy("commented");\nconfig.addPassthroughCopy(`${dir}/x`);\n']);
  assert.equal(read.unread, 1);
  assert.deepEqual(read.copies.map(({from, to, glob}) => `${from} -> ${to}${glob ? ' (glob)' : ''}`), ['src/img -> true', 'static -> /', 'src/avatar.png -> me.png', 'art/**/*.svg -> icons (glob)']);
  const root = '/project';
  const sources = (output, input) => copiedSources(output, read.copies.filter((copy) => !copy.glob), root, `${root}/${input}`);
  // The string form strips the input folder from the path: src/img/a.png is /img/a.png with input src, /src/img/a.png with input ".".
  assert.ok(sources('img/a.png', 'src').includes('/project/src/img/a.png'));
  assert.ok(!sources('img/a.png', '.').includes('/project/src/img/a.png'));
  assert.ok(sources('src/img/a.png', '.').includes('/project/src/img/a.png'));
  // An object maps a folder below its output path and a file to its output path.
  assert.ok(sources('things/post/a.gif', 'src').includes('/project/static/things/post/a.gif'));
  assert.ok(sources('me.png', 'src').includes('/project/src/avatar.png'));
  assert.ok(!sources('avatar.png', 'src').includes('/project/src/avatar.png'));
});
