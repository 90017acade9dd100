/**
 * What a page's layouts print after its body, inside the element that holds the body: a home page
 * whose last heading is "Recent posts" and whose layout prints `{{ content }}` and then a loop over
 * the posts has that section filled on the built page.
 *
 * Read from the layout's template text (Liquid, Nunjucks) after the output tag that prints the body:
 * an output expression (`{{ … }}`), a tag that writes (a loop, an include, a shortcode), text, or an
 * image fills it, unless printed under a conditional (`{% if page.related %}`: maybe not for this
 * page); whitespace, comments, `set`/`assign`/`capture`, conditionals' own tags, empty
 * elements, a `<footer>`, scripts and styles do not. A closing tag of an element opened before the
 * body ends the body's container: what follows is outside the section. A body captured into a variable
 * (`{% capture %}{{ content }}{% endcapture %}`) is printed elsewhere, and a layout naming the body in more than
 * one output tag (a word count, then the body) is not known to print it where: unknown. A body printed straight
 * into `<body>` has no container: what follows is the page's chrome. A layout that prints nothing
 * after the body hands the question to its own layout, which gets its output as its body. A layout
 * postlint cannot find or read leaves it unknown (undefined): the section is judged as written.
 */
import {relative} from 'node:path';
import {readText} from './generators/common.js';
import type {TemplateModel} from './generators/types.js';

/** What follows the body in one layout: what fills the section, its container closing, or nothing (the parent decides). */
type After = {fills: string} | 'closes' | 'open';

/** Elements that hold nothing, and of them the one a reader sees. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements that hold the whole page, not one part of it. */
const pageElements = new Set(['html', 'body']);
/** Elements whose content is no part of the section: scripts, styles, the page's footer. */
const outsideSection = new Set(['script', 'style', 'template', 'noscript', 'footer']);
/** Tags that print nothing themselves: conditionals' branches, blocks' own tags, assignments. */
const quietTags = new Set(['elif', 'elseif', 'elsif', 'else', 'endfor', 'endeach', 'endwith', 'set', 'assign', 'block', 'endblock', 'increment', 'decrement', 'when']);
/** Conditionals' opening tags and their ends: what is printed between them is printed only for some pages. */
const conditionals: Record<string, string> = {if: 'endif', ifAsync: 'endif', unless: 'endunless', case: 'endcase', switch: 'endswitch'};
const conditionalEnds = new Set(Object.values(conditionals));
/** Tags whose region prints nothing: `{% comment %}`, `{% capture %}`, a block `{% set x %}…{% endset %}`. */
const silentRegions: Record<string, string> = {comment: 'endcomment', capture: 'endcapture', set: 'endset'};

const token = /\{#[\s\S]*?#\}|<!--[\s\S]*?-->|\{\{[\s\S]*?\}\}|\{%-?\s*([\w-]+)([\s\S]*?)%\}|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)\b[^>]*?(\/?)>|[^<{]+|[<{]/g;

/** Does the text before the body leave a `{% capture %}` (or a block `{% set x %}`) open: the body goes into a variable printed who knows where? */
function captured(before: string): boolean {
  let depth = 0;
  for (const [, tag, args] of before.matchAll(/\{%-?\s*(capture|endcapture|set|endset)\b([\s\S]*?)%\}/g)) {
    if (tag === 'capture' || (tag === 'set' && !args!.includes('='))) depth++;
    else if (tag === 'endcapture' || tag === 'endset') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The innermost element the text leaves open (its tag name, lower case), if any. */
function innermostOpen(text: string): string | undefined {
  const open: string[] = [];
  // matchAll starts at the shared pattern's lastIndex, left where afterBody's last scan stopped.
  token.lastIndex = 0;
  for (const [, , , closing, element, selfClosing] of text.matchAll(token)) {
    if (closing !== undefined) {
      const at = open.lastIndexOf(closing.toLowerCase());
      if (at >= 0) open.length = at;
    } else if (element !== undefined && !voidElements.has(element.toLowerCase()) && selfClosing !== '/') open.push(element.toLowerCase());
  }
  return open.at(-1);
}

/** What the template prints after its body output (`names` tests the output tag), or undefined when it prints no body. */
function afterBody(text: string, names: RegExp): After | undefined {
  const template = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  // `{{ content | number_of_words }}` (a reading time) names the body too but prints a count: with
  // more than one such tag, which prints the body is not known.
  const bodies = [...template.matchAll(/\{\{[\s\S]*?\}\}/g)].filter((tag) => names.test(tag[0]));
  const body = bodies.length === 1 ? bodies[0]! : undefined;
  if (body === undefined || captured(template.slice(0, body.index))) return undefined;
  // A body printed straight into `<body>` has no container of its own: what follows (a footer include,
  // scripts) is the page's chrome, not its last section. No element open: a child layout's body,
  // whose container is in the layout that prints it.
  if (pageElements.has(innermostOpen(template.slice(0, body.index)) ?? '')) return 'closes';
  const open: string[] = [];
  token.lastIndex = body.index + body[0].length;
  let skipTo: RegExp | undefined;
  // How many conditionals are open: what they print (`{% if page.related %}` a list) may be nothing for this page.
  let conditional = 0;
  for (let match = token.exec(template); match !== null; match = token.exec(template)) {
    const [whole, tag, args, closing, element, selfClosing] = match;
    if (skipTo !== undefined) {
      if (skipTo.test(whole)) skipTo = undefined;
      continue;
    }
    if (whole.startsWith('{#') || whole.startsWith('<!--')) continue;
    let printed: string | undefined;
    if (whole.startsWith('{{')) printed = `an output expression (${whole.replace(/\s+/g, ' ').slice(0, 60)})`;
    else if (tag !== undefined) {
      const end = silentRegions[tag];
      if (conditionals[tag] !== undefined) conditional++;
      else if (conditionalEnds.has(tag)) conditional = Math.max(0, conditional - 1);
      // `{% set x = 1 %}` is an assignment; `{% set x %}` opens a block that ends at `{% endset %}`.
      else if (end !== undefined && !(tag === 'set' && args!.includes('='))) skipTo = new RegExp(`^\\{%-?\\s*${end}\\b`);
      else if (!quietTags.has(tag)) printed = `a {% ${tag} %} tag`;
    } else if (closing !== undefined) {
      const at = open.lastIndexOf(closing.toLowerCase());
      if (at < 0) return 'closes';
      open.length = at;
    } else if (element !== undefined) {
      const name = element.toLowerCase();
      if (name === 'img') printed = 'an image';
      else if (outsideSection.has(name) && selfClosing !== '/') skipTo = new RegExp(`^</${name}\\s*>$`, 'i');
      else if (!voidElements.has(name) && selfClosing !== '/') open.push(name);
    } else if (/\S/.test(whole)) printed = 'text';
    if (printed !== undefined && conditional === 0) return {fills: printed};
  }
  return 'open';
}

/**
 * What the page's layouts print after its content inside the content's container, in words, if
 * anything known: the page's last section is then not empty to a reader.
 */
export function layoutWritesAfterContent(model: TemplateModel | undefined, root: string): string | undefined {
  const body = model?.body;
  let file = model?.layouts?.[0];
  // A chain of a few layouts at most; a loop of layouts (a site's mistake) is cut short.
  for (let depth = 0; body !== undefined && file !== undefined && depth < 8; depth++) {
    const text = readText(file);
    if (text === undefined || !body.readable(file, text)) return undefined;
    const after = afterBody(text, body.names);
    if (after === undefined || after === 'closes') return undefined;
    if (after !== 'open') return `its layout ${relative(root, file)} prints ${after.fills} after the page's content`;
    file = body.parent(text, file);
  }
  return undefined;
}
