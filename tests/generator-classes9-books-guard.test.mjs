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
