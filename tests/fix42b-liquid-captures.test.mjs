// Jekyll: a link in a Liquid {% capture %} the page outputs through a text-editing filter is a
// template of links (round 41's liquid-capture-replace-template), asserted by exact rule id, line
// and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

const page = (use) => [
  '---',
  'title: Lamps',
  '---',
  '',
  '{% capture badge %}![](/img/lamp-0.svg){% endcapture %}',
  '',
  `- ${use}`,
  '- ![gone](/img/gone.svg)',
  '',
].join('\n');

const site = (use) => ({'_config.yml': 'title: Lamps\n', 'lamps.md': page(use), 'img/lamp-desk.svg': '<svg/>'});

test('jekyll: a capture used with replace is a template: its link is unverifiable, a plain link beside it is still missing', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', site('{{ badge | replace: "0", "desk" }}')), ['lamps.md:8:3 no-missing-files']);
});

test('jekyll: a capture output as written (or through strip) links to the path as written', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', site('{{ badge }}')), ['lamps.md:5:20 no-missing-files', 'lamps.md:8:3 no-missing-files']);
  assert.deepEqual(await siteFindings('no-missing-files', site('{{ badge | strip }}')), ['lamps.md:5:20 no-missing-files', 'lamps.md:8:3 no-missing-files']);
});

test('hugo runs no Liquid: the capture tags are text and the link is checked as written', async () => {
  const files = {'hugo.toml': 'title = "Lamps"\n', 'content/lamps.md': page('{{ badge | replace: "0", "desk" }}'), 'static/img/lamp-desk.svg': '<svg/>'};
  assert.deepEqual(await siteFindings('no-missing-files', files), ['content/lamps.md:5:20 no-missing-files', 'content/lamps.md:8:3 no-missing-files']);
});

test('jekyll (review mend42b): a capture output as written as well as through replace writes its link as written once: still missing', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', site('{{ badge }} {{ badge | replace: "0", "desk" }}')), ['lamps.md:5:20 no-missing-files', 'lamps.md:8:3 no-missing-files']);
});

// Hostile input read in linear time: captures never closed, output tags never closed (each was searched for to the
// page's end from every one of them: 5 and 6 s for 20,000 on eb76fdc8).
test('captures and output tags never closed are read in linear time', async () => {
  const {rewrittenCaptures} = await import('../dist/src/text/liquid-captures.js');
  for (const page of ['{{ icon | replace: "0", "x" }}\n' + '{% capture icon %} text\n'.repeat(20_000), 'capture\n' + '{{ a | b \n'.repeat(20_000)]) {
    const started = performance.now();
    assert.deepEqual(rewrittenCaptures(page), []);
    assert.ok(performance.now() - started < 1500, `${Math.round(performance.now() - started)} ms`);
  }
  const page = '{% capture icon %}<a href="/a-0.svg">a</a>{% capture inner %}{% endcapture %} after {% endcapture %}{{ icon | replace: "0", "x" }}';
  assert.deepEqual(rewrittenCaptures(page), [{range: [0, page.indexOf(' after')], use: '{{ icon | replace: "0", "x" }}'}]);
});
