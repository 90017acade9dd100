// Round 42f: ids a page's layout makes in the browser (jQuery Tocify's hash values), and a talk's
// closing line of thanks as the last heading. Each case is a small made-up site, asserted by exact
// rule id, line and column: the false alarm gone and a broken fragment of the same shape still reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable} from './helpers.mjs';
import {siteFindings} from './rule-helpers.mjs';

/** A Jekyll layout that loads Tocify and starts it with these options. */
const tocifyLayout = () => [
  '<html><head><script src="/js/jquery.tocify.min.js"></script></head>',
  '<body><div id="toc"></div><div id="doc">{{ content }}</div>',
  `{% include toc.html %}`,
  '</body></html>',
  '',
].join('\n');
const tocifyInclude = (options) => `<script>\n  $(function() {\n    $("#toc").tocify(${options});\n  });\n</script>\n`;

const guide = [
  '---',
  'layout: guide',
  'title: Guide',
  '---',
  '',
  '## Kettle care',
  '',
  'Descale it.',
  '',
  '### Filter: mesh (fine) cleaning',
  '',
  'Rinse it.',
  '',
  '#### Deep detail',
  '',
  'More.',
  '',
].join('\n');

const links = [
  '# Links',
  '',
  '[a](guide.html#Kettlecare) [b](guide.html#Filter:mesh(fine)cleaning) [c](guide.html#kettle-care)',
  '',
  '[d](guide.html#Deepdetail) [e](guide.html#Kettlecares) [f](guide.html#filter-mesh-(fine)-cleaning)',
  '',
].join('\n');

const site = (options, layout = 'guide') => ({
  '_config.yml': 'title: S\n',
  [`_layouts/${layout}.html`]: tocifyLayout(),
  '_includes/toc.html': tocifyInclude(options),
  'js/jquery.tocify.min.js': '/* jquery Tocify */\n',
  'guide.md': guide,
  'links.md': links,
});

test('tocify: a page whose layout runs jQuery Tocify has its compact hash values (blanks taken out) for the levels `selectors` names; kramdown\'s ids stay', () => {
  // h2–h4 named: #Kettlecare, #Filter:mesh(fine)cleaning, #Deepdetail found; #kettle-care is kramdown's; #Kettlecares and #filter-mesh-(fine)-cleaning (pretty) are not.
  assert.deepEqual(run(tempSite(site(`{context: '#doc', scrollTo: '60', selectors: "h2,h3,h4"}`))), ['links.md:5:28 no-broken-anchors', 'links.md:5:56 no-broken-anchors']);
  // The default selectors (h1, h2, h3) do not reach the h4.
  assert.deepEqual(run(tempSite(site(`{context: '#doc'}`))), ['links.md:5:1 no-broken-anchors', 'links.md:5:28 no-broken-anchors', 'links.md:5:56 no-broken-anchors']);
});

test('tocify: hashGenerator "pretty" gives lower-case values joined by "-" (":-" made "-"); a function of the site\'s own leaves the page\'s other fragments unverifiable', () => {
  // pretty: #kettle-care (also kramdown's), #filter-mesh-(fine)-cleaning found; the compact ones are broken.
  assert.deepEqual(run(tempSite(site(`{selectors: "h2,h3,h4", hashGenerator: "pretty"}`))), ['links.md:3:1 no-broken-anchors', 'links.md:3:28 no-broken-anchors', 'links.md:5:1 no-broken-anchors', 'links.md:5:28 no-broken-anchors']);
  const root = tempSite(site(`{selectors: "h2,h3,h4", hashGenerator: function (text) { return text.toUpperCase(); }}`));
  assert.deepEqual(run(root), []);
  assert.equal(siteUnverifiable(root).length, 5);
});

test('tocify: a layout that does not run it (the call commented out, or only another layout calls it) gives no hash values', () => {
  const commented = site(`{selectors: "h2,h3,h4"}`);
  commented['_includes/toc.html'] = `<!-- ${tocifyInclude(`{selectors: "h2,h3,h4"}`)} -->\n`;
  const all = ['links.md:3:1', 'links.md:3:28', 'links.md:5:1', 'links.md:5:28', 'links.md:5:56'].map((at) => `${at} no-broken-anchors`);
  assert.deepEqual(run(tempSite(commented)), all);
  // The page's layout is `plain`; only `guide` (which it does not use) runs Tocify.
  const other = {...site(`{selectors: "h2,h3,h4"}`), '_layouts/plain.html': '<html><body>{{ content }}</body></html>\n', 'guide.md': guide.replace('layout: guide', 'layout: plain')};
  assert.deepEqual(run(tempSite(other)), all);
});

test('no-empty-sections: thanks for the audience\'s own act as the last heading (### Thank you for your attention 💜) is a sign-off; thanks to someone, or bare thanks, is still a section', async () => {
  const talk = ['# Talk', '', '## Slides', '', 'Slide text.', '', '### Thank you for your attention 💜', ''].join('\n');
  const reading = ['# Post', '', 'Text.', '', '## Thanks for reading!', ''].join('\n');
  const sponsors = ['# Tool', '', '## Usage', '', 'Run it.', '', '## Thanks to our sponsors', ''].join('\n');
  const middle = ['# Talk', '', 'Text.', '', '## Thank you for your attention', '', '## Appendix', '', 'More.', ''].join('\n');
  assert.deepEqual(await siteFindings('no-empty-sections', {'talk.md': talk, 'reading.md': reading, 'sponsors.md': sponsors, 'middle.md': middle}), ['middle.md:5:1 no-empty-sections', 'sponsors.md:7:1 no-empty-sections']);
});

const astroSite = (extra = {}) => ({
  'astro.config.mjs': 'export default {};\n',
  'package.json': '{"dependencies":{"astro":"4.0.0"}}\n',
  'public/_redirects': '# Forms\n/apply/*   https://forms.example.com/1 302!\n/gone/*   /404.html   404\n',
  'public/exp/speed-test.html': '<html><body>Test</body></html>\n',
  'src/pages/index.md': '# Home\n\n[a](/apply/) [b](/gone/old/) [c](/exp/speed-test/) [d](/exp/speed-test) [e](/exp/speed-tests/)\n',
  ...extra,
});

test('netlify: a `_redirects` in Astro\'s public/ (copied to the top of the output) answers the paths its rules send elsewhere; a 404 rule is no page', () => {
  // Without netlify.toml: /apply/ is answered by the rule (unverifiable); /gone/old/ (404 rule) and the extensionless paths are missing.
  assert.deepEqual(run(tempSite(astroSite())), ['src/pages/index.md:3:14 no-missing-files', 'src/pages/index.md:3:30 no-missing-files', 'src/pages/index.md:3:52 no-missing-files', 'src/pages/index.md:3:73 no-missing-files']);
});

test('netlify: on a site deployed to Netlify, a path whose .html file the site publishes (/exp/speed-test/ for speed-test.html) is unverifiable, not missing; one with no such file still is', () => {
  const root = tempSite(astroSite({'netlify.toml': '[build]\npublish = "dist/"\n'}));
  assert.deepEqual(run(root), ['src/pages/index.md:3:14 no-missing-files', 'src/pages/index.md:3:73 no-missing-files']);
  assert.equal(siteUnverifiable(root).filter((entry) => /Netlify/.test(entry)).length, 2);
});

const bookSite = (run, publish) => ({
  'book.toml': '[book]\ntitle = "Guide"\n',
  'src/SUMMARY.md': '# Summary\n\n- [Intro](intro.md)\n',
  'src/intro.md': '# Intro\n\nOlder releases: [v1](/1) and [api](/api/).\n',
  '.github/workflows/pages.yml': [
    'on: push',
    'jobs:',
    '  pages:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Assemble',
    '        run: |',
    ...run.map((line) => `          ${line}`),
    '      - uses: peaceiris/actions-gh-pages@v4',
    '        with:',
    '          github_token: ${{ secrets.GITHUB_TOKEN }}',
    `          publish_dir: ${publish}`,
    '',
  ].join('\n'),
});

test('gh-pages: a workflow that copies the book into a folder of a tree it publishes with other parts (older books) leaves site-root paths the book lacks unverifiable; one that publishes the book alone does not', () => {
  const assembled = tempSite(bookSite(['mdbook build', 'mkdir -p site/book', 'cp -r book site/book/en', 'cp -r old/1 site/'], './site'));
  assert.deepEqual(run(assembled), []);
  assert.equal(siteUnverifiable(assembled).filter((entry) => /copies the site's build output \(book\)/.test(entry)).length, 2);
  const alone = tempSite(bookSite(['mdbook build', 'cp -r book public'], './public'));
  assert.deepEqual(run(alone), ['src/intro.md:3:17 no-missing-files', 'src/intro.md:3:30 no-missing-files']);
});

test('tocify: a heading\'s image gives no text to its hash value (jQuery .text() reads no alt text)', () => {
  const files = {
    ...site(`{selectors: "h2,h3,h4"}`),
    'tea.md': '---\nlayout: guide\ntitle: Tea\n---\n\n## ![Cup icon](cup.png) [Tea time](https://example.org/)\n\nBrew it.\n',
    'links.md': '# Links\n\n[t](tea.html#Teatime) [u](tea.html#CupiconTeatime)\n',
    'cup.png': 'png',
  };
  assert.deepEqual(run(tempSite(files)), ['links.md:3:23 no-broken-anchors']);
});
