// A Jekyll collection without `output` writes no pages, but a page that loops over
// `site.<collection>` and writes each document's `content` shows them: a document's `#x` names an
// id of that page (its own ids, the ids its loop writes from each document's slug, the headings of
// the documents shown there) and its relative links are read from that page's URL.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, postlintJson, siteFindings, siteUnverifiable, tempSite} from './helpers.mjs';

const site = {
  '_config.yml': 'title: Answers\ncollections:\n  answers:\n    output: false\n  guides:\n    output: true\n    permalink: /guides/:path\n',
  'help/answers.html': [
    '---', 'title: Answers', '---',
    '<h1 id="index">Answers</h1>',
    '{% for answer in site.answers %}',
    '  <h2 id={{answer.slug}}>{{ answer.question }}</h2>',
    '  <div>{{ answer.content }}</div>',
    '{% endfor %}', '',
  ].join('\n'),
  '_guides/setup.md': '---\ntitle: Setup\n---\n\nHow to set up.\n',
  '_answers/001-first.md': '---\nquestion: First?\nslug: first-answer\n---\n\nSee [the second](#002-second) and [the index](#index).\n\n## Details here\n\nMore.\n',
  '_answers/002-second.md': '---\nquestion: Second?\n---\n\nSee [the first](#first-answer), [its details](#details-here) and [the guide](../guides/setup).\n\nBut [this](#no-such-answer) and [that](../guides/missing).\n',
};

const run = (files) => siteFindings(tempSite(files));

test('Jekyll: documents a page shows resolve fragments and relative links against that page', () => {
  assert.deepEqual(run(site), ['_answers/002-second.md:7:33 no-missing-files', '_answers/002-second.md:7:5 no-broken-anchors']);
});

test('Jekyll: ids the showing page writes from other data, or two pages showing the documents, leave it to the build', () => {
  const fromTitles = {...site, 'help/answers.html': site['help/answers.html'].replace('id={{answer.slug}}', 'id="{{ answer.question | slugify }}"')};
  assert.deepEqual(run(fromTitles), ['_answers/002-second.md:7:33 no-missing-files']);
  const twice = {...site, 'more.html': site['help/answers.html']};
  assert.deepEqual(run(twice), []);
  const reasons = siteUnverifiable(tempSite(twice)).filter((entry) => entry.startsWith('7:'));
  assert.deepEqual(reasons.map((entry) => entry.replace(/: .*/, '')), ['7:33 ../guides/missing', '7:5 #no-such-answer']);
  assert.match(reasons[0], /the "answers" collection writes no pages; 2 pages show its documents/);
});

test('Jekyll: with the cache, renaming a heading of one shown document re-checks the links into it from the others', () => {
  const root = tempSite(site);
  const env = {POSTLINT_CACHE_SETTLE_MS: '0'};
  const lint = () => findings(postlintJson(['--offline', '--no-config', '--cache', '.'], {cwd: root, env}).json, root).sort();
  assert.deepEqual(lint(), ['_answers/002-second.md:7:33 no-missing-files', '_answers/002-second.md:7:5 no-broken-anchors']);
  const first = join(root, '_answers/001-first.md');
  writeFileSync(first, readFileSync(first, 'utf8').replace('## Details here', '## Particulars'));
  assert.deepEqual(lint(), ['_answers/002-second.md:5:33 no-broken-anchors', '_answers/002-second.md:7:33 no-missing-files', '_answers/002-second.md:7:5 no-broken-anchors']);
});

test('Jekyll: a showing page rendered with a theme\'s layout (not in the checkout) may write the id: unverifiable, naming the layout and theme', () => {
  const themed = {...site, '_config.yml': `${site['_config.yml']}remote_theme: someone/answers-theme\n`, 'help/answers.html': site['help/answers.html'].replace('title: Answers', 'title: Answers\nlayout: wide')};
  const root = tempSite(themed);
  assert.deepEqual(siteFindings(root), ['_answers/002-second.md:7:33 no-missing-files']);
  assert.deepEqual(siteUnverifiable(root).filter((entry) => entry.startsWith('7:5 ')), [
    '7:5 #no-such-answer: the fragment cannot be checked: the target is rendered with the layout "wide", not in _layouts/ but the theme\'s: only the build, which has the theme "someone/answers-theme" (remote_theme), knows the ids it writes',
  ]);
  // A near miss of an id the page has is named, though the theme may write the fragment.
  const slip = tempSite({...themed, '_answers/002-second.md': site['_answers/002-second.md'].replace('#no-such-answer', '#first-answr')});
  assert.deepEqual(siteUnverifiable(slip).filter((entry) => entry.startsWith('7:5 ')), [
    '7:5 #first-answr: the fragment cannot be checked: the target is rendered with the layout "wide", not in _layouts/ but the theme\'s: only the build, which has the theme "someone/answers-theme" (remote_theme), knows the ids it writes; did you mean "#first-answer"?',
  ]);
});
