// The language server keeps its site index in memory and updates it one file at a time: what a
// keystroke re-reads, what the watcher brings in, which open documents are published again, the
// settings read again without a restart, external links on save, and a crashing rule.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';
import {startServer, uri} from './lsp-client.mjs';
import {startServer as startHttp, runJson} from './links-server.mjs';

const target = '# Bee\n\n## Install steps\n\nText here.\n\n## Usage\n\nMore text.\n';
const renamed = target.replace('## Install steps', '## Setup steps');
const only = (id) => (diagnostics) => diagnostics.filter((d) => d.code === id);
const anchors = only('no-broken-anchors');
const missing = only('no-missing-files');
const dead = only('no-dead-links');

function begin(t, files, options) {
  const root = tempSite(files);
  return startServer(root, options).then((server) => {
    t.after(() => {
      server.kill();
      rmSync(root, {recursive: true, force: true});
    });
    return {root, server};
  });
}

test('an edit re-reads only its document; files changed on disk come in through the watcher', {timeout: 120_000}, async (t) => {
  const {root, server} = await begin(t, {'b.md': target, 'a.md': '# Old\n'});
  await server.indexed;
  const a = uri(join(root, 'a.md'));
  const text = '# Notes\n\nSee [the steps](b.md#install-steps) and [c](c.md).\n';
  await server.open(a, text);
  const first = await server.diagnostics(a);
  assert.deepEqual(anchors(first), []);
  assert.deepEqual(missing(first).map((d) => d.range.start), [{line: 2, character: 40}]);

  // Changed on disk but not reported: typing does not walk or read the site again.
  writeFileSync(join(root, 'b.md'), renamed);
  writeFileSync(join(root, 'c.md'), '# C\n');
  await server.change(a, `${text}\nMore.\n`);
  const typed = await server.diagnostics(a);
  assert.deepEqual(anchors(typed), []);
  assert.equal(missing(typed).length, 1);

  // Reported by the watcher: the index takes both (a changed heading, a created file).
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, 'b.md')), type: 2}, {uri: uri(join(root, 'c.md')), type: 1}]});
  const after = await server.diagnostics(a, (d) => anchors(d).length > 0);
  assert.match(anchors(after)[0].message, /"#install-steps" matches no heading in b\.md/);
  assert.deepEqual(anchors(after)[0].range.start, {line: 2, character: 4});
  assert.deepEqual(missing(after), []);

  // Deleted on disk: the link to it is broken again.
  rmSync(join(root, 'c.md'));
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, 'c.md')), type: 3}]});
  const gone = await server.diagnostics(a, (d) => missing(d).length > 0);
  assert.deepEqual(missing(gone).map((d) => d.range.start), [{line: 2, character: 40}]);
  // A file discovery would not index (another extension) is not read.
  writeFileSync(join(root, 'c.txt'), 'x');
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, 'c.txt')), type: 1}]});
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('a renamed heading re-publishes only the open documents that link to it', {timeout: 120_000}, async (t) => {
  const {root, server} = await begin(t, {'b.md': target, 'a.md': '# A\n', 'c.md': '# C\n'});
  await server.indexed;
  const [a, b, c] = ['a.md', 'b.md', 'c.md'].map((name) => uri(join(root, name)));
  await server.open(b, target);
  await server.diagnostics(b);
  await server.open(a, '# Notes\n\nSee [the steps](b.md#install-steps).\n');
  await server.diagnostics(a);
  await server.open(c, '# Cats\n\nNo links here, but [one](a.md#notes).\n');
  await server.diagnostics(c);
  const count = (docUri) => server.published.filter((p) => p.uri === docUri).length;
  const before = {a: count(a), c: count(c)};

  // The heading a.md links to is renamed in the editor: a.md and b.md are published, c.md is not.
  await server.change(b, renamed);
  const broken = await server.diagnostics(a, (d) => anchors(d).length > 0);
  assert.deepEqual(anchors(broken)[0].range.start, {line: 2, character: 4});
  // An edit that changes no id (a paragraph) publishes only b.md itself.
  await server.change(b, renamed.replace('Text here.', 'Other text.'));
  await server.diagnostics(b);
  // A barrier: c.md's own edit is handled after everything before it.
  await server.change(c, '# Cats\n\nStill no links to b, but [one](a.md#nope).\n');
  const own = await server.diagnostics(c, (d) => anchors(d).length > 0);
  assert.match(anchors(own)[0].message, /"#nope"/);
  assert.equal(count(a), before.a + 1, 'a.md: once, for the rename');
  assert.equal(count(c), before.c + 1, 'c.md: once, for its own edit');

  // Renamed back: a.md's link works again.
  await server.change(b, target);
  await server.diagnostics(a, (d) => anchors(d).length === 0);
  // Renamed again, then closed without saving: the file on disk (the old heading) is what the index holds again.
  await server.change(b, renamed);
  await server.diagnostics(a, (d) => anchors(d).length > 0);
  await server.notify('textDocument/didClose', {textDocument: {uri: b}});
  await server.diagnostics(a, (d) => anchors(d).length === 0);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('a generator config created, edited and deleted is read again without a restart', {timeout: 120_000}, async (t) => {
  const {root, server} = await begin(t, {'content/b.md': '# B\n\n## Café & Tea\n\nText.\n', 'content/a.md': '# A\n'});
  await server.indexed;
  const a = uri(join(root, 'content', 'a.md'));
  await server.open(a, '# A\n\nSee [b](b.md#cafe-tea).\n');
  // No generator: GitHub's ids keep the accent.
  const plain = anchors(await server.diagnostics(a, (d) => anchors(d).length > 0));
  assert.match(plain[0].message, /did you mean "#café--tea"/);
  // hugo.toml appears with ASCII ids: the folder is a Hugo site now.
  const config = join(root, 'hugo.toml');
  writeFileSync(config, 'title = "x"\n[markup.goldmark.parser]\nautoHeadingIDType = "github-ascii"\n');
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(config), type: 1}]});
  const ascii = anchors(await server.diagnostics(a, (d) => anchors(d).some((x) => /#cafe--tea/.test(x.message))));
  assert.deepEqual(ascii[0].range.start, {line: 2, character: 4});
  // Indexing again is shown as progress, as the first time.
  assert.equal(server.progress.filter((value) => value.kind === 'begin').length, 2);
  // Edited back to Hugo's default: its ids keep the accent again.
  writeFileSync(config, 'title = "x"\n');
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(config), type: 2}]});
  assert.match(anchors(await server.diagnostics(a, (d) => anchors(d).some((x) => /#café--tea/.test(x.message))))[0].message, /did you mean "#café--tea"/);
  // The link fixed, then the config deleted: still GitHub's ids, still fine, and the server answers.
  await server.change(a, '# A\n\nSee [b](b.md#café--tea).\n');
  await server.diagnostics(a, (d) => anchors(d).length === 0);
  rmSync(config);
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(config), type: 3}]});
  await server.diagnostics(a, (d) => anchors(d).length === 0);
  const hover = await server.request('textDocument/hover', {textDocument: {uri: a}, position: {line: 2, character: 6}});
  assert.equal(hover.contents.value, '→ `content/b.md` § Café & Tea (line 3)');
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('a host redirect added and removed on disk is read again without a restart', {timeout: 120_000}, async (t) => {
  const {root, server} = await begin(t, {'.git/HEAD': 'ref: refs/heads/main\n', 'eleventy.config.js': 'export default function () {}\n', 'grant.md': '# Grant\n', 'links.md': '# Links\n'});
  await server.indexed;
  const links = uri(join(root, 'links.md'));
  await server.open(links, '# Links\n\nSee [the research](/research).\n');
  assert.deepEqual(missing(await server.diagnostics(links, (d) => missing(d).length > 0)).map((d) => d.range.start), [{line: 2, character: 4}]);
  // vercel.json appears with a redirect to a page of the site: the link resolves through it.
  const vercel = join(root, 'vercel.json');
  writeFileSync(vercel, JSON.stringify({redirects: [{source: '/research', destination: '/grant/'}]}));
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(vercel), type: 1}]});
  await server.diagnostics(links, (d) => missing(d).length === 0);
  // Removed again: the link leads nowhere again.
  rmSync(vercel);
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(vercel), type: 3}]});
  assert.deepEqual(missing(await server.diagnostics(links, (d) => missing(d).length > 0)).map((d) => d.range.start), [{line: 2, character: 4}]);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('external links are checked on save only, through the CLI\'s link cache', {timeout: 120_000}, async (t) => {
  const http = await startHttp();
  t.after(() => http.close());
  const config = JSON.stringify({rules: {'front-matter': 'off'}, links: {allowPrivate: true}});
  const {root, server} = await begin(t, {'.postlintrc.json': config, 'a.md': '# A\n'});
  await server.indexed;
  const path = join(root, 'a.md');
  const a = uri(path);
  const text = `# A\n\n[gone](${http.base}/missing) and [fine](${http.base}/ok).\n`;
  await server.open(a, text);
  assert.deepEqual(dead(await server.diagnostics(a)), []);
  await server.change(a, `${text}\nMore.\n`);
  assert.deepEqual(dead(await server.diagnostics(a)), []);
  assert.equal(http.total(), 0, 'no request while typing');

  // Saved: the links are requested once each, and the dead one is shown where it is.
  writeFileSync(path, `${text}\nMore.\n`);
  await server.save(a);
  const saved = dead(await server.diagnostics(a, (d) => dead(d).length > 0));
  assert.equal(saved.length, 1);
  assert.deepEqual(saved[0].range, {start: {line: 2, character: 0}, end: {line: 2, character: 16 + http.base.length}});
  assert.match(saved[0].message, /\/missing/);
  assert.equal(http.count('GET', '/ok') + http.count('HEAD', '/ok'), 1);
  assert.ok(existsSync(join(root, '.postlint-cache', 'links.json')), 'the same on-disk cache as the CLI');

  // Typing above it: the verdict moves with the link until the next save.
  await server.change(a, `Intro.\n\n${text}`);
  const moved = dead(await server.diagnostics(a, (d) => dead(d).length > 0));
  assert.deepEqual(moved[0].range.start, {line: 4, character: 0});
  // Saved again: answered from the cache, no request.
  http.reset();
  await server.save(a);
  await server.diagnostics(a, (d) => dead(d).length > 0);
  assert.equal(http.total(), 0);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
  // The CLI reads the verdicts the server stored.
  const cli = await runJson(['a.md'], {cwd: root});
  assert.equal(http.total(), 0, cli.stderr);
  assert.equal(cli.json[0].messages.filter((m) => m.ruleId === 'no-dead-links').length, 1);
});

test('a rule that crashes is a finding on its document, and the server keeps serving', {timeout: 120_000}, async (t) => {
  const plugin = 'export default function boom() {\n  return (tree, file) => {\n    if (String(file.value).includes("BOOM")) throw new Error("the boom rule broke");\n  };\n}\n';
  const {root, server} = await begin(t, {
    '.postlintrc.json': JSON.stringify({remarkLint: ['remark-lint-boom']}),
    'node_modules/remark-lint-boom/package.json': JSON.stringify({name: 'remark-lint-boom', type: 'module', main: 'index.js'}),
    'node_modules/remark-lint-boom/index.js': plugin,
    'a.md': '# A\n',
  });
  const a = uri(join(root, 'a.md'));
  await server.open(a, '# A\n\nBOOM and [x](#nope).\n');
  const crashed = await server.diagnostics(a, (d) => d.length > 0);
  assert.deepEqual(crashed.map((d) => [d.range.start.line, d.severity]), [[0, 1]]);
  assert.match(crashed[0].message, /postlint failed on this file: the boom rule broke/);
  await server.change(a, '# A\n\nFine and [x](#nope).\n');
  const fine = anchors(await server.diagnostics(a, (d) => anchors(d).length > 0));
  assert.deepEqual(fine[0].range.start, {line: 2, character: 9});
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});
