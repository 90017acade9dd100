// Ids a generator's template language writes in the page itself (Jekyll's Liquid, Eleventy's
// Liquid or Nunjucks run on Markdown before it is converted): `<h2 id="{{ section.name | slugify }}">`
// in a `{% for %}` loop over `_data/` makes ids postlint cannot list, so a fragment to that page that
// matches no static id is unverifiable; on a page without such ids a missing fragment is still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson} from './helpers.mjs';
import {tempSite} from './helpers.mjs';

const site = {
  '_config.yml': 'title: Settings demo\n',
  '_data/sections.yml': '- name: General settings\n- name: Color settings\n',
  'settings.md': [
    '---',
    'title: Settings',
    '---',
    '',
    '## Static heading',
    '',
    'Each section below comes from data.',
    '',
    '{% for section in site.data.sections %}',
    '<h2 id="{{ section.name | slugify }}">{{ section.name }}</h2>',
    '{% endfor %}',
    '',
  ].join('\n'),
  'plain.md': '---\ntitle: Plain\n---\n\n## Only heading\n\nText.\n',
  'index.md': [
    '---',
    'title: Home',
    '---',
    '',
    'See [general]({% link settings.md %}#general-settings) and [static]({% link settings.md %}#static-heading).',
    '',
    'But [renamed]({% link plain.md %}#old-heading) is gone.',
    '',
  ].join('\n'),
};

function run(files) {
  const root = tempSite(files);
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  const unverifiable = json.flatMap((file) => (file.unverifiable ?? []).map(({line, column, reason}) => `${line}:${column} ${reason}`));
  return {found: findings(json, root).sort(), unverifiable};
}

test('Jekyll: a fragment to a page whose Liquid writes ids from data is unverifiable; a missing one elsewhere is still reported', () => {
  const {found, unverifiable} = run(site);
  assert.deepEqual(found, ['index.md:7:15 no-broken-anchors']);
  assert.equal(unverifiable.length, 1, unverifiable.join('\n'));
  assert.match(unverifiable[0], /^5:15 .*id="\{\{ section\.name \| slugify \}\}", line 10/);
});

test('Jekyll: without the templated id the same fragment is reported', () => {
  const files = {...site, 'settings.md': site['settings.md'].replace('<h2 id="{{ section.name | slugify }}">', '<h2 id="general">')};
  const {found} = run(files);
  assert.deepEqual(found, ['index.md:5:15 no-broken-anchors', 'index.md:7:15 no-broken-anchors']);
});

test('Jekyll: an include that writes ids from its arguments makes the including page\'s unknown fragments unverifiable', () => {
  const files = {
    ...site,
    '_includes/card.html': '<div class="card" id="{{ include.id }}">{{ include.title }}</div>\n',
    'plain.md': '---\ntitle: Plain\n---\n\n## Only heading\n\n{% include card.html id="old-heading" title="Card" %}\n',
  };
  const {found, unverifiable} = run(files);
  assert.deepEqual(found, []);
  assert.ok(unverifiable.some((line) => /^7:15 .*card\.html, which writes ids in template code/.test(line)), unverifiable.join('\n'));
  // The same include writing a literal id says which ids exist: another fragment is reported.
  const literal = {...files, '_includes/card.html': '<div class="card" id="card">{{ include.title }}</div>\n'};
  assert.deepEqual(run(literal).found, ['index.md:7:15 no-broken-anchors']);
});
