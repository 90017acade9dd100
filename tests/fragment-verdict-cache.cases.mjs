// The site index keeps each resolved link's fragment verdict (the model guard and the rules ask for the
// same ones): a change to the target's headings must drop it, though the linking file's own links stay resolved.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';
import {IncrementalRun} from '../dist/src/incremental.js';

const rows = (files) => files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId}`));

test('a heading renamed in the target: the link into it is judged again, both ways', async (t) => {
  const root = tempSite({
    'z.md': '# Z\n\n## Setup\n\nText.\n',
    'b.md': '# B\n\nSee [it](z.md#setup).\n',
  });
  t.after(() => rmSync(root, {recursive: true, force: true}));
  const path = (name) => join(root, name);
  const {run, result} = await IncrementalRun.start({cwd: root, roots: [root], documents: [{path: path('b.md'), text: '# B\n\nSee [it](z.md#setup).\n'}], log: () => {}});
  assert.deepEqual(rows(result.files), []);

  writeFileSync(path('z.md'), '# Z\n\n## Install\n\nText.\n');
  assert.deepEqual([...(await run.disk(path('z.md'), 'changed'))], [path('b.md')]);
  assert.deepEqual(rows(await run.lint([path('b.md')])), ['b.md:3:5 no-broken-anchors']);

  writeFileSync(path('z.md'), '# Z\n\n## Setup\n\nText.\n');
  await run.disk(path('z.md'), 'changed');
  assert.deepEqual(rows(await run.lint([path('b.md')])), []);
});
