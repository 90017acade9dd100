// Conformance: markdownlint's link-fragment corpus (fixtures/generators/github.json, as data) run
// through postlint's no-broken-anchors on a page with no site config (plain GitHub Markdown).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, postlintJson, tempSite} from './helpers.mjs';

const table = JSON.parse(readFileSync(join(fixtures, 'generators', 'github.json'), 'utf8'));

/** One page: every target in order (headings get a line of text), then one link a paragraph; returns the text and each link's line. */
function page() {
  const lines = [];
  for (const target of table.targets) {
    lines.push(target.markdown);
    if (target.setext) lines.push('-'.repeat(Math.max(3, target.markdown.length)));
    if (target.kind === 'heading') lines.push('', 'Text.');
    lines.push('');
  }
  const at = [];
  const definitions = [];
  for (const [i, link] of table.fragments.entries()) {
    at.push(lines.length + 1);
    if (link.form === 'inline') lines.push(`[link ${i}](#${link.written})`);
    else if (link.form === 'inline-title') lines.push(`[link ${i}](#${link.written}`, '"Title")');
    else {
      lines.push(`[link ${i}][ref${i}]`);
      definitions.push(`[ref${i}]: #${link.written}`);
    }
    lines.push('');
  }
  return {text: [...lines, ...definitions, ''].join('\n'), at, definitionsFrom: lines.length + 1};
}

test(`github: ${table.fragments.length} links of markdownlint's corpus, each judged as GitHub renders the page`, () => {
  const {text, at, definitionsFrom} = page();
  const root = tempSite({'link-fragments.md': text});
  const {json} = postlintJson(['--no-config', 'link-fragments.md'], {cwd: root});
  const reported = new Set(json.flatMap((file) => file.messages.filter((m) => m.ruleId === 'no-broken-anchors' && m.severity === 2).map((m) => m.line)));
  const wrong = [];
  let definition = definitionsFrom;
  for (const [i, link] of table.fragments.entries()) {
    // A reference link is reported at its definition.
    const line = link.form === 'reference' ? definition++ : at[i];
    const broken = reported.has(line) || (link.form === 'reference' && reported.has(at[i]));
    if (broken !== (link.postlint === 'broken')) wrong.push(`#${link.written} (${link.form}): expected ${link.postlint}, postlint says ${broken ? 'broken' : 'valid'}`);
  }
  assert.deepEqual(wrong, []);
});

test('github: the table keeps markdownlint\'s 39 findings and says why each of postlint\'s differences is right', () => {
  assert.equal(table.fragments.filter((link) => link.markdownlint === 'broken').length, 39);
  for (const link of table.fragments.filter((row) => row.markdownlint !== row.postlint)) assert.ok(link.note, `#${link.written} differs without a reason`);
});
