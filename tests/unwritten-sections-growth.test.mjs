// One concept of an empty section (src/text/unwritten-sections.ts) is worked out for every page
// no-empty-sections checks and every page no-broken-anchors links into: its cost must grow with
// the page. A generated reference of thousands of empty entries, each heading its own permalink
// (settled), or each left bare under an empty parent (reported, the parent holding them), with a
// link to every heading: linear in the headings and links.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {assertLinearGrowth} from './growth.mjs';
import {unwrittenSections, unwrittenTargets} from '../dist/src/text/unwritten-sections.js';

/** A page of `n` empty level-4 entries under empty level-2 groups of 50, each entry linking to itself or not. */
function page(n, linked) {
  const headings = [];
  const links = [];
  let line = 1;
  for (let i = 0; i < n; i++) {
    if (i % 50 === 0) headings.push({text: `Group ${i}`, raw: `Group ${i}`, depth: 2, line: (line += 2), column: 1, endLine: line, endColumn: 12, empty: true});
    headings.push({text: `Entry ${i}`, raw: linked ? `[Entry ${i}](#entry-${i})` : `Entry ${i}`, depth: 4, line: (line += 2), column: 1, endLine: line, endColumn: 30, empty: true});
    links.push({url: `#entry-${i}`, kind: 'inline', line: linked ? line : 1, column: linked ? 6 : 1});
  }
  const facts = {headings, links, frontMatter: undefined};
  return {facts, site: {isPage: () => true, facts: () => facts, writesAfterContent: () => undefined}};
}

const everyTarget = ({facts, site}) => {
  const target = unwrittenTargets(site);
  return facts.headings.filter((heading) => target('p.md', heading)).length;
};

for (const linked of [true, false]) {
  test(`empty sections of a page of thousands of empty entries (${linked ? 'each its own permalink' : 'bare'}), and links to each, are worked out in linear time`, () => {
    assertLinearGrowth('unwritten sections', ({site}) => unwrittenSections(site, 'p.md'), (n) => page(n, linked), 5000);
    assertLinearGrowth('links into them', everyTarget, (n) => page(n, linked), 5000);
  });
}

test('a link to an empty group heading holding reported entries lands on an unwritten section; one to an entry that is its own permalink does not', () => {
  const bare = page(100, false);
  assert.equal(everyTarget(bare), bare.facts.headings.length);
  const own = page(100, true);
  assert.equal(everyTarget(own), 0);
});
