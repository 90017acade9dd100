// Round 16 (fix16d): rule concepts learned from held-out round 14.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

test('no-placeholders: the word with the participle of a verb that removes or resolves it after it is the thing removed; a note that says what to do is still reported', async () => {
  const {rows} = await lintSite('no-placeholders', {
    'migrate.md': '# Migrate\n\n**After** (TODO removed, custom fields added):\n\nFIXME resolved; XXX dropped and the sample rebuilt. TK deleted\n',
    'notes.md': '# Notes\n\nTODO remove the cache.\n\nTODO: resolved? Check the parser.\n\nThe cache FIXME removedly works.\n\nTODO deleted accounts still show up in search.\n\nTODO removed items must be archived first.\n',
  });
  // The participle ends the phrase (`,` `.` `;` `)`, the line's end, "and"/"or") to be the act done; before a noun it is an adjective in a note.
  assert.deepEqual(rows, ['notes.md:3:1 no-placeholders', 'notes.md:5:1 no-placeholders', 'notes.md:7:11 no-placeholders', 'notes.md:9:1 no-placeholders', 'notes.md:11:1 no-placeholders']);
});
