import type {Heading, Nodes, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walk} from '../walk.js';
import type {Ranges} from './quotations.js';

/**
 * A foreword another person wrote for the writer's book or project, published on the writer's page
 * under a heading that says so and names them (`## 董睿推荐序`, `## Foreword by Ana Lima`) and signed
 * at its end by the same person (`— Ana Lima`, `[Ana Lima](…)`, a right-aligned `<div>` byline): the
 * section's words are that person's, as they wrote them. Both marks are needed: a heading "Preface"
 * alone is as often the writer's own preface, and a short last line may be the writer's own summary.
 * The heading, and the sections around it, stay the writer's.
 */

/** A heading's words for a foreword another person writes (推荐序: "recommendation preface"; 代序: "in place of a preface"). */
const forewordWord = /推[荐薦]序|代序|序言|\bforeword\b|\bpreface\b/giu;

/** The last blocks of a section where its signature stands (a name, then a title or a date line). */
const signatureBlocks = 3;

/** A signature line is short: a name, perhaps a title and a place, not a sentence of the foreword. */
const longestSignature = 80;

/** The names a byline block gives: its link texts, and its lines (or their parts in brackets) once dashes and punctuation are trimmed. */
function bylineNames(block: RootContent): string[] {
  const names: string[] = [];
  if (block.type === 'paragraph') {
    walk(block, (node: Nodes) => {
      if (node.type === 'link' || node.type === 'linkReference') names.push(toString(node));
    });
  }
  const text = block.type === 'html' ? block.value.replace(/<[^>]*>/g, '\n') : toString(block);
  if ([...text.trim()].length > longestSignature) return [];
  for (const line of text.split(/\n/)) {
    for (const part of line.split(/[（）()、,，]/)) names.push(part);
  }
  // A name is two letters or more, with nothing but dashes, spaces and punctuation around it (`——狼叔`, `— Ana Lima`);
  // a year or a number is no name (`— Ana Lima, 2024` under `## Preface (2024)`: the writer's own dated preface).
  return names.map((name) => name.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')).filter((name) => (name.match(/\p{L}/gu)?.length ?? 0) >= 2);
}

/**
 * Words that name the writer or a role, not another person (`Foreword by the author`, `— the author`, `——作者`): a
 * foreword so signed is the writer's own. A name of cased letters with no capital (`the editors`) names no one either.
 */
const roleWords = new Set(['the', 'a', 'this', 'our', 'my', 'author', 'authors', 'editor', 'editors', 'writer', 'writers', 'translator', 'translators', 'me', 'myself', 'us', 'team', '作者', '笔者', '筆者', '本人', '编者', '編者', '译者', '譯者', '我']);

/** Is a byline's name another person's (not the writer named by a role)? */
function personName(name: string): boolean {
  const words = name.split(/[\s·]+/u).filter((word) => word !== '');
  if (words.every((word) => roleWords.has(word.toLowerCase()))) return false;
  return !/\p{Ll}/u.test(name) || /\p{Lu}/u.test(name);
}

/** Does a byline name someone the heading names, apart from its foreword words? */
function signedAs(headingText: string, block: RootContent): boolean {
  const who = headingText.replace(forewordWord, ' ').replace(/\bby\b/giu, ' ');
  return bylineNames(block).some((name) => personName(name) && who.includes(name));
}

/** Source ranges of signed forewords: each such section's blocks after its heading. */
export function signedForewords(tree: Root, out: Ranges): void {
  const blocks = tree.children;
  blocks.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const headingText = toString(node);
    forewordWord.lastIndex = 0;
    if (!forewordWord.test(headingText)) return;
    // The section: up to the next heading of its rank or higher.
    let end = index + 1;
    while (end < blocks.length && !(blocks[end]!.type === 'heading' && (blocks[end] as Heading).depth <= node.depth)) end++;
    const body = blocks.slice(index + 1, end).filter((block) => block.type !== 'definition');
    if (body.length < 2) return;
    if (!body.slice(-signatureBlocks).some((block) => signedAs(headingText, block))) return;
    const start = body[0]!.position?.start.offset;
    const stop = body.at(-1)!.position?.end.offset;
    if (start !== undefined && stop !== undefined) out.push([start, stop]);
  });
}
