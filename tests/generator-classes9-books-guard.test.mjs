// Generator behaviours the round-9 tune half showed postlint lacked (mdBook, Docusaurus, generated
// contributor tables, the model guard), each on a small site of its own, asserted by exact rule id,
// line and column (or an unverifiable reason), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

// ---- mdBook: a relative link that climbs above the book's src/ leaves the book ----

test('mdbook: a link climbing above src/ leaves the book (a sibling book on the same host): unverifiable; a missing chapter inside the book is still missing', () => {
  const root = tempSite({
    'doc/book/book.toml': '[book]\ntitle = "Demo"\n',
    'doc/book/src/SUMMARY.md': '# Summary\n\n- [Features](reference/features.md)\n',
    'doc/book/src/reference/features.md': [
      '# Features',
      '',
      'See [conditional compilation] and the [FFI chapter](../../nomicon/ffi.md).',
      '',
      'A [lost chapter](../guide/gone.md) and [a typo](feature.md).',
      '',
      '[conditional compilation]: ../../reference/conditional-compilation.md#the-cfg-attribute',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(`${root}/doc/book`), [
    'src/reference/features.md:5:3 no-missing-files',
    'src/reference/features.md:5:40 no-missing-files',
  ]);
  const reasons = unverifiable(`${root}/doc/book`);
  assert.deepEqual(reasons.map((row) => row.replace(/: .*/, '')), ['3:39 ../../nomicon/ffi.md', '7:1 ../../reference/conditional-compilation.md#the-cfg-attribute']);
  assert.match(reasons[0], /climbs above the book's root \(src\/\), out of the book/);
});

// ---- all-contributors: the emoji links its table writes to `#<type>-<login>` ----

test('all-contributors: `#<type>-<login>` (and `#<type>`) links of the tool\'s own types inside its markers are its own form (unverifiable); the same link outside them, and a plain miss inside, are reported', () => {
  const cell = (login) => `    <td align="center"><a href="https://github.com/${login}"><sub><b>${login}</b></sub></a><br /><a href="#talk-${login}" title="Talks">📢</a> <a href="#financial-${login}" title="Financial">💵</a></td>`;
  const root = tempSite({
    'credits.md': [
      '# Credits',
      '',
      '<!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->',
      '<!-- prettier-ignore-start -->',
      '<table>',
      '  <tr>',
      cell('jdoe'),
      cell('mary-ann'),
      '    <td><a href="#thanks">🙏</a></td>',
      // Types with a digit (`a11y`), a login GitHub once allowed to end in `-`, a contributor without a login.
      '    <td><a href="#a11y-old-login-" title="Accessibility">♿️</a> <a href="#eventOrganizing-x.y_z">📋</a> <a href="#design">🎨</a></td>',
      '  </tr>',
      '</table>',
      '<!-- ALL-CONTRIBUTORS-LIST:END -->',
      '',
      'Also see <a href="#talk-jdoe">the talk</a>.',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), ['credits.md:15:13 no-broken-anchors', 'credits.md:9:12 no-broken-anchors']);
  const rows = unverifiable(root);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), [
    '10:108 #design', '10:12 #a11y-old-login-', '10:68 #eventOrganizing-x.y_z',
    '7:135 #financial-jdoe', '7:93 #talk-jdoe', '8:101 #talk-mary-ann', '8:147 #financial-mary-ann',
  ]);
  assert.match(rows[1], /all-contributors writes this link in its own form/);
});

// ---- Docusaurus: a doc's slug route and a static/ folder of the same name ----

test('docusaurus: a doc routed at a path where static/ has a folder without index is the page; a static folder no route shares still has no index', () => {
  const root = tempSite({
    'docusaurus.config.js': "module.exports = {\n  title: 'Demo',\n  presets: [['classic', {docs: {routeBasePath: '/'}}]],\n};\n",
    'docs/intro.md': '# Intro\n\nRead [API first](/api-first) and [its steps](/api-first/#steps), and the [gallery](/gallery).\n',
    'docs/options/api-first.mdx': '---\nslug: /api-first/\n---\n\n# API first\n\n## Steps\n\nText.\n',
    'static/api-first/diagram.png': 'png',
    'static/gallery/one.png': 'png',
  });
  assert.deepEqual(run(root), ['docs/intro.md:3:74 no-missing-files']);
});
