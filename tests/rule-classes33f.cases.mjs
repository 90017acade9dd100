// Round 32's judged false "empty section" classes (fix33f), each beside a case that must still fail,
// at exact line and column: a link into a generated reference's entry (a heading that links to itself,
// one per value, most with no description) is no link to an empty section, since no-empty-sections does
// not call that section empty (one concept: src/text/unwritten-sections.ts); and headings that introduce
// the heading right after them (a kicker over a title, a name for numbered parts, a page's title over
// its level-1 sections: src/text/heading-over-heading.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, lintSite, siteFindings} from './rule-helpers.mjs';

const site = (name) => filesOf(fixture('classes33f', name));
const options = {offline: true};

test('no-broken-anchors: a link to a reference entry whose heading links to itself lands right; a link to a section left empty is still a warning, at the link', async () => {
  const files = site('reference-entries');
  // READ_NOTES (roles.md:7) and SHARE_NOTES (roles.md:13) are entries no-empty-sections leaves alone; Limits (roles.md:15) it reports.
  assert.deepEqual(await siteFindings('no-empty-sections', files, options), ['reference/roles.md:15:1 no-empty-sections']);
  const {rows, messages} = await lintAnchors(files);
  assert.deepEqual(rows, ['guide.md:6:39 no-broken-anchors']);
  assert.match(messages[0].message, /^Link to "#limits" links to an empty section: heading "Limits"/);
});

test('no-broken-anchors: an empty section that holds the empty subsection no-empty-sections reports is still a link to an empty section', async () => {
  const files = site('reference-entries');
  // `## Limits` now holds `### Per account`, empty: the finding moves to the subsection, the link to Limits stays a warning.
  files['reference/roles.md'] = files['reference/roles.md'].replace('## Limits\n', '## Limits\n\n### Per account\n');
  assert.deepEqual(await siteFindings('no-empty-sections', files, options), ['reference/roles.md:17:1 no-empty-sections']);
  assert.deepEqual((await lintAnchors(files)).rows, ['guide.md:6:39 no-broken-anchors']);
  // An entry's heading without its link to itself is a section left empty: the link to it is reported again.
  files['reference/roles.md'] = files['reference/roles.md'].replace('#### [<code>SHARE_NOTES</code>](#share_notes)', '#### <code>SHARE_NOTES</code>');
  assert.deepEqual((await lintAnchors(files)).rows, ['guide.md:4:1 no-broken-anchors', 'guide.md:6:39 no-broken-anchors']);
});

test('no-empty-sections: a kicker on the line above a higher heading, a name for numbered parts, a page\'s title over level-1 sections introduce what follows; a subsection left empty, unnumbered siblings, a titled page\'s first heading, a page of only its title are still reported', async () => {
  assert.deepEqual(await siteFindings('no-empty-sections', site('heading-shapes'), options), [
    'kicker.md:10:1 no-empty-sections', // `### Sowing dates`, a blank line, then `## Summer fruit`: a subsection left empty
    'numbered-parts.md:15:1 no-empty-sections', // `## Questions` over `## Where to store it`: no numbered parts
    'only-title.md:1:1 no-empty-sections', // a page that is only its title
    'titled.md:5:1 no-empty-sections', // front matter titles the page: `# Scope` is a section
  ]);
});

test('no-empty-sections: a kicker written with a blank line under it, and numbered parts that start past one, are sections', async () => {
  const files = site('heading-shapes');
  files['kicker.md'] = files['kicker.md'].replace('#### Grown without glass\n', '#### Grown without glass\n\n');
  files['numbered-parts.md'] = files['numbered-parts.md'].replace('## 1. Dry it first', '## 3. Dry it first').replace('## 2. Roll', '## 4. Roll');
  const rows = await siteFindings('no-empty-sections', files, options);
  assert.ok(rows.includes('kicker.md:5:1 no-empty-sections'), rows.join('\n'));
  assert.ok(rows.includes('numbered-parts.md:5:1 no-empty-sections'), rows.join('\n'));
});

const lintAnchors = (files) => lintSite('no-broken-anchors', files, options);
