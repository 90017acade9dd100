import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, tempSite} from './helpers.mjs';
import {startServer, uri} from './lsp-client.mjs';

const target = '# Bee\n\n## Install steps\n\nText here.\n\n## Usage\n\nMore text.\n';
const broken = '# Notes\n\nSee [the steps](b.md#install-step) today.\n';
const anchors = (diagnostics) => diagnostics.filter((d) => d.code === 'no-broken-anchors');

test('diagnostics on open, on change and after another file changes on disk; a quick fix', {timeout: 120_000}, async (t) => {
  const root = tempSite({'b.md': target, 'a.md': '# Old\n'});
  const server = await startServer(root);
  t.after(() => {
    server.kill();
    rmSync(root, {recursive: true, force: true});
  });
  assert.equal(server.initialized.serverInfo.name, 'postlint-language-server');
  const a = uri(join(root, 'a.md'));
  // The workspace is indexed in the background, with progress.
  await server.indexed;
  assert.deepEqual(server.progress.map((value) => value.kind), ['begin', 'end']);
  assert.equal(server.progress[0].title, 'postlint');

  // On open: the unsaved text is linted, not the file on disk.
  await server.open(a, broken);
  const opened = anchors(await server.diagnostics(a, (d) => anchors(d).length > 0));
  assert.equal(opened.length, 1);
  const [finding] = opened;
  assert.deepEqual(finding.range, {start: {line: 2, character: 4}, end: {line: 2, character: 34}});
  assert.equal(finding.severity, 1);
  assert.equal(finding.source, 'postlint');
  assert.match(finding.message, /did you mean "#install-steps"/);
  assert.match(finding.codeDescription.href, /no-broken-anchors/);

  // The quick fix: the finding's fix as a workspace edit on the fragment.
  const actions = await server.request('textDocument/codeAction', {textDocument: {uri: a}, range: finding.range, context: {diagnostics: [finding]}});
  const quickFix = actions.find((action) => action.edit);
  assert.ok(quickFix, JSON.stringify(actions));
  assert.equal(quickFix.kind, 'quickfix');
  assert.deepEqual(quickFix.edit.changes[a], [{range: {start: {line: 2, character: 20}, end: {line: 2, character: 33}}, newText: '#install-steps'}]);

  // On change: the fixed text has no finding.
  await server.change(a, broken.replace('#install-step)', '#install-steps)'));
  await server.diagnostics(a, (d) => anchors(d).length === 0);

  // On disk, another file renames the heading: the open file's link breaks.
  assert.ok(server.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'the watcher is registered dynamically');
  writeFileSync(join(root, 'b.md'), target.replace('## Install steps', '## Setup steps'));
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, 'b.md')), type: 2}]});
  const after = anchors(await server.diagnostics(a, (d) => anchors(d).length > 0));
  assert.match(after[0].message, /"#install-steps" matches no heading in b\.md/);
  assert.deepEqual(after[0].range.start, {line: 2, character: 4});

  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('fragment completion, hover and definition on a link', {timeout: 120_000}, async (t) => {
  const root = tempSite({'b.md': target, 'a.md': '# Old\n'});
  const server = await startServer(root);
  t.after(() => {
    server.kill();
    rmSync(root, {recursive: true, force: true});
  });
  const a = uri(join(root, 'a.md'));
  const text = '# Notes\n\nSee [the steps](b.md#install-steps) and [x](b.md#\n\n## Local part\n\nGo [up](#local-part).\n';
  await server.open(a, text);
  await server.diagnostics(a);

  // After `b.md#`: b.md's ids as GitHub makes them (no site generator), labelled with the heading text.
  const line = text.split('\n')[2];
  const items = await server.request('textDocument/completion', {textDocument: {uri: a}, position: {line: 2, character: line.length}, context: {triggerKind: 2, triggerCharacter: '#'}});
  const list = Array.isArray(items) ? items : items.items;
  assert.deepEqual(list.map((item) => [item.label, item.textEdit.newText]), [['Bee', 'bee'], ['Install steps', 'install-steps'], ['Usage', 'usage']]);
  assert.deepEqual(list[1].textEdit.range, {start: {line: 2, character: line.length}, end: {line: 2, character: line.length}});

  // In-page: after `](#` the document's own ids, from its unsaved text.
  const own = await server.request('textDocument/completion', {textDocument: {uri: a}, position: {line: 6, character: 10}});
  const ownList = Array.isArray(own) ? own : own.items;
  assert.deepEqual(ownList.map((item) => item.textEdit.newText), ['notes', 'local-part']);
  // The typed part of the fragment is replaced.
  assert.deepEqual(ownList[0].textEdit.range, {start: {line: 6, character: 9}, end: {line: 6, character: 10}});

  // After `](`: the site's pages, relative to the document, the typed part replaced.
  const pages = await server.request('textDocument/completion', {textDocument: {uri: a}, position: {line: 2, character: 46}});
  const pageList = Array.isArray(pages) ? pages : pages.items;
  assert.deepEqual(pageList.map((item) => [item.label, item.textEdit.newText]), [['b.md', 'b.md']]);
  assert.deepEqual(pageList[0].textEdit.range, {start: {line: 2, character: 44}, end: {line: 2, character: 46}});

  const hover = await server.request('textDocument/hover', {textDocument: {uri: a}, position: {line: 2, character: 8}});
  assert.equal(hover.contents.value, '→ `b.md` § Install steps (line 3)');
  const definition = await server.request('textDocument/definition', {textDocument: {uri: a}, position: {line: 2, character: 8}});
  assert.deepEqual(definition, {uri: uri(join(root, 'b.md')), range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}}});

  // A fragment that matches nothing: hover says why; definition goes to the page's top.
  await server.change(a, text.replace('#install-steps)', '#nowhere)'));
  await server.diagnostics(a, (d) => anchors(d).length > 0);
  const why = await server.request('textDocument/hover', {textDocument: {uri: a}, position: {line: 2, character: 8}});
  assert.equal(why.contents.value, '`#nowhere` matches no heading or id in `b.md`.');
  // Off any link: no hover.
  assert.equal(await server.request('textDocument/hover', {textDocument: {uri: a}, position: {line: 0, character: 2}}), null);

  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('a config error is a diagnostic, and the server keeps serving', {timeout: 120_000}, async (t) => {
  const root = tempSite({'.postlintrc.json': '{"rules": {"no-such-rule": "error"}}', 'a.md': '# A\n'});
  const server = await startServer(root);
  t.after(() => {
    server.kill();
    rmSync(root, {recursive: true, force: true});
  });
  const a = uri(join(root, 'a.md'));
  await server.open(a, '# A\n\nSee [x](#nope).\n');
  const [problem] = await server.diagnostics(a, (d) => d.length > 0);
  assert.equal(problem.code, 'postlint-config');
  assert.match(problem.message, /no-such-rule/);
  // Fixed on disk: the next lint works.
  writeFileSync(join(root, '.postlintrc.json'), '{}');
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, '.postlintrc.json')), type: 2}]});
  const fine = anchors(await server.diagnostics(a, (d) => anchors(d).length > 0));
  assert.deepEqual(fine[0].range.start, {line: 2, character: 4});
  // Front matter that does not parse is a finding on its line, not a dead server.
  // Where the parser stopped on that line: after the unclosed flow sequence.
  await server.change(a, '---\ntitle: [unclosed\n---\n\nSee [x](#nope).\n');
  const bad = await server.diagnostics(a, (d) => d.some((x) => x.code === 'front-matter'));
  assert.deepEqual(bad.find((x) => x.code === 'front-matter').range.start, {line: 1, character: 16});
  // An untitled buffer is not linted (no folder, no site), and does not disturb the others.
  await server.open('untitled:Untitled-1', '# Draft\n\n[x](#nope)\n');
  await server.change(a, '# A\n\nSee [x](#a).\n');
  await server.diagnostics(a, (d) => d.length === 0);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('spelling: suggestions as quick fixes, and "add to the words list" writes it only when picked', {timeout: 120_000}, async (t) => {
  const root = tempSite({'.postlintrc.json': '{"rules": {"spelling": ["warn", {"report": "unknown"}]}}', 'a.md': '# A\n'});
  const server = await startServer(root);
  t.after(() => {
    server.kill();
    rmSync(root, {recursive: true, force: true});
  });
  const a = uri(join(root, 'a.md'));
  await server.open(a, '# Notes\n\nThe zorbix ran and we recieve it.\n');
  const words = (d) => d.filter((x) => x.code === 'spelling');
  const found = words(await server.diagnostics(a, (d) => words(d).length === 2));
  assert.deepEqual(found.map((d) => [d.range.start.character, d.range.end.character]), [[4, 10], [22, 29]]);
  const [unknown, typo] = found;
  const typoActions = await server.request('textDocument/codeAction', {textDocument: {uri: a}, range: typo.range, context: {diagnostics: [typo]}});
  // A known misspelling: its suggestions, never the words list.
  assert.deepEqual(typoActions.map((action) => action.title), ['Change to "receive"', 'Change to "relieve"']);
  assert.deepEqual(typoActions[0].edit.changes[a], [{range: typo.range, newText: 'receive'}]);
  const actions = await server.request('textDocument/codeAction', {textDocument: {uri: a}, range: unknown.range, context: {diagnostics: [unknown]}});
  const add = actions.find((action) => action.command);
  assert.equal(add.title, 'Add "zorbix" to .postlint/words.txt');
  // Offering it writes nothing.
  assert.equal(existsSync(join(root, '.postlint', 'words.txt')), false);
  await server.request('workspace/executeCommand', {command: add.command.command, arguments: add.command.arguments});
  assert.equal(readFileSync(join(root, '.postlint', 'words.txt'), 'utf8'), 'zorbix\n');
  const after = words(await server.diagnostics(a, (d) => words(d).length === 1));
  assert.match(after[0].message, /recieve/);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});

test('completion inside Jekyll {% link %} and {% post_url %}, after {% link … %}#, and inside Hugo ref', {timeout: 120_000}, async (t) => {
  const jekyll = tempSite({
    '_config.yml': 'title: x\n',
    'about.md': '---\ntitle: About us\n---\n\n# About\n\n## Team members\n\nText.\n',
    '_posts/2020-01-02-hello.md': '---\ntitle: Hello\n---\n\n# Hello\n',
    'index.md': '# Home\n',
  });
  const hugo = tempSite({'hugo.toml': 'title = "x"\n', 'content/about.md': '# About\n\n## Our team\n\nText.\n', 'content/posts/first.md': '# First\n', 'content/posts/second.md': '# Second\n'});
  const servers = [];
  t.after(() => {
    for (const server of servers) server.kill();
    rmSync(jekyll, {recursive: true, force: true});
    rmSync(hugo, {recursive: true, force: true});
  });
  const complete = async (server, docUri, line, character) => {
    const answer = await server.request('textDocument/completion', {textDocument: {uri: docUri}, position: {line, character}});
    return (Array.isArray(answer) ? answer : answer.items).map((item) => [item.label, item.textEdit.newText, item.textEdit.range.start.character]);
  };

  const server = await startServer(jekyll);
  servers.push(server);
  const home = uri(join(jekyll, 'index.md'));
  const lines = ['# Home', '', 'See [about]({% link ', 'See [team]({% link about.md %}#te', 'Read {% post_url 2020', 'And {{< ref "'];
  await server.open(home, `${lines.join('\n')}\n`);
  await server.diagnostics(home);
  // `{% link`: source paths from the site root, as Jekyll reads them.
  assert.deepEqual(await complete(server, home, 2, lines[2].length), [['_posts/2020-01-02-hello.md', '_posts/2020-01-02-hello.md', 20], ['about.md', 'about.md', 20]]);
  // After the tag and `#`: the page's ids as kramdown makes them, the typed part replaced.
  assert.deepEqual(await complete(server, home, 3, lines[3].length), [['About', 'about', 31], ['Team members', 'team-members', 31]]);
  // `{% post_url`: a post's name.
  assert.deepEqual(await complete(server, home, 4, lines[4].length), [['2020-01-02-hello', '2020-01-02-hello', 17]]);
  // Hugo's syntax in a Jekyll site: nothing.
  assert.deepEqual(await complete(server, home, 5, lines[5].length), []);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});

  const other = await startServer(hugo);
  servers.push(other);
  const second = uri(join(hugo, 'content', 'posts', 'second.md'));
  const text = ['# Second', '', 'See {{< ref "', 'See {{< relref "about.md#'];
  await other.open(second, `${text.join('\n')}\n`);
  await other.diagnostics(second);
  // From the content root, the form Hugo finds from any page.
  assert.deepEqual(await complete(other, second, 2, text[2].length), [['about.md', 'about.md', 13], ['posts/first.md', 'posts/first.md', 13]]);
  assert.deepEqual(await complete(other, second, 3, text[3].length), [['About', 'about', 25], ['Our team', 'our-team', 25]]);
  assert.deepEqual(await other.stop(), {code: 0, signal: null});
});

test('a data file the site model read (Eleventy\'s lang) edited on disk: the open page is read again with it', {timeout: 120_000}, async (t) => {
  const root = tempSite({});
  cpSync(join(fixtures, 'eleventy-data-language'), root, {recursive: true});
  const server = await startServer(root);
  t.after(() => {
    server.kill();
    rmSync(root, {recursive: true, force: true});
  });
  await server.indexed;
  // quelle.md: an English description (checked on any page) over a German line, which only an English page reports.
  const page = uri(join(root, 'de/quelle.md'));
  const germanLine = (diagnostics) => diagnostics.filter((d) => d.code === 'spelling' && d.range.start.line === 5);
  await server.open(page, readFileSync(join(root, 'de/quelle.md'), 'utf8'));
  await server.diagnostics(page, (d) => d.some((x) => x.code === 'spelling') && germanLine(d).length === 0);
  const data = join(root, 'de/de.11tydata.js');
  writeFileSync(data, readFileSync(data, 'utf8').replace("lang: 'de'", "lang: 'en'"));
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(data), type: 2}]});
  const english = germanLine(await server.diagnostics(page, (d) => germanLine(d).length > 0));
  assert.deepEqual(english[0].range.start, {line: 5, character: 11});
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});
