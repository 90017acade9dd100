// mend42a: the language server reads a cspell custom dictionary's word file (fix42e) again when it changes on disk,
// as it does .postlint/words.txt: the file is watched and its change rebuilds the spellers. Failed on eb76fdc8.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';
import {startServer, uri} from './lsp-client.mjs';

test('a cspell dictionary word file changed on disk is read again: its new word is no longer reported', {timeout: 120_000}, async (t) => {
  const root = tempSite({
    '.postlintrc.json': '{"rules": {"spelling": ["warn", {"report": "unknown"}]}}',
    'cspell.json': '{"dictionaryDefinitions": [{"name": "house", "path": "./house-words.txt"}], "dictionaries": ["house"]}',
    'house-words.txt': 'quorbel\n',
    'a.md': '# A\n',
  });
  const server = await startServer(root, {watchDynamically: true});
  t.after(() => {
    server.kill();
    rmSync(root, {recursive: true, force: true});
  });
  const a = uri(join(root, 'a.md'));
  await server.open(a, '# Notes\n\nThe quorbel and the zorbix ran.\n');
  const words = (d) => d.filter((x) => x.code === 'spelling');
  const before = words(await server.diagnostics(a, (d) => words(d).length === 1));
  assert.deepEqual(before.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['spelling', 2, 20]]);
  writeFileSync(join(root, 'house-words.txt'), 'quorbel\nzorbix\n');
  await server.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uri(join(root, 'house-words.txt')), type: 2}]});
  const after = await server.diagnostics(a, (d) => words(d).length === 0);
  assert.deepEqual(words(after), []);
  assert.deepEqual(await server.stop(), {code: 0, signal: null});
});
