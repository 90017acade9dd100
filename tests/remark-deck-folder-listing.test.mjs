// A page an HTML page beside it shows with remark.js (`remark.create({sourceUrl: 'talk.md'})`) is a
// slide deck. Its folder is listed, and its HTML pages read, once for a run, not once for each page
// with a rule in it: a folder of thousands of posts with `---` rules was listed for each of them
// (2,000 posts: 6 s; 8,000: 76 s).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {slideDeck} from '../dist/src/text/slide-deck.js';

const tree = {type: 'root', children: [{type: 'heading', depth: 2, children: [{type: 'text', value: 'Part'}]}, {type: 'thematicBreak'}]};

test('slide decks: a folder of many pages with rules is listed once a run, and the page an HTML page shows with remark.js is still a deck', () => {
  const folder = mkdtempSync(join(tmpdir(), 'remark-shows-'));
  try {
    const pages = 3000;
    for (let i = 0; i < pages; i++) writeFileSync(join(folder, `post-${i}.md`), '');
    for (let i = 0; i < 5; i++) writeFileSync(join(folder, `slides-${i}.html`), `<script>remark.create({sourceUrl: 'post-${i}.md'});</script>${'<p>x</p>'.repeat(2000)}`);
    const shows = new Map();
    const started = process.cpuUsage();
    const decks = [];
    for (let i = 0; i < pages; i++) if (slideDeck(tree, undefined, join(folder, `post-${i}.md`), shows) !== undefined) decks.push(i);
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    assert.deepEqual(decks, [0, 1, 2, 3, 4]);
    assert.equal(shows.size, 1, 'one listing for the folder');
    // Listed for each page, this took seconds; listed once, milliseconds (CPU time: waiting for a core does not count;
    // the one listing is also counted above).
    assert.ok(ms < 1500, `${pages} pages took ${Math.round(ms)} ms`);
  } finally {
    rmSync(folder, {recursive: true, force: true});
  }
});
