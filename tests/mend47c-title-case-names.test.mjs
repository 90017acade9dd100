import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

// mend47c: a title-case capital says no more about a name than a sentence's first capital does. Where the
// page writes the word as a name in running text (`We run Mosquitto on a small board`), its use in a
// title-case heading, title or sidebar label beside a common word (`Running a Mosquitto Bridge`) is that
// name, not a known misspelling (`mosquito`); fix47c reported it, and with it every use on the page.
const options = {offline: true};

test('spelling: a name the running text writes alone is that name in a title-case heading, title and sidebar label', async () => {
  const files = {
    'docusaurus.config.js': "module.exports = {title: 'Docs', url: 'https://example.com', baseUrl: '/'};\n",
    'docs/heading.md': '---\ntitle: Home sensors\n---\n\n## Running a Mosquitto Bridge\n\nWe run Mosquitto on a small board.\n',
    'docs/start.md': '---\ntitle: Home sensors\n---\n\n## Mosquitto Bridge Setup\n\nWe run Mosquitto on a small board.\n',
    'docs/title.md': '---\ntitle: Running a Mosquitto Bridge\nsidebar_label: Mosquitto Bridge\n---\n\nWe run Mosquitto on a small board.\n',
  };
  assert.deepEqual(await siteFindings('spelling', files, options), []);
});

test('spelling: without a name in running text, the title-case misspelling is still reported (fix47c)', async () => {
  const files = {
    'posts/java.md': '---\ntitle: Method Paramters in Java\n---\n\n# Method Paramters in Java\n\nA method takes values; Java passes them by value.\n',
  };
  assert.deepEqual(await siteFindings('spelling', files, options), [
    'posts/java.md:2:15 spelling',
    'posts/java.md:5:10 spelling',
  ]);
});

test('spelling: a title phrase\'s last word in running text is no name standing alone: its slip is still reported', async () => {
  const files = {'posts/spec.md': '---\ntitle: Reading list\n---\n\nRead the Web Application Sepcification. It is long.\n'};
  assert.deepEqual(await siteFindings('spelling', files, options), ['posts/spec.md:5:26 spelling']);
});
