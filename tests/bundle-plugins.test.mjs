// The bundle's esbuild plugins (scripts/esbuild-plugins.mjs) change how fast a dependency runs, not
// what it returns: @sindresorhus/slugify bundled with them gives the package's own slugs, and the
// Markdown parser bundled with them the package's own syntax trees.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import slugify from '@sindresorhus/slugify';
import transliterate from '@sindresorhus/transliterate';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {remarkGfmWithoutLiterals} from '../dist/src/markdown.js';
import {fastTransliterate, preparedReplacements, reusedCompileContext, reuseCompileContext, skipAbsentReplacements} from '../scripts/esbuild-plugins.mjs';
import {postlint, repoRoot, tempFolder} from './helpers.mjs';

/** `contents` (an ES module) bundled with the plugins, as the CLI's bundle has them; its exports, and the bundle's text. */
async function bundled(contents) {
  const dir = mkdtempSync(join(tmpdir(), 'postlint-bundle-plugins-'));
  try {
    const outfile = join(dir, 'bundle.mjs');
    await build({stdin: {contents, resolveDir: join(repoRoot, 'tests')}, bundle: true, platform: 'node', format: 'esm', outfile, plugins: [fastTransliterate, reusedCompileContext], logLevel: 'error'});
    return {exports: await import(pathToFileURL(outfile).href), text: readFileSync(outfile, 'utf8')};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** @sindresorhus/slugify bundled with the plugins. */
async function bundledSlugify() {
  const {exports, text} = await bundled("export {default} from '@sindresorhus/slugify';");
  assert.match(text, /if \(!string\.includes\(key\)\) continue;/, 'the plugin changed the bundled transliterate');
  assert.match(text, /postlintPrepare\(options\.customReplacements\)/, 'the plugin prepared the merged replacements');
  return exports.default;
}

/** Phase 1's parser (src/phase1.ts: remark-parse, front matter, GFM without literal autolinks), from the packages as installed. */
const parser = (parts) => parts.unified().use(parts.remarkParse).use(parts.remarkFrontmatter, ['yaml', 'toml']).use(parts.remarkGfmWithoutLiterals).freeze();

/** Every Markdown file of the fixtures, and some of their texts cut short (open constructs at the end). */
function documents() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|mdx|markdown)$/i.test(name)) found.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(repoRoot, 'fixtures'));
  return [...found, ...found.filter((_, i) => i % 5 === 0).map((text) => text.slice(0, Math.floor(text.length * 0.6)))];
}

/** Texts that reach many replacements: every code point up to U+2FFF in runs, emoji, replacement values that hold other keys. */
function texts() {
  const out = ['', 'Getting Started', 'JavaScript & TypeScript', 'Ærøskøbing Straße', 'Привет, мир', 'Ελληνικά', "Don't stop", '🦄 ♥ unicorns', 'a $& b $1 c', 'ẞ ß Ä ä Ö ö Ü ü', 'Ǆ ǅ ǆ Ĳ ĳ Œ œ ﬁ', '日本語 中文 한국어', 'Ḁḁ ꜳ Ꜳ ǣ'];
  for (let start = 0; start < 0x3000; start += 48) out.push(String.fromCodePoint(...Array.from({length: 48}, (_, i) => start + i)));
  // Deterministic pseudo-random mixes of letters, marks, symbols and spaces.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const pool = [...'abcXYZ019 -_&\'"', ...Array.from({length: 400}, (_, i) => String.fromCodePoint(0xc0 + i * 7)), '🦄', '♥', '€', '£', '©', '™'];
  for (let k = 0; k < 300; k++) out.push(Array.from({length: 1 + (next() % 40)}, () => pool[next() % pool.length]).join(''));
  return out;
}

test('slugify bundled with the fast transliterate gives the package\'s slugs', async () => {
  const fast = await bundledSlugify();
  for (const text of texts()) {
    for (const decamelize of [false, true]) assert.equal(fast(text, {decamelize}), slugify(text, {decamelize}), JSON.stringify(text));
  }
});

// The prepared replacements are cached per set of custom ones and skipped for ASCII-only strings up to the
// first ASCII key: custom keys of ASCII, keys the built-ins have (kept at their place), values holding
// later keys, an empty key, sets given as arrays and as Maps, and a set that is not all strings (not cached).
test('transliterate bundled with the prepared replacements gives the package\'s strings, whatever the custom replacements', async () => {
  const {exports} = await bundled("export {default} from '@sindresorhus/transliterate';");
  const fast = exports.default;
  const sets = [
    undefined,
    [],
    [['&', ' and '], ['🦄', ' unicorn '], ['♥', ' love ']],
    new Map([['&', ' and '], ['🦄', ' unicorn '], ['♥', ' love ']]),
    [['Ä', 'AE'], ['a', 'ä'], ['ß', 'SS'], ['e', 'é€']],
    [['$', '\\$&'], ['.', '$1'], ['J', 'Ж']],
    [['', '-']],
    [['S', 'x'], ['S', 'y']],
  ];
  for (const text of texts()) {
    for (const customReplacements of sets) {
      const options = customReplacements === undefined ? undefined : {customReplacements};
      assert.equal(fast(text, options), transliterate(text, options), `${JSON.stringify(text)} with ${JSON.stringify(customReplacements && [...customReplacements])}`);
    }
  }
  const notStrings = [[1, 'one'], ['a', 2]];
  assert.throws(() => transliterate('a1', {customReplacements: notStrings}));
  assert.throws(() => fast('a1', {customReplacements: notStrings}));
});

test('the Markdown parser bundled with the reused compile context gives the package\'s trees', async () => {
  const {exports, text} = await bundled("export {unified} from 'unified'; export {default as remarkParse} from 'remark-parse'; export {default as remarkFrontmatter} from 'remark-frontmatter'; export {remarkGfmWithoutLiterals} from '../dist/src/markdown.js';");
  assert.match(text, /handlerContext\d* = \{ ?\.\.\.context\d*, sliceSerialize: void 0 ?\}/, 'the plugin changed the bundled compile loop');
  const fast = parser(exports);
  const library = parser({unified, remarkParse, remarkFrontmatter, remarkGfmWithoutLiterals});
  const texts = [...documents(), '', '---\ntitle: x\n---\n', '> - [ ] a\n> - [x] b\n\n| a | b |\n| - | - |\n| c | d |\n\n[^1]: note\n\n~~gone~~ and [^1]', '1. one\n\n   two\n2. three\n  - four\n\n     code'];
  assert.ok(texts.length > 300, `${texts.length} documents`);
  for (const doc of texts) assert.deepEqual(fast.parse(doc), library.parse(doc));
});

test('the compile-context patch fails loudly when the loop it changes is not there', () => {
  assert.throws(() => reuseCompileContext('function compile(events) { return events; }'), /compile loop was not found/);
});

test('the transliterate patches fail loudly when the loop or the merge they change is not there', () => {
  assert.throws(() => skipAbsentReplacements('export default (s) => s;'), /replacement loop was not found/);
  assert.throws(() => preparedReplacements('export default (s) => s;'), /merged replacements or their loop were not found/);
});

// scripts/bundle.mjs tells esbuild that Node has Unicode property escapes: without that, esbuild writes
// each `/…\p{L}…/u` as `new RegExp("…", "u")`, made anew on every call in a function (and semver's
// lazy evaluation, package-version.ts, relies on the bundle's `require`).
test('the bundled CLI keeps regular expressions with \\p{…} as literals and evaluates semver on first use', () => {
  const cli = readFileSync(join(repoRoot, 'dist', 'bin', 'main.cjs'), 'utf8');
  assert.equal(/new RegExp\("[^"]*\\\\[pP]\{/.test(cli), false, 'a \\p{…} pattern was written as new RegExp("…")');
  assert.match(cli, /\/\^\\p\{Ll\}\[\\p\{Ll\}'-\]\*\$\/u/, 'listShape\'s pattern is a literal');
  assert.match(cli, /typeof require === "function" \? require_semver\d*\(\)/, 'semver is required where it is first used');
});

// The assertion above finds the lazy require, not a second, eager import elsewhere: semver's debug
// output (NODE_DEBUG=semver, printed as it compiles its patterns at load) shows whether the CLI
// evaluated it on a folder where no generator reads a package's version.
test('the bundled CLI does not evaluate semver on a plain Markdown folder', () => {
  const dir = tempFolder('postlint-semver-');
  writeFileSync(join(dir, 'one.md'), '# One\n\nA page.\n');
  const {stderr} = postlint(['--offline', '--no-config', '--no-cache', dir], {env: {NODE_DEBUG: 'semver'}});
  assert.equal(/^SEMVER /m.test(stderr), false, `semver was evaluated: ${stderr.split('\n').slice(0, 3).join(' | ')}`);
});
