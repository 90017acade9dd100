// The incremental run behind the language server, in process: SiteIndex.update says what a change
// means for the links into a file, and what was worked out from the old facts is not used again.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';
import {IncrementalRun} from '../dist/src/incremental.js';

const rows = (files) => files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId}`));

test('a new permalink in another file\'s front matter: the URL map is built again, and every open document is checked', async (t) => {
  const root = tempSite({
    'eleventy.config.js': 'module.exports = function () { return {}; };\n',
    'z.md': '---\npermalink: /old/\n---\n# A\n\nText.\n\n## Part\n\nMore.\n',
    'b.md': '# B\n\nSee [x](/new/#part).\n',
    'c.md': '# C\n\nNo links.\n',
  });
  t.after(() => rmSync(root, {recursive: true, force: true}));
  const path = (name) => join(root, name);
  const {run, result} = await IncrementalRun.start({
    cwd: root,
    roots: [root],
    documents: [{path: path('b.md'), text: '# B\n\nSee [x](/new/#part).\n'}, {path: path('c.md'), text: '# C\n\nNo links.\n'}],
    log: () => {},
  });
  assert.deepEqual(rows(result.files), ['b.md:3:5 no-missing-files']);

  // A paragraph: nothing another file sees; only the edited file itself (not open here) would be checked.
  writeFileSync(path('z.md'), '---\npermalink: /old/\n---\n# A\n\nOther text.\n\n## Part\n\nMore.\n');
  assert.deepEqual([...(await run.disk(path('z.md'), 'changed'))], []);
  assert.equal(run.index.update(run.index.facts(path('z.md')), run.index.site(path('z.md'))), 'body');

  // New front matter: the page's URL changes, every open document is checked again.
  writeFileSync(path('z.md'), '---\npermalink: /new/\n---\n# A\n\nOther text.\n\n## Part\n\nMore.\n');
  assert.deepEqual([...(await run.disk(path('z.md'), 'changed'))].sort(), [path('b.md'), path('c.md')]);
  assert.deepEqual(rows(await run.lint([path('b.md')])), []);

  // What links into it see of its headings (here: the section became empty): only the open documents whose links lead into it.
  writeFileSync(path('z.md'), '---\npermalink: /new/\n---\n# A\n\nOther text.\n\n## Part\n');
  assert.deepEqual([...(await run.disk(path('z.md'), 'changed'))], [path('b.md')]);
  assert.deepEqual(rows(await run.lint([path('b.md')])), ['b.md:3:5 no-broken-anchors']);

  // The first file of the index is not the one that changed: the URL map is keyed by the index's epoch, not by it.
  assert.notEqual([...run.index.files.keys()][0], path('z.md'));
  // Deleted: gone from the index; created again: back.
  rmSync(path('z.md'));
  assert.equal((await run.disk(path('z.md'), 'deleted')).size, 2);
  assert.equal(run.index.facts(path('z.md')), undefined);
  assert.deepEqual(rows(await run.lint([path('b.md')])), ['b.md:3:5 no-missing-files']);
  writeFileSync(path('z.md'), '---\npermalink: /new/\n---\n# A\n\nText.\n\n## Part\n\nMore.\n');
  await run.disk(path('z.md'), 'created');
  assert.deepEqual(rows(await run.lint([path('b.md')])), []);

  // An edit of an open document replaces its facts: its own links are resolved again.
  assert.deepEqual([...(await run.edit(path('b.md'), '# B\n\nSee [x](/nowhere/).\n'))], [path('b.md')]);
  assert.deepEqual(rows(await run.lint([path('b.md')])), ['b.md:3:5 no-missing-files']);
  // A file discovery would skip (another extension) is not indexed.
  writeFileSync(path('notes.txt'), 'x');
  assert.equal((await run.disk(path('notes.txt'), 'created')).size, 0);
  assert.equal(run.index.facts(path('notes.txt')), undefined);
});

test('on save, the rules that need the network are checked (by meta.network, not by id); with none on for the file, nothing is', async (t) => {
  const {loadRules, defineRule} = await import('../dist/src/index.js');
  const root = tempSite({'.postlintrc.json': JSON.stringify({rules: {'no-dead-links': 'off', 'front-matter': 'off'}}), 'a.md': '# A\n'});
  t.after(() => rmSync(root, {recursive: true, force: true}));
  const path = join(root, 'a.md');
  const text = '# A\n\nSee [it](https://example.invalid/page).\n';
  // A rule of its own that needs the network; it reports each external link without a request (no traffic here).
  const echo = defineRule({
    meta: {id: 'test-network-echo', description: 'Reports external links', severity: 'error', network: true, messages: {seen: 'Link {{url}} seen on save'}},
    site({index, targets, report}) {
      for (const target of targets) {
        for (const link of index.facts(target)?.links ?? []) if (/^https?:/.test(link.url)) report({messageId: 'seen', data: {url: link.url}, file: target, place: {line: link.line, column: link.column}});
      }
    },
  });
  const rules = await loadRules();
  const {run} = await IncrementalRun.start({cwd: root, roots: [root], documents: [], log: () => {}});
  await run.edit(path, text);
  assert.equal(await run.checkExternal(path), false, 'no-dead-links is off and no other rule needs the network');
  rules.set(echo.meta.id, echo);
  t.after(() => rules.delete(echo.meta.id));
  assert.equal(await run.checkExternal(path), true);
  // Typing above the link: the verdict moves with it until the next save.
  await run.edit(path, `Intro.\n\n${text}`);
  const files = await run.lint([path]);
  assert.deepEqual(files.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId} ${m.reason}`)), ['5:5 test-network-echo seen Link https://example.invalid/page seen on save']);
});
