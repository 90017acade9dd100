// A program pasted as a paragraph (src/text/statement-paragraphs.ts): every line is tried against the
// statement shapes and read for words side by side; a long paragraph of long lines costs in proportion
// to its length (growth.mjs measures the shape of the cost, not a wall-clock limit).
import {test} from 'node:test';
import {statementParagraphSpans} from '../dist/src/text/statement-paragraphs.js';
import {assertLinearGrowth} from './growth.mjs';

/** One paragraph node over the whole source, as the parser gives a paragraph of `n` lines. */
const paragraphOf = (source) => ({type: 'root', children: [{type: 'paragraph', children: [], position: {start: {offset: 0}, end: {offset: source.length}}}]});

test('statement paragraphs: a paragraph of many long statement lines (a long name called, an assignment of many names) is read in linear time', () => {
  const call = `${'a'.repeat(390)}(b)\n`;
  const names = `x = f(${'b1 or '.repeat(60)}c)\n`;
  for (const line of [call, names]) {
    const make = (n) => line.repeat(n).slice(0, -1);
    assertLinearGrowth('statementParagraphSpans', (source) => statementParagraphSpans(paragraphOf(source), source), make, 500);
  }
});
