// Generator behaviours the round-6 held-out sites showed postlint lacked, each on a small site of
// its own, asserted by exact rule id, line and column (or no finding at all), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

const {forgetSites} = await import('../dist/src/site/generators/index.js');

/** Every finding of a temporary site, as `file:line:col rule`. */
function run(root, args = []) {
  forgetSites();
  const {json} = postlintJson(['--offline', '--no-config', ...args, '.'], {cwd: root});
  return findings(json, root).sort();
}

/** The links of the run postlint could not check, as `line:col url: reason`. */
function unverifiable(root) {
  forgetSites();
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  return json.flatMap((file) => (file.unverifiable ?? []).map((entry) => `${entry.line}:${entry.column} ${entry.url}: ${entry.reason}`)).sort();
}

// A chapter whose links only a preprocessor can make good: a rule id as a link destination
// (mdbook-spec), a fragment such a preprocessor writes an element for, a chapter it may add;
// and what no preprocessor can make: an image file that is not there.
const chapter = [
  '# Items',
  '',
  'See [static items] and [the rule](other.md#r-items.static.intro).',
  '',
  'Also [a new chapter](generated/list.md).',
  '',
  '![diagram](img/missing.png)',
  '',
  'And [the diagram file](img/missing.svg).',
  '',
  '[static items]: items.static',
  '',
].join('\n');

function book(preprocessor) {
  return tempSite({
    'book.toml': `[book]\ntitle = "Book"\n${preprocessor}`,
    'src/SUMMARY.md': '# Summary\n\n- [Items](items.md)\n- [Other](other.md)\n',
    'src/items.md': chapter,
    'src/other.md': '# Other\n\nr[items.static.intro]\nText.\n',
  });
}

test('mdbook preprocessors: a custom preprocessor may rewrite links and make ids (unverifiable, named); a missing image stays missing', () => {
  const root = book('\n[preprocessor.spec]\ncommand = "cargo run --release --manifest-path tools/spec/Cargo.toml"\n');
  assert.deepEqual(run(root), ['src/items.md:7:1 no-missing-files', 'src/items.md:9:5 no-missing-files']);
  // The reason names the preprocessor and its command.
  const reasons = unverifiable(root);
  assert.deepEqual(reasons.map((entry) => entry.split(' ')[0]), ['11:1', '3:24', '5:6']);
  for (const reason of reasons) assert.match(reason, /preprocessor spec \(`cargo run --release --manifest-path tools\/spec\/Cargo\.toml`\)/);
  // Without a command, `[preprocessor.<name>]` runs `mdbook-<name>`: just as unknown.
  assert.deepEqual(run(book('\n[preprocessor.glossary]\n')), ['src/items.md:7:1 no-missing-files', 'src/items.md:9:5 no-missing-files']);
});

test('mdbook preprocessors: without one, or with built-in and known code-block preprocessors only, every finding stays', () => {
  const expected = [
    'src/items.md:11:1 no-missing-files',
    'src/items.md:3:24 no-broken-anchors',
    'src/items.md:5:6 no-missing-files',
    'src/items.md:7:1 no-missing-files',
    'src/items.md:9:5 no-missing-files',
  ];
  assert.deepEqual(run(book('')), expected);
  assert.deepEqual(run(book('\n[preprocessor.links]\n\n[preprocessor.index]\n\n[preprocessor.mermaid]\ncommand = "mdbook-mermaid"\n\n[preprocessor.katex]\n')), expected);
});
