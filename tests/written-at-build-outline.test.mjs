// A tool that fills an mdBook chapter sets its whole content, so the stub it fills is the chapter's title alone
// (src/text/sections-written-at-build.ts). A chapter whose writer gave it sections, all empty, is an outline left
// unwritten: under a preprocessor postlint does not know its empty sections are still reported (innermost first, as
// always), and the title-only stub beside it is still held back in the notice. Fixture: fixtures/no-empty-sections/written-at-build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule as lintWithTester} from 'postlint/testing';
import {filesOf, fixture, row} from './rule-helpers.mjs';

test('an outline of empty sections under an unknown preprocessor is reported; a title-only stub is held back', async () => {
  const files = filesOf(fixture('no-empty-sections/written-at-build'));
  files['book.toml'] += '\n[preprocessor.kiln-pages]\n';
  files['src/SUMMARY.md'] += '- [Firing](firing.md)\n';
  files['src/firing.md'] = '# Firing\n\n## Bisque\n\n## Glaze firing\n';
  const {findings, result} = await lintWithTester({rule: 'no-empty-sections', configFile: false, files});
  assert.deepEqual(findings.map(row).sort(), ['src/firing.md:3:1 no-empty-sections', 'src/firing.md:5:1 no-empty-sections', 'src/glaze.md:5:1 no-empty-sections']);
  const notices = (result.notices ?? []).filter((notice) => notice.rule === 'no-empty-sections');
  assert.equal(notices.length, 1);
  assert.equal(notices[0].withheld, 1);
});
