// src/front-matter-flat.ts reads flat YAML front matter without the `yaml` package: whatever it takes must
// be exactly what `yaml` gives (src/frontmatter.ts's options), and what `yaml` finds an error in it must leave.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {parseDocument} from 'yaml';
import {flatYamlFields} from '../dist/src/front-matter-flat.js';
import {repoRoot} from './helpers.mjs';

/** What src/frontmatter.ts's full parse gives: the fields, or `error` when the parser reports one. */
function library(text) {
  const doc = parseDocument(text, {prettyErrors: false, uniqueKeys: true, logLevel: 'error'});
  return doc.errors.length > 0 ? 'error' : doc.toJS({maxAliasCount: 100});
}

/** The flat reader agrees with the parser wherever it answers; the texts it answered for. */
function compare(texts) {
  let taken = 0;
  for (const text of texts) {
    const flat = flatYamlFields(text);
    if (flat === undefined) continue;
    taken++;
    assert.deepEqual(flat, library(text), JSON.stringify(text));
    assert.equal(Object.getPrototypeOf(flat), Object.prototype);
  }
  return taken;
}

/** The YAML front matter of every Markdown file of the fixtures. */
function fixtureBlocks() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|mdx|markdown)$/i.test(name)) {
        const block = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(readFileSync(path, 'utf8'));
        if (block) found.push(block[1].replace(/\r\n?/g, '\n'));
      }
    }
  };
  walk(join(repoRoot, 'fixtures'));
  return found;
}

test('flat front matter of the fixtures is read as yaml reads it', () => {
  const blocks = fixtureBlocks();
  const taken = compare(blocks);
  assert.ok(blocks.length > 300 && taken > 200, `${taken} of ${blocks.length} blocks read flat`);
});

test('the benchmark corpus\'s front matter (title, date, draft, tags, categories, description) is read flat, as yaml reads it', () => {
  const text = 'title: "Quiet tables for busy servers"\ndate: 2024-03-05\ndraft: false\ntags: [cache, worker]\ncategories: ["notes"]\ndescription: "A sentence, with a comma: and a colon."\n';
  assert.deepEqual(flatYamlFields(text), {title: 'Quiet tables for busy servers', date: '2024-03-05', draft: false, tags: ['cache', 'worker'], categories: ['notes'], description: 'A sentence, with a comma: and a colon.'});
  assert.equal(compare([text]), 1);
});

test('values the core schema reads as null, booleans and numbers are read so; dates, yes/no and versions stay text', () => {
  const values = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'yes', 'no', 'on', 'off', 'y',
    '0', '12', '+12', '007', '0o17', '0o8', '0x1F', '0xg', '1.5', '1.50', '.5', '+.5', '1.', '1e3', '1.5E-2', '.inf', '+.Inf', '.INF', '.nan', '.NaN',
    '12345678901234567890', '2024-01-02', '2024-01-02T10:00:00Z', '1.2.3', 'v1.2', '1_000', '0b101', '12:30', 'Infinity', 'NaN', '0.1.0'];
  const texts = values.map((value) => `key: ${value}\n`);
  assert.equal(compare(texts), texts.length);
});

test('quoted values and one-line lists are read as yaml reads them', () => {
  const values = ['"a"', '""', "''", "'it''s'", "'a'''", "''''", '" spaced "', '"a # not a comment"', "'a: b'", '"[x]"', '"ü ß 日本"', "'\"'",
    '[]', '[ ]', '[a]', '[a, b]', '[a,b]', '[ a , b ]', '["a", \'b\']', '[1, 2.5, true, null, ~]', '[hello world, x]', '[a"b]', "[it's]", '["a, b"]',
    'a [b] c', 'a, b', 'a {b}', 'He said "hi"', "It's", 'a :b', 'a#b', 'https://example.org/x?y=1#z', 'C#', 'a - b', 'a?', 'a!', 'a|b', 'a%b', 'x: y', 'a #b'];
  const texts = values.map((value) => `key: ${value}\n`);
  assert.ok(compare(texts) > 30);
});

test('a key with no value over a block list of scalars (authors, tags) is read flat, as yaml reads it', () => {
  const text = 'title: Block Containers\ndescription: How to add containers.\nauthors:\n  - writer-one\n  - Writer2\ntags:\n- cache\n- "quoted: item"\n- [a, b]\n- 12\n- \nafter: x\n';
  assert.deepEqual(flatYamlFields(text), {title: 'Block Containers', description: 'How to add containers.', authors: ['writer-one', 'Writer2'], tags: ['cache', 'quoted: item', ['a', 'b'], 12, null], after: 'x'});
  assert.equal(compare([text]), 1);
  const lists = ['a:\n  - x\n', 'a:\n- x\n', 'a:\n    -   x  \n    - y\nb: c\n', 'a:\n\n  - x\n\n  - y\n', 'a:\n# note\n  - x\n# note\n  - y\n', 'a:   \n  - x\n',
    'a:\n  - x\nb:\n  - y\nc:\n', 'a:\n  - ~\n  - true\n  - 0x1F\n  - \'it\'\'s\'\n  - C#\n  - a - b\n'];
  assert.equal(compare(lists), lists.length);
});

test('block list items of every scalar kind, spacing and neighbour are read as yaml reads them or left to it', () => {
  const items = ['null', 'Null', '~', '', '1e3', '1E+3', '.5', '.inf', '.NaN', '0o7', '0x1F', '+1', '007', '1_000', 'yes', 'No', 'on', '2026-01-01', '12:30',
    '"a: b"', "'it''s'", '""', "''", '[a, b]', '[ ]', 'x:y', 'x]', 'x,y', 'C#', 'a - b', 'a #b', '#b', '- b', '-1', '-.5', 'b:', '? b', '&a b', 'x\u00a0', '\u00a0', '日本'];
  const texts = [];
  for (const item of items) {
    texts.push(`tags:\n  - ${item}\n`, `tags:   \n- ${item}   \nafter: x\n`, `tags:\n  -   ${item}\n\n# note\n  - z\n`, `tags:\n  - ${item}\r\n`, `tags:\n  - ${item}\t\n`);
  }
  texts.push('tags:\n  - a\ntags:\n  - b\n', 'tags:\n  - a\n b: c\n', 'tags:\n- a\nnext: b\n- c\n', 'tags:\n    - a\n  - b\n', 'tags:\n  - a\n---\n', 'tags:\n  - a\n...\n');
  assert.ok(compare(texts) > items.length);
});

test('front matter the flat reader does not know is left to the parser', () => {
  const left = [
    'a:\n  b: c\n', 'text: >-\n  folded\n', 'text: |\n  kept\n', 'title: one\n  two\n',
    'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: b # comment\n', 'a: "b" # c\n', 'a: "b\\"c"\n', 'a: "unclosed\n', "a: 'it's'\n", 'a: {b: c}\n',
    'a: [b, [c]]\n', 'a: [b, ]\n', 'a: [b: c]\n', 'a:\tb\n', 'a: b\n\n---\nc: d\n', '%YAML 1.1\n---\na: b\n', 'a: b\n...\n', 'a: b\na: c\n',
    'null: x\n', 'true: x\n', '__proto__: x\n', '"quoted key": x\n', 'a b: c\n', 'a : b\n', 'a:b\n', '- a\n', '? a\n: b\n', 'a: -1\n', 'a: - b\n',
    'a: b\n- c\n', 'a: ~\n  - b\n', 'a: []\n  - b\n', 'a:\n  - b\n    - c\n', 'a:\n  - b\n - c\n', 'a:\n    - b\n  - c\n', 'a:\n  - b\n    c\n', 'a:\n  -\n',
    'a:\n  -b\n', 'a:\n  - b: c\n', 'a:\n  - - b\n', 'a:\n  - b # c\n', 'a:\n  - &x b\n', 'a:\n  - |\n    b\n', 'a:\n  # c\n  - b\n', 'a:\n  - b\n  b: c\n',
    'a: b:\n', 'a: `b`\n', 'a: @b\n', 'a: |b\n', ' a: b\n', '# only a comment\n', '\n\n', 'a: b\u2028c\n', 'a: \ufeffb\n', 'a: \x07\n', 'a: \ud800\n',
    `${'k'.repeat(1001)}: v\n`,
  ];
  for (const text of left) assert.equal(flatYamlFields(text), undefined, JSON.stringify(text));
});

test('random flat-looking front matter: every text the flat reader takes is read as yaml reads it, and none yaml finds an error in', () => {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const pick = (list) => list[next() % list.length];
  const keys = ['title', 'date', 'tags', 'a_b', 'x.y', 'k-1', 'draft', 'On', 'Yes', 'title'];
  const pieces = ['a', 'b c', '1', '-', '?', ':', ': ', ',', ' ', '#', ' #', '"', "'", "''", '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '\\', 'é', '0x1', '.5', 'true', '~', '  '];
  const lines = [];
  for (let k = 0; k < 4000; k++) {
    const count = 1 + (next() % 4);
    const rows = [];
    for (let i = 0; i < count; i++) {
      const value = Array.from({length: next() % 6}, () => pick(pieces)).join('');
      rows.push(next() % 9 === 0 ? `# ${value}` : next() % 5 === 0 ? `${pick(keys)}: [${value}]` : `${pick(keys)}:${next() % 7 === 0 ? '' : ' '}${value}`);
    }
    lines.push(`${rows.join('\n')}\n`);
  }
  const taken = compare(lines);
  assert.ok(taken > 500, `${taken} of ${lines.length} taken`);
});

test('random block lists under keys: every text the flat reader takes is read as yaml reads it, and none yaml finds an error in', () => {
  let seed = 29;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const pick = (list) => list[next() % list.length];
  const keys = ['authors', 'tags', 'title', 'x', 'authors'];
  const pieces = ['a', 'b c', '1', '-', '- ', ':', ': ', '#', ' #', '"', "'", '[', ']', '&', '|', '>', 'é', 'true', '~', '  '];
  const texts = [];
  for (let k = 0; k < 4000; k++) {
    const rows = [];
    for (let i = 0, count = 1 + (next() % 3); i < count; i++) {
      const key = pick(keys);
      if (next() % 4 === 0) rows.push(`${key}: ${pick(pieces)}`);
      else rows.push(`${key}:${pick(['', ' ', '  '])}`);
      const indent = pick(['', '  ', '  ', '    ', ' ']);
      for (let j = 0, items = next() % 4; j < items; j++) {
        const value = Array.from({length: next() % 3}, () => pick(pieces)).join('');
        rows.push(next() % 11 === 0 ? `# ${value}` : next() % 13 === 0 ? `${pick(['', '  ', '   '])}- ${value}` : next() % 17 === 0 ? `${indent}  ${value}` : `${indent}-${pick([' ', ' ', '  ', ''])}${value}`);
      }
    }
    texts.push(`${rows.join('\n')}\n`);
  }
  const taken = compare(texts);
  assert.ok(taken > 500, `${taken} of ${texts.length} taken`);
});

test('a long inner run of spaces in a value costs linear time (a `/ +$/` trim was quadratic)', async () => {
  const {assertLinearGrowth} = await import('./growth.mjs');
  assertLinearGrowth('plain value, spaces inside', flatYamlFields, (n) => `title: a${' '.repeat(n)}b\n`, 5000);
  assertLinearGrowth('flow sequence, spaces inside', flatYamlFields, (n) => `tags: [a${' '.repeat(n)}b]\n`, 5000);
  // The same trim: trailing spaces go, inner ones stay.
  assert.deepEqual(flatYamlFields('title: a  b   \n'), {title: 'a  b'});
});
