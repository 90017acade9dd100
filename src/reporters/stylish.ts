import type {VFileMessage} from 'vfile-message';
import type {Reporter} from './types.js';
import {countBySeverity, displayPath} from './types.js';
import {visible} from './visible.js';

const paint = (on: boolean, code: number, text: string): string => (on ? `\u001b[${code}m${text}\u001b[39m` : text);
const dim = (on: boolean, text: string): string => (on ? `\u001b[2m${text}\u001b[22m` : text);
/** Width on screen, counted in code points (wide East Asian characters count as one). */
const widthOf = (text: string): number => [...text].length;

/**
 * Break words into lines of at most `room` code points, at spaces where it can, inside a word
 * that alone is wider than `room` (a long URL) where it must.
 */
function wrap(words: string[], room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    if (line && widthOf(line) + 1 + widthOf(word) > room) {
      lines.push(line);
      line = '';
    }
    if (!line) word = word.trimStart();
    while (widthOf(word) > room) {
      const chars = [...word];
      lines.push(chars.slice(0, room).join(''));
      word = chars.slice(room).join('');
    }
    if (word) line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** vfile-reporter's summary line: `5 messages (✖ 1 error, ⚠ 4 warnings)`. */
function summary(errors: number, warnings: number, color: boolean): string {
  const parts: string[] = [];
  if (errors) parts.push(`${paint(color, 31, '✖')} ${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings) parts.push(`${paint(color, 33, '⚠')} ${warnings} warning${warnings === 1 ? '' : 's'}`);
  const line = parts.join(', ');
  return errors && warnings ? `${errors + warnings} messages (${line})` : line;
}

/**
 * For people at a terminal: one finding a line, starting with `path:line:col` so terminals and
 * editors open it on a click; files with nothing to say are left out; a summary. On a terminal
 * (`context.width`) a long message wraps below itself, so no line is wider than the terminal;
 * in a pipe or a file each finding stays on one line, for grep.
 */
export const stylish: Reporter = (files, context) => {
  const withMessages = files.filter((file) => file.messages.length > 0);
  if (withMessages.length === 0) return '';
  const color = context.color;
  const blocks: string[] = [];
  for (const file of withMessages) {
    // A file name or a heading quoted in a message cannot drive the terminal (src/reporters/visible.ts).
    const path = visible(displayPath(context.cwd, file));
    const rows = file.messages.map((m: VFileMessage) => ({
      where: `${path}:${m.line ?? 1}:${m.column ?? 1}`,
      level: m.fatal ? 'error' : 'warning',
      text: visible(m.reason.replace(/\s*\r?\n\s*/g, ' ')),
      rule: m.ruleId ?? '',
    }));
    const whereWidth = Math.max(...rows.map((row) => widthOf(row.where)));
    const lines: string[] = [];
    for (const row of rows) {
      const levelShown = paint(color, row.level === 'error' ? 31 : 33, row.level) + ' '.repeat(7 - row.level.length);
      const head = `${row.where.padEnd(whereWidth)}  ${levelShown}  `;
      const headWidth = whereWidth + 11;
      // The rule id follows the message after two spaces (a word with a leading space).
      const words = [...row.text.split(' '), ...(row.rule ? [` ${row.rule}`] : [])];
      const show = (text: string): string => (row.rule && text.endsWith(row.rule) ? text.slice(0, -row.rule.length) + dim(color, row.rule) : text);
      const oneLine = words.join(' ');
      if (!context.width || headWidth + widthOf(oneLine) <= context.width) {
        lines.push(head + show(oneLine));
      } else if (headWidth <= context.width / 2) {
        // The message keeps its column, continued below itself.
        const chunks = wrap(words, context.width - headWidth);
        chunks.forEach((chunk, i) => lines.push((i === 0 ? head : ' '.repeat(headWidth)) + show(chunk)));
      } else {
        // A long path: the location alone, then the message indented below it.
        lines.push(head.trimEnd());
        for (const chunk of wrap(words, Math.max(20, context.width - 4))) lines.push('    ' + show(chunk));
      }
    }
    blocks.push(lines.join('\n'));
  }
  const {errors, warnings} = countBySeverity(withMessages);
  return `${blocks.join('\n\n')}\n\n${summary(errors, warnings, color)}\n`;
};
