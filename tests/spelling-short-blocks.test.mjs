// A block too short to judge alone (a front-matter title, a tag) takes the language of a page whose every
// judged block reads as one other language (src/spelling/other-language.ts shortBlocksInPageLanguage); on a
// page with an English paragraph beside the foreign one, a short English title is still checked.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const folder = join(fixtures, 'spelling-short-blocks');

test('spelling: a Spanish page\'s short title is Spanish; an English title beside an English paragraph is still checked', () => {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '--rule', 'spelling:warn', '.'], {cwd: folder});
  const rows = findings(json, folder).filter((row) => row.endsWith(' spelling'));
  assert.deepEqual(rows, ['mixed.md:2:23 spelling']);
});
