import type {Blockquote, Nodes, Parents, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';
import {walk} from '../walk.js';
import {sessionLanguages, shellLanguages} from './linked-names.js';
import {spanOf, type Span} from './spans.js';

/**
 * Blockquotes a page uses to show what a program printed rather than to say something itself, so
 * spelling and brand-casing leave their words as the program wrote them (`STARTED successed!!`)
 * while every other blockquote is read:
 * - a blockquote whose every line is shaped like a log record: a time stamp in front
 *   (`2026-03-01 10:12:03,114`, `[10:12:03]`), a level in brackets or after the stamp
 *   (`[INFO]`, `WARN`), or a stack frame (`at com.example.Pool.open(Pool.java:88)`);
 * - a short blockquote set right after a shell code block (```` ```shell ```` … ```` ``` ```` then
 *   `> …`), or after a paragraph of one sentence ending in a colon right after one (`If you see
 *   this log, it started:`), the output of the command above it, when its text carries a machine token — an identifier
 *   (`fileSinkConnector`), `key=value` or `key:value` without a space, a brace — has no markup
 *   (a code span, a link, emphasis) and does not open with a note's label (`> Note:`, `> **Tip**`),
 *   which marks the writer's own remark on the command.
 */
export function commandOutputSpans(tree: Root, source: string): Span[] {
  const spans: Span[] = [];
  if (!source.includes('>')) return spans;
  eachOfTypes(tree, ['blockquote'], (node, parent) => {
    if (!parent) return;
    const lines = quoteLines(node, source);
    if (lines.length === 0) return;
    if (lines.every((line) => logRecord.test(line) || stackFrame.test(line)) || (afterShellBlock(node, parent) && printed(lines) && !marked(node))) spans.push(spanOf(node));
    return false;
  });
  return spans;
}

/** The blockquote's lines without their `>` markers, blank ones dropped. */
function quoteLines(quote: Blockquote, source: string): string[] {
  const [start, end] = spanOf(quote);
  return source
    .slice(start, end)
    .split('\n')
    .map((line) => line.replace(/^[ \t]*(?:>[ \t]?)+/, '').trim())
    .filter((line) => line !== '');
}

const level = String.raw`(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL)`;
/** A log record: a time stamp (date and time, or a time in brackets) or a bracketed level in front, or a level right after the stamp. */
const logRecord = new RegExp(
  String.raw`^(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}|\[\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]|\[${level}\]|${level}[ \t]+\[?\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}(?:[.,]\d+)?[ \t]+${level}\b)`,
);
/** A Java (and Kotlin, Scala) stack frame, or the line that leads one: `at a.b.C.m(C.java:12)`, `Caused by: x.y.ZException: …`. */
const stackFrame = /^(?:at[ \t]+[\w$.<>]+\((?:[\w$.]+:\d+|Native Method|Unknown Source)\)|Caused by:[ \t]+[\w$.]+(?:Exception|Error)\b|[\w$.]+\.[\w$]+(?:Exception|Error)(?::|$))/;

/**
 * Blocks in the same parent: the node right before the blockquote is a shell script or a terminal
 * session, or a one-line paragraph ending in a colon that introduces the output (`If you see the
 * following log, it started:`) right after such a block.
 */
function afterShellBlock(quote: Blockquote, parent: Parents): boolean {
  const siblings = parent.children as Nodes[];
  const at = siblings.indexOf(quote);
  let before = siblings[at - 1];
  if (before?.type === 'paragraph' && introducesOutput(before)) before = siblings[at - 2];
  if (before?.type !== 'code') return false;
  const lang = (before.lang ?? '').toLowerCase();
  return shellLanguages.has(lang) || sessionLanguages.has(lang);
}

/** One sentence on one line ending in a colon (ASCII or full-width): it introduces what follows; more sentences are the writer's own remarks. */
function introducesOutput(paragraph: Nodes): boolean {
  const text = toString(paragraph).trim();
  return text.length <= 200 && !text.includes('\n') && /[:：]$/.test(text) && !/[.!?。！？]\s*\S/u.test(text);
}

/**
 * What a program prints is short (a few lines) and has tokens prose does not; a note opens with its
 * label. Names with capitals inside (`GitHub`, `JavaScript`, `iPhone`) are prose's too: an identifier
 * here is camelCase after two small letters or more (`fileSinkConnector`) or three humps (`SftpSinkConnector`).
 * A folder's name or a path (`node_modules`, `./dist/app/`) is not one: writers name them in their own
 * notes on a command (`> The output goes to ./dist/ and is overwritten`).
 */
const mostLines = 5;
const noteLabel = /^(?:\*\*|__)?(?:note|tip|hint|warning|caution|important|info|注意|提示|警告|说明|注)(?![\p{L}\p{N}])|^\*\*|^__|^\[!/iu;
// `key=value`'s key starts with a letter: `02:00`, `3:1` are a time and a ratio in the writer's sentence.
const machineToken = /\b[a-z]{2,}[A-Z][a-z\d]+|\b[A-Z][a-z\d]+[A-Z][a-z\d]+[A-Z]|\b[A-Za-z_][\w.-]*(?:=|:(?!\/\/))[\w./-]+|[{}]/;

/**
 * Markup a program does not print: code spans, links, emphasis. A blockquote that has them is the
 * writer's own note on the command (`> Set \`cache=false\` if it hangs`), its tokens set as code.
 */
const markup = new Set(['inlineCode', 'link', 'linkReference', 'emphasis', 'strong', 'image', 'imageReference', 'footnoteReference']);

function marked(quote: Blockquote): boolean {
  let found = false;
  walk(quote, (node) => {
    if (markup.has(node.type)) found = true;
    return !found;
  });
  return found;
}

function printed(lines: readonly string[]): boolean {
  return lines.length <= mostLines && !noteLabel.test(lines[0]!) && lines.some((line) => machineToken.test(line));
}
