// Rule concepts learnt from the round-7 tune sites, each with a small site of its own: one problem,
// one finding; a house style the site keeps; what a careful editor of that site would change.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync} from 'node:fs';
import {findings, postlintJson, tempSite} from './helpers.mjs';

/** Run the CLI on a small site (all rules at their defaults, offline); rows "file:line:col rule" of the rules asked for. */
function lint(files, rules, args = ['--no-cache', '--no-workers']) {
  const root = tempSite(files);
  try {
    const {json} = postlintJson(['--offline', '--no-config', ...args, '.'], {cwd: root});
    return findings(json, root).filter((row) => rules.some((rule) => row.endsWith(` ${rule}`)));
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}

test('spelling yields to brand-casing on the same word at the same place: one problem, one finding', () => {
  const files = {
    'a.md': '# Builds\n\nWe run jenkins every night, and Jenkins at noon; recieve is a typo.\n',
    'b.md': '# More\n\nOur jenkins box.\n',
  };
  const expected = ['a.md:3:8 brand-casing', 'a.md:3:50 spelling', 'b.md:3:5 brand-casing'];
  assert.deepEqual(lint(files, ['spelling', 'brand-casing']), expected);
  // The same with worker threads, and with the caches (a first run fills them, the second replays).
  assert.deepEqual(lint(files, ['spelling', 'brand-casing'], ['--no-cache', '--workers', '2']), expected);
  const root = tempSite(files);
  try {
    for (let run = 0; run < 2; run++) {
      const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
      assert.deepEqual(findings(json, root).filter((row) => / (spelling|brand-casing)$/.test(row)), expected, `run ${run + 1} with caches`);
    }
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
  // With brand-casing off nothing else says it: spelling reports the word.
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '--rule', 'brand-casing:off', '.'], {cwd: tempSite({'a.md': files['a.md']})});
  assert.deepEqual(json.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.data?.word}`)), ['3:8 spelling jenkins', '3:50 spelling recieve']);
});

test('spelling: eg and ie without stops are reported only where the site\'s own prose writes e.g. or i.e. as its style (four times as often)', () => {
  const house = {
    'a.md': '# Notes\n\nSome tools, eg hammers, ie the heavy ones.\n',
    // Code and URLs are not the site's prose: they do not count as writing the dotted form.
    'b.md': '# More\n\nRun `grep e.g. notes` or see <https://example.org/e.g./x>.\n\n```\ni.e. in code\n```\n',
  };
  assert.deepEqual(lint(house, ['spelling']), []);
  // Prose that writes the stops four times as often as the dotless forms (8 to 2) makes the dots the site's style: the dotless forms are news everywhere.
  const stops = ' Again, e.g. one, e.g. two, i.e. three, i.e. four, e.g. five, e.g. six, i.e. seven.';
  const dotted = {...house, 'c.md': `# Style\n\nWe write abbreviations with stops, e.g. this one.${stops}\n`};
  assert.deepEqual(lint(dotted, ['spelling']), ['a.md:3:13 spelling', 'a.md:3:25 spelling']);
  assert.deepEqual(lint({...house, 'c.md': `# Style\n\n*I.e.* the same.${stops}\n`}, ['spelling']), ['a.md:3:13 spelling', 'a.md:3:25 spelling']);
  // Writing the stops once against the two dotless uses is no style of the site's: both forms are its own.
  assert.deepEqual(lint({...house, 'c.md': '# Style\n\nWe write abbreviations with stops, e.g. this one.\n'}, ['spelling']), []);
});

const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';

test('no-placeholders: a specimen page (filler under one heading after another) shows its filler and dummy links; a leftover in a real page is reported', () => {
  const specimen = [
    '# Styles', // 1
    '',
    'This page shows how our pages look.',
    '',
    '## Text',
    '',
    lorem, // 7
    '',
    '## Quote',
    '',
    `> ${lorem}`, // 11
    '',
    '## List',
    '',
    `- ${lorem}`, // 15
    '',
    '## Links',
    '',
    'This is a [link](#) to another page. [So is this]().', // 19
    '',
    'TODO: add the tables section.', // 21: a note to self, on a specimen page too
    '',
  ].join('\n');
  const real = [
    '# Release notes', // 1
    '',
    'We moved the build to the new runner, and the cache is kept between jobs.',
    '',
    '## Details',
    '',
    lorem, // 7: one filler paragraph among real content
    '',
    'Read [the guide](#) first.', // 9
    '',
    'The parser is now faster, and lorem ipsum remains here.', // 11: a note in running prose
    '',
  ].join('\n');
  assert.deepEqual(lint({'styles.md': specimen, 'notes.md': real}, ['no-placeholders']), [
    'notes.md:7:1 no-placeholders',
    'notes.md:9:6 no-placeholders',
    'notes.md:11:31 no-placeholders',
    'styles.md:21:1 no-placeholders',
  ]);
  // Two filler paragraphs are a specimen only when they are half the page's paragraphs.
  const two = ['# A', '', lorem, '', lorem, '', 'One.', '', 'Two.', '', 'Three.', ''].join('\n');
  assert.deepEqual(lint({'two.md': two}, ['no-placeholders']), ['two.md:3:1 no-placeholders', 'two.md:5:1 no-placeholders']);
  assert.deepEqual(lint({'two.md': ['# A', '', lorem, '', lorem, '', 'One.', ''].join('\n')}, ['no-placeholders']), []);
});

test('no-missing-files: a static file that exists only with other letter case is a portability warning, a missing one an error', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'static/get/shots/008.PNG': 'png',
    'content/posts/a.md': '---\ntitle: A\n---\n\n![Step 8](/get/shots/008.png)\n\n![Step 9](/get/shots/009.png)\n\n![Step 8 again](/get/shots/008.PNG)\n',
  });
  try {
    const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '--rule', 'no-missing-files:error', '.'], {cwd: root});
    const messages = json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'no-missing-files').map((m) => `${m.line}:${m.column} ${m.severity} ${m.data?.caseOnly === true}`));
    // severity 1 = warning, 2 = error (ESLint's JSON shape).
    assert.deepEqual(messages, ['5:1 1 true', '7:1 2 false']);
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
});

test('eleventy: a slugify passed to markdown-it-anchor by name is followed to what the name is bound to', () => {
  const page = '---\ntitle: A\n---\n\n## Example: Mouse Controller\n\n[ok](#example:-mouse-controller) [wrong](#no-such-heading)\n';
  const anchors = (config) => {
    const root = tempSite({'eleventy.config.js': config, 'a.md': page});
    try {
      const {json} = postlintJson(['--no-config', '--offline', '--no-cache', '.'], {cwd: root});
      return json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'no-broken-anchors').map((m) => `${m.line}:${m.column} ${m.ruleId}`));
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  };
  // npm `slugify` (which keeps `:`), called with `{lower: true}` by a function bound to a name and passed as `{slugify}`: postlint runs the package with those options.
  assert.deepEqual(anchors([
    'const markdownItAnchor = require("markdown-it-anchor");',
    'const slugifyLib = require("slugify");',
    'const slugify = (s) => slugifyLib(s, {lower: true});',
    'module.exports = (c) => { c.amendLibrary("md", (md) => md.use(markdownItAnchor, {permalink: false, slugify})); };',
    '',
  ].join('\n')), ['7:34 no-broken-anchors']);
  // A function postlint cannot read (another call around the package): fragments are unverifiable.
  assert.deepEqual(anchors([
    'const markdownItAnchor = require("markdown-it-anchor");',
    'const slugifyLib = require("slugify");',
    'const slugify = (s) => slugifyLib(s.replace(/v/g, ""), {lower: true});',
    'module.exports = (c) => { c.amendLibrary("md", (md) => md.use(markdownItAnchor, {permalink: false, slugify})); };',
    '',
  ].join('\n')), []);
  // The package postlint knows, by the same shorthand: ids are known (`example-mouse-controller`, no `:`), so both fragments are wrong.
  assert.deepEqual(anchors([
    'import markdownItAnchor from "markdown-it-anchor";',
    'import slugify from "@sindresorhus/slugify";',
    'export default (c) => { c.amendLibrary("md", (md) => md.use(markdownItAnchor, {slugify})); };',
    '',
  ].join('\n')), ['7:1 no-broken-anchors', '7:34 no-broken-anchors']);
});

test('eleventy: npm slugify written inline with its options runs as the package does; markdown-it-anchor ids only the levels its `level` names', () => {
  const page = "---\ntitle: A\n---\n\n# Lit 3.0 (Intro)\n\n## Lit 3.0: What's New?\n\n[h2](#lit-3.0:-whats-new) [h1](#lit-3.0-(intro)) [github](#lit-30-whats-new)\n";
  const config = [
    'import markdownItAnchor from "markdown-it-anchor";',
    'import slugify from "slugify";',
    "export default (c) => { c.amendLibrary('md', (md) => md.use(markdownItAnchor, {level: [2, 3], slugify: (s) => slugify(s, {lower: true, remove: /[?']/g})})); };",
    '',
  ].join('\n');
  const root = tempSite({'eleventy.config.js': config, 'a.md': page});
  try {
    const {json} = postlintJson(['--no-config', '--offline', '--no-cache', '.'], {cwd: root});
    const rows = json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'no-broken-anchors').map((m) => `${m.line}:${m.column} ${m.ruleId}`));
    // `remove` replaces the package's own set of characters to drop: `'` and `?` go, `.` and `:` stay.
    // The level-1 heading gets no id (level [2, 3]); GitHub's id for the level-2 one is not the site's.
    assert.deepEqual(rows, ['9:27 no-broken-anchors', '9:50 no-broken-anchors']);
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
});

test('no-empty-sections on MkDocs: the blog plugin lists the posts under its index page, other empty pages are still reported', () => {
  const pages = {
    'docs/index.md': '# Home\n\nWelcome.\n',
    'docs/blog/index.md': '# Blog\n',
    'docs/blog/posts/first.md': '---\ndate: 2024-01-02\n---\n\n# First\n\nText.\n',
    'docs/notes/index.md': '# Notes\n',
  };
  // Both ways of turning it on: Material's `material/blog` in a mapping, and `blog` in a list.
  for (const config of ['site_name: S\nplugins:\n  search: {}\n  material/blog:\n    post_excerpt: optional\n', 'site_name: S\nplugins:\n  - search\n  - blog\n']) {
    assert.deepEqual(lint({'mkdocs.yml': config, ...pages}, ['no-empty-sections']), ['docs/notes/index.md:1:1 no-empty-sections'], config);
  }
  // Without the plugin (or with it off) nothing is appended: the index page is empty.
  for (const config of ['site_name: S\n', 'site_name: S\nplugins:\n  - blog:\n      enabled: false\n']) {
    assert.deepEqual(lint({'mkdocs.yml': config, ...pages}, ['no-empty-sections']), ['docs/blog/index.md:1:1 no-empty-sections', 'docs/notes/index.md:1:1 no-empty-sections'], config);
  }
});

test('spelling: a value the page\'s own code sets, named in prose, is not an English word; a word the code only runs still is', () => {
  const page = [
    '# Image', // 1
    '',
    '```toml',
    'hostname = "devstation"',
    'zone: "burrowfield"',
    '```',
    '',
    'Setting devstation as hostname and burrowfield as zone.', // 8
    '',
    '```',
    'zorblat',
    '```',
    '',
    'Run zorblat, then recieve the image.', // 14: a command the code only runs, and a known misspelling
    '',
  ].join('\n');
  // Every unknown word reported (report: unknown), so that the words kept are kept for this reason alone.
  const unknownWords = (text) => {
    const root = tempSite({'post.md': text, '.postlintrc.json': '{"rules": {"spelling": ["warn", {"report": "unknown"}]}}\n'});
    try {
      const {json} = postlintJson(['--offline', '--no-cache', '.'], {cwd: root});
      return json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'spelling').map((m) => `${m.line}:${m.column} ${m.data.word}`));
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  };
  assert.deepEqual(unknownWords(page), ['14:5 zorblat', '14:19 recieve']);
  // Without the code that sets them, the same words are reported.
  assert.deepEqual(unknownWords('# Image\n\nSetting devstation as hostname and burrowfield as zone.\n'), ['3:9 devstation', '3:36 burrowfield']);
});
