import type {Root} from 'mdast';
import {walkType} from '../walk.js';

/**
 * A program pasted as a paragraph, not fenced nor indented (an old post's listing whose `<pre>` the
 * export lost): three lines or more, every one a statement of code as C-like languages, Python and
 * shell scripts write them, and none a sentence. A reader sees code there, spelled as the program
 * spells it (`x = arange(0, 2*pi, 0.01)`). One line of prose among them (`Then run it:`) makes the
 * paragraph prose, read as any.
 *
 * A statement: a call (`show()`, `line.set_ydata(sin(x))`), an assignment of code (`x = f(1)`,
 * `line, = plot(x)`, `a[i] += 1;`), an import (`from pylab import *`, `import time`), a block's header
 * ending in `:` or `{` (`for i in range(3):`, `if (x) {`), or a closing brace; a comment after it
 * (`# x-array`, `// note`) aside.
 */
const statement = [
  /^[\p{L}_$][\w$.]*(?:\[[^\]]*\])*\(.*\)\s*;?$/u,
  /^[\p{L}_$][\w$.]*(?:\[[^\]]*\])*(?:\s*,\s*[\p{L}_$][\w$.]*)*\s*,?\s*(?:[-+*/%|&^]|<<|>>)?=\s*(?:[\p{L}_$][\w$.]*\s*\(.*\)|[\d"'[{(-].*|[\p{L}_$][\w$.]*(?:\[[^\]]*\])*)\s*;?$/u,
  /^(?:from\s+[\w.]+\s+import\s+[\w*, ]+|import\s+[\w., ]+)$/u,
  /^(?:for|while|if|elif|else|def|class|try|except|with)\b[^.!?]*:$/u,
  /^(?:for|while|if|else|function|switch|do)\b.*\{$/u,
  /^\}\s*;?$/u,
];

/**
 * Words that join words in code: keywords (`for i in range(3):`, `x = a if b else c`, `import numpy as np`,
 * `return new Foo()`). Two other words side by side, a space between (`teh data`), are prose: code joins
 * its names with operators and punctuation, and a string's words are the string's.
 */
const keywords = new Set(
  'and as async await break case catch class const continue def del do elif else except extends finally for from function global if import in instanceof is lambda let new nonlocal not of or pass raise return static switch throw try typeof var void while with yield'.split(' '),
);
const wordsSideBySide = /(?<![\w$])[\p{L}_$][\w$]*(?:[ \t]+[\p{L}_$][\w$]*)+/gu;
const stringLiteral = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;

function readsAsProse(code: string): boolean {
  for (const [run] of code.replace(stringLiteral, '""').matchAll(wordsSideBySide)) {
    const words = run.split(/[ \t]+/);
    for (let i = 1; i < words.length; i++) if (!keywords.has(words[i - 1]!) && !keywords.has(words[i]!)) return true;
  }
  return false;
}

/** The line with its leading indentation (`&nbsp;` entities too) and a trailing comment taken off. */
function statementOf(line: string): string {
  return line
    .replace(/&nbsp;|\u00a0|\r/g, ' ')
    .replace(/\s+(?:#|\/\/)\s.*$/u, '')
    .trim();
}

/** Longer than this, a line is no statement pasted by hand (and the shapes are not tried on it). */
const longestStatement = 400;

function isStatement(line: string): boolean {
  if (line.length > longestStatement) return false;
  const code = statementOf(line);
  return code !== '' && statement.some((shape) => shape.test(code)) && !readsAsProse(code);
}

/** Source ranges of the paragraphs whose every line, three or more, is a statement of code. */
export function statementParagraphSpans(tree: Root, source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  walkType(tree, 'paragraph', (paragraph) => {
    const start = paragraph.position?.start.offset;
    const end = paragraph.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const lines = source.slice(start, end).split('\n');
    if (lines.length >= 3 && lines.every(isStatement)) spans.push([start, end]);
  });
  return spans;
}
