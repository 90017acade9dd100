// fix46d: a page's own subject name. A catalogue page named after the product it is about (`zylophone.md`,
// titled "Zylophone", "What is Zylophone?") spells that name as the site's file and title do: not a slip of
// `xylophone` there. The same word on a page about something else, a slip of English on the subject page, and
// a word of a slug that names no one thing (`disecting-tools.md`) are still reported. Fixtures: fixtures/words46d.
// Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const base = join(fixtures, 'words46d');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}${m.data?.word ? ` ${m.data.word}` : ''}`);
const lint = async (rule, folder) => rows((await lintRule({rule, fixture: join(base, folder), configFile: false})).findings);

test('spelling: the word a page\'s file name and title both are is its subject name there (left); on another page, or a slug\'s word, it is read', async () => {
  assert.deepEqual(await lint('spelling', 'subject'), [
    'guide.md:3:1 spelling Zylophone',
    'services/disecting-tools.md:2:9 spelling Disecting',
    'services/disecting-tools.md:5:34 spelling disecting',
    'services/sound.md:5:1 spelling Zylophone',
    'services/zylophone.md:8:51 spelling recieve',
  ]);
});

test('pageSubjectName: one-word stems (an index page\'s folder) the title holds whole', async () => {
  const {pageSubjectName} = await import('../dist/src/spelling/page-subject.js');
  const tree = (heading) => ({type: 'root', children: heading ? [{type: 'heading', depth: 1, children: [{type: 'text', value: heading}]}] : []});
  assert.equal(pageSubjectName('/s/services/zylophone.md', 'Zylophone', tree(), '/s'), 'zylophone');
  assert.equal(pageSubjectName('/s/services/zylophone/index.md', undefined, tree('What is Zylophone?'), '/s'), 'zylophone');
  assert.equal(pageSubjectName('/s/services/zylophone.md', 'Sound setup', tree('Zylophone'), '/s'), undefined);
  assert.equal(pageSubjectName('/s/posts/disecting-tools.md', 'Disecting tools', tree(), '/s'), undefined);
  assert.equal(pageSubjectName('/s/zylophone.md', undefined, tree(), '/s'), undefined);
  // The site root's index or README: its folder's name is the clone's choice, not the site's (mend of the merge).
  assert.equal(pageSubjectName('/work/zylophone/README.md', undefined, tree('Zylophone'), '/work/zylophone'), undefined);
  assert.equal(pageSubjectName('/work/zylophone/index.md', 'Zylophone', tree(), '/work/zylophone'), undefined);
  assert.equal(pageSubjectName('/work/zylophone/docs/zylophone/index.md', 'Zylophone', tree(), '/work/zylophone'), 'zylophone');
  assert.equal(pageSubjectName('/work/zylophone/README.md', undefined, tree('Zylophone'), undefined), undefined);
  assert.equal(pageSubjectName('/work/zylophone.md', undefined, tree('Zylophone'), undefined), 'zylophone');
});
