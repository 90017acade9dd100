// The original a translation quotes in a `<details>` block whose summary names it so (`<summary>原文</summary>`), in a
// language other than the page's (src/text/quoted-original.ts): its words are the upstream's, so spelling,
// brand-casing and no-placeholders leave them alone; its links are still checked. A block under another summary
// (`メモ`), or an "Original" in the page's own language, is the writer's. Fixture: fixtures/classes42a/quoted-original.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';
import {namesOriginal, quotedOriginalSpans} from '../dist/src/text/quoted-original.js';

const site = 'classes42a/quoted-original';

test('spelling skips the quoted original; the writer\'s own block and page are still read', async () => {
  assert.deepEqual(await ruleFindings('spelling', [site]), [`${site}/en.md:11:83 spelling`, `${site}/ja.md:23:35 spelling`]);
});

test('brand-casing skips the quoted original', async () => {
  assert.deepEqual(await ruleFindings('brand-casing', [site]), [`${site}/ja.md:18:16 brand-casing`]);
});

test('no-placeholders skips the quoted original', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', [site]), [`${site}/ja.md:23:61 no-placeholders`]);
});

test('links inside the quoted original are still checked', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', [site]), [`${site}/ja.md:7:51 no-missing-files`, `${site}/ja.md:12:194 no-missing-files`]);
});

test('which summaries name the original text', () => {
  for (const text of ['原文', '原文を表示', '英文原文', '查看原文', '원문', '원문 보기', 'Original', 'Original text', 'Show original', 'Original (English)', 'Originaltext', 'Texte original', "Voir l'original", 'Texto original', 'Testo originale', 'Оригинал', 'Source text']) assert.ok(namesOriginal(text), text);
  for (const text of ['Original PR description', 'Original Java code', 'Original README (click to expand)', '원문 Java 코드', 'Source', 'メモ', 'Details', undefined]) assert.ok(!namesOriginal(text), String(text));
});

test('a block shown in a fenced code sample, or never closed, is no quotation', () => {
  const page = '# 使い方\n\n日本語の説明です。日本語の説明です。\n\n```html\n<details>\n<summary>原文</summary>\nThe original text.\n</details>\n```\n\n<details><summary>原文</summary>\n\nNever closed.\n';
  assert.deepEqual(quotedOriginalSpans(page), []);
});

test('a `<details>` named in a code span is no tag; a short original (a heading alone) is still told by its own text, not its summary', () => {
  const page = '# 使い方\n\n`<details>`要素を開くと、中身が見えます。日本語の説明です。\n\n<details>\n<summary>原文</summary>\n\n## Opening the box\n\n</details>\n';
  const spans = quotedOriginalSpans(page);
  assert.equal(spans.length, 1);
  assert.equal(page.slice(spans[0][0], spans[0][1]), '<details>\n<summary>原文</summary>\n\n## Opening the box\n\n</details>');
});

test('a line of many backticks is read in linear time', () => {
  const started = performance.now();
  quotedOriginalSpans(`<details><summary>原文</summary></details>\n${'` '.repeat(100_000)}`);
  assert.ok(performance.now() - started < 3000, `${Math.round(performance.now() - started)} ms`);
});

// A sample of 20,000 tags never closed by `>` (in a fence, so the page stays Japanese): 28 s on eb76fdc8.
test('tags never closed by `>` are read in linear time', () => {
  const started = performance.now();
  const page = `# 使い方\n\n日本語の説明です。\n\n<details>\n<summary>原文</summary>\n\nThe original text.\n\n</details>\n\n\`\`\`\n${'<details x\n'.repeat(20_000)}\`\`\`\n`;
  const spans = quotedOriginalSpans(page);
  assert.ok(performance.now() - started < 1500, `${Math.round(performance.now() - started)} ms`);
  assert.equal(spans.length, 1);
  assert.equal(page.slice(spans[0][0], spans[0][1]), '<details>\n<summary>原文</summary>\n\nThe original text.\n\n</details>');
});
