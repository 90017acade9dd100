/**
 * A page whose body is a slide deck, not an article: a presentation tool (remark.js, Marp,
 * reveal.js) cuts it into slides at `---`, and a heading there is what its slide shows — a title
 * stacked over two or three heading lines, a slide whose content is a list of headings — not the
 * title of a section awaiting text. no-empty-sections reads no heading of a deck as an empty section.
 *
 * What says a page is a deck:
 * - **remark.js** (gnab/remark, src/remark/lexer.js and parser.js): slides are cut at a `---` line,
 *   presenter notes at a `???` line, and a slide opens with property lines `name: value`
 *   (`extractProperties`: `/^\n*([-\w]+):(.*)/`; the names its slides read, `name`, `class`, `layout`,
 *   `template`, `count`, `exclude`, `background-image` and its kin). In Markdown, after a thematic break
 *   (or at the body's top), a paragraph of such lines, or a paragraph that is `???`. One alone may be
 *   prose (`class: a label` after a rule), so a deck needs a slide break and two of them — or an HTML
 *   page beside it that hands it to remark.js (`remark.create({sourceUrl: 'talk.md'})`, the way a
 *   deck is shown: the page is that slideshow's source, whatever its slides open with).
 * - **Marp** (marp-team/marpit): front matter `marp: true`, the switch Marp for VS Code and marp-cli read.
 * - **reveal.js through Hugo's reveal-hugo theme**: front matter `outputs: ["Reveal"]`, the output
 *   format its layout renders as slides.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import type {Nodes, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';

/** The slide properties remark.js reads (src/remark/views/slideView.js, parser.js and models/slide.js: name, class, layout, template, count, exclude, background-*). */
const remarkProperties = new Set(['name', 'class', 'layout', 'template', 'count', 'exclude', 'background-image', 'background-color', 'background-size', 'background-position']);
const propertyLine = /^([-\w]+):(.*)$/;

/**
 * What the HTML pages of each folder show with remark.js: file name → the page's name, listed once
 * a folder for a run (a folder of 2,000 posts with rules was listed and its pages read for each post).
 */
export type RemarkShows = Map<string, ReadonlyMap<string, string>>;

/** Why the page is a slide deck, or undefined when it is not one. */
export function slideDeck(tree: Root, frontMatter: Record<string, unknown> | undefined, path?: string, shows: RemarkShows = new Map()): string | undefined {
  if (frontMatter?.marp === true) return 'Marp deck (front matter `marp: true`)';
  const outputs = frontMatter?.outputs;
  const formats = Array.isArray(outputs) ? outputs : [outputs];
  if (formats.some((format) => typeof format === 'string' && format.toLowerCase() === 'reveal')) return 'reveal-hugo deck (front matter `outputs: Reveal`)';
  return remarkDeck(tree.children) ?? (path !== undefined && tree.children.some((block) => block.type === 'thematicBreak') ? remarkSource(path, shows) : undefined);
}

/** An HTML page in the same folder that creates a remark.js slideshow from this file (`sourceUrl: 'talk.md'`). */
function remarkSource(path: string, shows: RemarkShows): string | undefined {
  const folder = dirname(path);
  let shown = shows.get(folder);
  if (!shown) shows.set(folder, (shown = remarkSources(folder)));
  const page = shown.get(basename(path));
  return page === undefined ? undefined : `remark.js deck (${page} shows it as a slideshow)`;
}

/** The files the HTML pages of `folder` hand to remark.js, each with the first page that does. */
function remarkSources(folder: string): ReadonlyMap<string, string> {
  const shown = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return shown;
  }
  for (const name of names) {
    if (!/\.html?$/i.test(name)) continue;
    let html: string;
    try {
      html = readFileSync(join(folder, name), 'utf8');
    } catch {
      continue;
    }
    if (!html.includes('remark.create')) continue;
    for (const [, , source] of html.matchAll(/\bsourceUrl\s*:\s*(['"`])([^'"`]+)\1/g)) {
      const file = source!.replace(/^\.\//, '');
      if (!shown.has(file)) shown.set(file, name);
    }
  }
  return shown;
}

/** A remark.js deck: slide breaks, and two or more slides opening with properties or presenter notes. */
function remarkDeck(blocks: readonly RootContent[]): string | undefined {
  // Most pages have no slide break: nothing more to read on them (this runs for every page).
  if (!blocks.some((block) => block.type === 'thematicBreak')) return undefined;
  let breaks = 0;
  let marks = 0;
  // The block before, front matter left out: a paragraph opens a slide after a `---` break or at the body's top.
  let previous: RootContent | undefined;
  for (const block of blocks) {
    if ((block.type as string) === 'yaml' || (block.type as string) === 'toml') continue;
    if (block.type === 'thematicBreak') breaks++;
    if (block.type === 'paragraph') {
      const opensSlide = previous === undefined || previous.type === 'thematicBreak';
      const only = block.children.length === 1 ? block.children[0] : undefined;
      const notes = only?.type === 'text' && only.value.trim() === '???';
      if (notes || (opensSlide && isPropertyBlock(toString(block as Nodes)))) marks++;
    }
    previous = block;
  }
  return breaks > 0 && marks >= 2 ? `remark.js deck (${breaks} slide breaks, slide properties or \`???\` presenter notes)` : undefined;
}

/** Every line is a property of remark.js's (`class: center, middle`, `name: intro`). */
function isPropertyBlock(text: string): boolean {
  const lines = text.split('\n');
  return lines.every((line) => {
    const match = propertyLine.exec(line.trim());
    return match !== null && remarkProperties.has(match[1]!.toLowerCase());
  });
}
