// The bundle's esbuild plugins (scripts/esbuild-plugins.mjs) change how fast a dependency runs, not
// what it returns: @sindresorhus/slugify bundled with the plugin gives the package's own slugs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import slugify from '@sindresorhus/slugify';
import {fastTransliterate, skipAbsentReplacements} from '../scripts/esbuild-plugins.mjs';
import {repoRoot} from './helpers.mjs';

/** @sindresorhus/slugify bundled with the plugin, as the CLI's bundle has it. */
async function bundledSlugify() {
  const dir = mkdtempSync(join(tmpdir(), 'postlint-bundle-plugins-'));
  try {
    const outfile = join(dir, 'slugify.mjs');
    await build({stdin: {contents: "export {default} from '@sindresorhus/slugify';", resolveDir: repoRoot}, bundle: true, platform: 'node', format: 'esm', outfile, plugins: [fastTransliterate], logLevel: 'error'});
    assert.match(readFileSync(outfile, 'utf8'), /if \(!string\.includes\(key\)\) continue;/, 'the plugin changed the bundled transliterate');
    return (await import(pathToFileURL(outfile).href)).default;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
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

test('the transliterate patch fails loudly when the loop it changes is not there', () => {
  assert.throws(() => skipAbsentReplacements('export default (s) => s;'), /replacement loop was not found/);
});
