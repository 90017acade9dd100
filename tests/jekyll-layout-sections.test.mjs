// fix45c: a Jekyll layout that assembles a page from the includes a front-matter list names
// (`{% for section in page.sections %}{% include {{ section }} %}{% endfor %}`). Each listed file is
// rendered on the page: its `#fragment` links are read against the whole page (every part's ids),
// on every page that lists it, and its relative links from the page's URL.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteJson, siteStderr} from './helpers.mjs';

const config = 'title: Docs\nmarkdown: kramdown\n';
const guide = (loop) => `---\nlayout: default\n---\n${loop}\n{{ content }}\n`;
const sectionLoop = '{% capture page_content %}\n{% for section in page.sections %}\n  {% capture part %}{% include {{ section }} %}{% endcapture %}\n  <div>{{ part | markdownify }}</div>\n{% endfor %}\n{% endcapture %}\n{{ page_content }}';
const page = (url, sections) => `---\ntitle: Guide\nlayout: guide\npermalink: ${url}\nsections:\n${sections.map((s) => `- "${s}"`).join('\n')}\n---\n`;

const files = (loop) => ({
  '_config.yml': config,
  '_layouts/default.html': '<html><body>{{ content }}</body></html>\n',
  '_layouts/guide.html': guide(loop),
  'alpha.md': page('/alpha/guide/', ['alpha/objects.md', 'common/data.md']),
  'beta.md': page('/beta/guide/', ['beta/start.md', 'common/data.md']),
  'other.md': '---\ntitle: Other\npermalink: /other/guide/\n---\n\n## Examples\n\nText.\n',
  // Line 5: a heading of another part of the page; line 7: a heading of no part.
  '_includes/alpha/objects.md': '# Objects\n\nSaving.\n\n'
    + 'See [data types](#data-types).\n\n'
    + 'See [missing](#no-such-part).\n',
  '_includes/beta/start.md': '# Start\n\nStarting.\n',
  // Line 5: a heading only the alpha page has; line 7: relative from the page's URL (/alpha/guide/, /beta/guide/).
  '_includes/common/data.md': '# Data Types\n\nTypes.\n\n'
    + 'Back to [objects](#objects).\n\n'
    + 'See [examples](../../other/guide#examples).\n',
});

test('jekyll: a layout that includes each file of page.sections assembles one page from them', () => {
  const root = tempSite(files(sectionLoop));
  // Before: every fragment read against the included file alone (5:6 of objects.md, 5:9 of data.md
  // reported too) and the relative link from _includes/common/ (7:5 of data.md, no-missing-files).
  assert.deepEqual(run(root), [
    '_includes/alpha/objects.md:7:5 no-broken-anchors',
    '_includes/common/data.md:5:9 no-broken-anchors',
  ]);
  // The shared part's link is broken on the page that lacks the heading, and the message names it.
  const shared = siteJson(root).find((file) => file.filePath.endsWith('common/data.md')).messages[0];
  assert.match(shared.message, /"#objects" matches no heading in .*beta\.md/);
});

test('jekyll: a loop that includes the items some other way is not read: the parts\' links are unverifiable, not judged', () => {
  const root = tempSite(files(sectionLoop.replace('{% include {{ section }} %}', '{% include {{ section | prepend: page.lang }} %}')));
  // Before: 5:5 and 7:5 of objects.md, 5:9 of data.md (no-broken-anchors) and 7:5 of data.md (no-missing-files) reported.
  assert.deepEqual(run(root), []);
  const unverifiable = siteJson(root).flatMap((file) => (file.unverifiable ?? []).map((entry) => `${file.filePath.replace(`${root}/`, '')}:${entry.line}:${entry.column} ${entry.reason}`));
  assert.equal(unverifiable.length, 4);
  for (const entry of unverifiable) assert.match(entry, /^_includes\/.*the layout guide\.html includes each item of a page's front-matter list "sections" as \{% include \{\{ section \| prepend: page\.lang \}\} %\}/);
});

test('jekyll: a partial no page lists, with a section layout in the site, is read against itself as before', () => {
  const site = files(sectionLoop);
  site['_includes/loose.md'] = '# Loose\n\nSee [gone](#gone) and [there](#loose).\n';
  const root = tempSite(site);
  assert.ok(run(root).includes('_includes/loose.md:3:5 no-broken-anchors'));
  assert.ok(!run(root).some((row) => row.startsWith('_includes/loose.md:3:23')));
});

test('jekyll: each part is converted by itself (markdownify), so a heading two parts share has one id, not -1', () => {
  const site = files(sectionLoop);
  site['_includes/alpha/objects.md'] = '# Objects\n\n## Setup\n\nSee [setup](#setup) and [second](#setup-1).\n';
  site['_includes/common/data.md'] = '# Data Types\n\n## Setup\n\nTypes.\n';
  const root = tempSite(site);
  // Pasted into the page's text they would be `setup` and `setup-1`, and 5:25 found.
  assert.deepEqual(run(root), ['_includes/alpha/objects.md:5:25 no-broken-anchors']);
});

test('jekyll: a loop that includes the items without markdownify is not read as converted parts', () => {
  const root = tempSite(files(sectionLoop.replace('{{ part | markdownify }}', '{{ part }}')));
  assert.deepEqual(run(root), []);
  const reasons = siteJson(root).flatMap((file) => (file.unverifiable ?? []).map((entry) => entry.reason));
  assert.equal(reasons.length, 4);
  for (const reason of reasons) assert.match(reason, /includes each item of a page's front-matter list "sections" without converting it \(no markdownify\)/);
});

test('jekyll: a listed part that is not in the includes folder leaves the page\'s ids unknown, naming its front-matter line', () => {
  const site = files(sectionLoop);
  site['alpha.md'] = page('/alpha/guide/', ['alpha/objects.md', 'alpha/gone.md']) + '\nSee [x](#nothing).\n';
  const root = tempSite(site);
  assert.ok(!run(root).some((row) => row.startsWith('alpha.md:')));
  assert.match(siteStderr(root), /alpha\.md pulls in content postlint cannot see \("alpha\/gone\.md", line 7, is not found/);
});

// mend45c: where a loop includes each item without markdownify, the files it leaves unconverted are the listed ones:
// a partial no page lists is not on those pages, and stays read against itself.
test('jekyll: a loop without markdownify leaves only the listed parts unverifiable, not every partial of the includes folder', () => {
  const site = files(sectionLoop.replace('{{ part | markdownify }}', '{{ part }}'));
  site['_includes/loose.md'] = '# Loose\n\nSee [gone](#gone).\n';
  const root = tempSite(site);
  assert.deepEqual(run(root), ['_includes/loose.md:3:5 no-broken-anchors']);
});

// mend45c: a loop that builds each include's path around the item with fixed text (`widgets/{{ w }}.html`,
// `{{ w | append: ".html" }}`) can only put files of that shape on its pages: a Markdown partial elsewhere in the
// includes folder is not one of them, and stays read against itself (its broken fragment still reported).
for (const tag of ['{% include widgets/{{ widget }}.html %}', '{% include {{ widget | append: ".html" }} %}']) {
  test(`jekyll: a loop over ${tag} leaves unverifiable only the files its fixed text allows`, () => {
    const site = files(sectionLoop);
    site['_layouts/side.html'] = `---\nlayout: default\n---\n{% for widget in page.widgets %}${tag}{% endfor %}\n{{ content }}\n`;
    site['home.md'] = '---\ntitle: Home\nlayout: side\nwidgets:\n- news\n- links\n---\n\nHome.\n';
    site['_includes/loose.md'] = '# Loose\n\nSee [gone](#gone).\n';
    const root = tempSite(site);
    assert.deepEqual(run(root).filter((row) => row.startsWith('_includes/loose.md')), ['_includes/loose.md:3:5 no-broken-anchors']);
  });
}

// mend45c: each unclosed `{% for … in page.x %}` of a layout was matched lazily to the end of the text (quadratic:
// 20,000 of them took 16 s where the same layout with `{% if %}` takes 1 s). Each loop's body now ends at the next
// loop tag, so the text is read once.
test('jekyll: a layout of thousands of unclosed loops over a page list is read in linear time', () => {
  const loop = '{% for section in page.sections %}{% include x.html a=1 %}\n'.repeat(20000);
  const root = tempSite({'_config.yml': config, '_layouts/guide.html': `${loop}{{ content }}\n`,
    'a.md': '---\nlayout: guide\nsections:\n- p.md\n---\n\n[x](#y)\n', '_includes/p.md': '# P\n'});
  const started = Date.now();
  assert.deepEqual(run(root), ['a.md:7:1 no-broken-anchors']);
  assert.ok(Date.now() - started < 6000, `took ${Date.now() - started} ms`);
});
