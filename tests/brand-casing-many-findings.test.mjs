// A page with very many miscased brands: each finding's place (its index among the prose words, its
// line and column) is looked up in an index made once per page, not found by a scan from the start.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

const page = (paragraphs) => Array.from({length: paragraphs}, (_, i) => `We push it to github and then to gitlab every day ${i}.\n\n`).join('');

/** The least CPU time (µs) of `rounds` awaited runs of brand-casing on a page of `paragraphs`. */
async function leastCost(paragraphs, rounds) {
  const files = {'_config.yml': 'title: t\n', 'many.md': page(paragraphs)};
  let least = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    const {messages} = await lintSite('brand-casing', files);
    const used = process.cpuUsage(start);
    assert.equal(messages.length, 2 * paragraphs);
    least = Math.min(least, used.user + used.system);
  }
  return least;
}

test('brand-casing: every miscased brand of a long page is reported at its line and column', async () => {
  const {messages} = await lintSite('brand-casing', {'_config.yml': 'title: t\n', 'many.md': page(300)});
  assert.deepEqual(messages.slice(-2).map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`), ['many.md:599:15 brand-casing', 'many.md:599:34 brand-casing']);
});

test('brand-casing: 4× the findings on a page cost about 4× (linear), not 16×', async () => {
  const small = 2500;
  await leastCost(small, 1); // warm up: the first run compiles what it runs
  const smallCost = await leastCost(small, 3);
  const largeCost = await leastCost(4 * small, 2);
  const ratio = largeCost / smallCost;
  assert.ok(ratio < 8, `brand-casing on ${4 * small} paragraphs cost ${ratio.toFixed(1)}× its cost on ${small} (linear ~4×, a scan per finding ~16×)`);
});
