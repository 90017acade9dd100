/**
 * Files a Hugo page's own layout writes into the page besides its content: `{{ readFile
 * "content/manual/install.md" | markdownify }}` (a manual's one-page layout that appends its
 * chapters). `readFile` and `os.ReadFile` read a path from the project folder, overlaid with the
 * content folders (gohugoio/hugo tpl/os/os.go: a copy-on-write overlay of the working folder and
 * the content file system; a file that is not there reads as ""). `markdownify` renders the text
 * as the home page's `RenderString` does (tpl/transform/transform.go): a Markdown document of its
 * own, whose headings get Goldmark's automatic ids, the same as a page's, numbered within that
 * document only. So the ids of the Markdown file read are ids of the page. A file read and
 * written as it is (`readFile "static/form.html" | safeHTML`) brings its `id` attributes.
 *
 * The layout is the one Hugo picks for the page (hugoSingleLayout: its type or section, its
 * `layout`, `_default`, the site's folders before its themes'), with its `baseof.html` and the
 * partials they call. A file read from a path the template computes (`readFile $path`,
 * `readFile (printf …)`) and rendered as Markdown cannot be named: the page's other fragments
 * are then unverifiable, with that reason.
 */
import {basename, join, relative, resolve} from 'node:path';
import {isFile, perSite, readText} from './common.js';
import {isWithin} from '../../ignore-files.js';
import {toPosix} from '../../paths.js';
import {templateActions} from './hugo-heading-hook.js';
import {hugoSingleLayout} from './hugo-page-layout.js';
import {partialCall} from './hugo-layouts.js';
import {hugoContentRoots, hugoLayoutDirs} from './hugo-site.js';
import type {LayoutFile, PageFrontMatter, SiteInfo} from './types.js';

const reader = /\b(?:readFile|os\.ReadFile)\b/;
const readers = /\b(?:readFile|os\.ReadFile)\b/g;
/** A reader given a literal path: `readFile "content/x.md"`, `` os.ReadFile `x.md` ``, `"x.md" | readFile`. */
const literalRead = /\b(?:readFile|os\.ReadFile)\s+(?:"([^"]*)"|`([^`]*)`)|(?:"([^"]*)"|`([^`]*)`)\s*\|\s*(?:readFile|os\.ReadFile)\b/g;
/** Rendering Markdown to HTML: `markdownify`, `transform.Markdownify`, `.RenderString`, `.Page.RenderString`. */
const rendersMarkdown = /\b(?:markdownify|transform\.Markdownify)\b|\.RenderString\b/;
/** Writing the text out as HTML. */
const writesHtml = /\b(?:safeHTML|htmlUnescape)\b/;
const htmlFile = /\.(?:html?|svg)$/i;
/** `$chapter := readFile …` (or `=`): the variable's name. */
const assignment = /^\$(\w+)\s*:?=/;
/** At most this many templates are read for one layout (its baseof and partials, transitively). */
const maxTemplates = 60;

/**
 * The blocks around a read that decide whether it runs (`if`/`with`/`range`): the front-matter
 * params they test (`with .Params.chapters`: a page without `chapters` never reads, a page with it
 * does), and the text of the innermost block that tests anything else (the read may or may not
 * run). Neither for a read every page of the layout makes.
 */
type When = {condition?: string; params: string[]};
/** What one template's text reads and writes: literal paths with how they are written, or a computed Markdown read. */
type Written = ({path: string; as: 'markdown' | 'html'} | {computed: string}) & When;

/** A block action that runs its body for some pages only; `params`: the page param it needs set (`with .Params.x`, `if isset .Params "x"`). */
const conditional = /^(?:if|with|range)\b/;
const paramNeeded = /^(?:if|with|range)\s+(?:\$?\.(?:Page\.)?Params\.(\w+)|isset\s+\$?\.(?:Page\.)?Params\s+"(\w+)")\s*$/;

/** Each action of a template's text with the blocks around it (`outer`: those around the call of this template). */
function conditionedActions(text: string, outer: When): Array<{action: string; when: When}> {
  const found: Array<{action: string; when: When}> = [];
  // The open blocks: for `if`/`with`/`range`, the action and the param it needs (none after an `else`); undefined for define/block.
  const open: Array<{condition: string; param?: string} | undefined> = [];
  for (const {action} of templateActions(text)) {
    if (action.startsWith('/*')) continue;
    if (/^(?:define|block)\b/.test(action)) open.push(undefined);
    else if (conditional.test(action)) {
      const match = paramNeeded.exec(action);
      const param = match?.[1] ?? match?.[2];
      open.push({condition: action, ...(param === undefined ? {} : {param: param.toLowerCase()})});
    } else if (/^else\b/.test(action)) {
      const top = open.at(-1);
      // `{{ else }}` runs for the pages the block's test turned away: it needs no param.
      if (top) open[open.length - 1] = {condition: top.condition};
    } else if (action === 'end') open.pop();
    const blocks = open.filter((entry) => entry !== undefined);
    // A block that needs only a param the page sets runs for it: the condition named is the innermost other one.
    const condition = blocks.filter((entry) => entry.param === undefined).at(-1)?.condition ?? outer.condition;
    const params = [...outer.params, ...blocks.flatMap((entry) => (entry.param === undefined ? [] : [entry.param]))];
    found.push({action, when: {...(condition === undefined ? {} : {condition}), params}});
  }
  return found;
}

/** The reads one template's text writes out, in order (`$x := readFile "a.md"` then `{{ $x | markdownify }}` included). */
export function writtenReads(text: string, outer: When = {params: []}): Written[] {
  const found: Written[] = [];
  // Variables that hold a file's text: their literal paths, or the computed read's text.
  const held = new Map<string, {paths: string[]; computed?: string}>();
  for (const {action, when} of conditionedActions(text, outer)) {
    const literal = [...action.matchAll(literalRead)];
    const paths = literal.map((match) => match[1] ?? match[2] ?? match[3] ?? match[4]!).filter((path) => path !== '');
    // A reader given anything else (a variable, `(printf …)`, `.Params.file`, `$path | readFile`): a path only the build knows.
    const computed = (action.match(readers)?.length ?? 0) > literal.length ? action : undefined;
    const name = assignment.exec(action)?.[1];
    let reads = reader.test(action) ? {paths, ...(computed === undefined ? {} : {computed})} : undefined;
    // A variable holding a read, used here: `{{ $chapter | markdownify }}`.
    if (!reads) {
      for (const [variable, value] of held) {
        if (new RegExp(String.raw`\$${variable}\b`).test(action)) {
          reads = value;
          break;
        }
      }
    }
    if (!reads) continue;
    if (rendersMarkdown.test(action)) {
      for (const path of reads.paths) found.push({path, as: 'markdown', ...when});
      if (reads.computed !== undefined) found.push({computed: reads.computed, ...when});
    } else if (writesHtml.test(action)) {
      for (const path of reads.paths) if (htmlFile.test(path)) found.push({path, as: 'html', ...when});
    } else if (name !== undefined && reader.test(action)) held.set(name, reads);
  }
  return found;
}

/**
 * The templates a layout is made of: its files and, transitively, the partials they call (the
 * first `maxTemplates`), each with the blocks around its call (a partial called in `{{ if … }}`).
 */
function layoutTemplates(files: readonly string[], site: SiteInfo): Array<{file: string; when: When}> {
  const dirs = hugoLayoutDirs(site);
  const seen: Array<{file: string; when: When}> = [];
  const queue = files.map((file) => ({file, when: {params: []} as When}));
  while (queue.length > 0 && seen.length < maxTemplates) {
    const next = queue.shift()!;
    if (seen.some((entry) => entry.file === next.file)) continue;
    seen.push(next);
    const text = readText(next.file);
    if (text === undefined) continue;
    for (const {action, when} of conditionedActions(text, next.when)) {
      for (const match of action.matchAll(partialCall)) {
        const name = match[1] ?? match[2]!;
        const wanted = /\.[a-z]+$/i.test(name) ? name : `${name}.html`;
        const partial = dirs.flatMap((dir) => [join(dir, 'partials', wanted), join(dir, '_partials', wanted)]).find(isFile);
        if (partial) queue.push({file: partial, when});
      }
    }
  }
  return seen;
}

/** The file `readFile` reads for a literal path: from the project folder, else a content folder (never outside them). */
function readFilePath(path: string, site: SiteInfo): string | undefined {
  for (const root of [site.root, ...hugoContentRoots(site)]) {
    const candidate = resolve(root, path.replace(/^\/+/, ''));
    if (isWithin(candidate, resolve(root)) && isFile(candidate)) return candidate;
  }
  return undefined;
}

/** A layout's file as `layoutFiles` keeps it: with the page params the read needs set. */
type Found = LayoutFile & {params: string[]};

/** The files written into the pages one layout renders, read once a layout and site. */
const byLayout = perSite((): Map<string, Found[]> => new Map());

function layoutFiles(files: readonly string[], site: SiteInfo): Found[] {
  const key = files.join('\0');
  const cache = byLayout(site);
  const cached = cache.get(key);
  if (cached) return cached;
  const found: Found[] = [];
  for (const {file: template, when} of layoutTemplates(files, site)) {
    const text = readText(template);
    if (text === undefined) continue;
    const shown = toPosix(relative(site.root, template));
    for (const read of writtenReads(text, when)) {
      const only = read.condition === undefined ? '' : ` when {{ ${read.condition.slice(0, 80)} }} holds`;
      if ('computed' in read) {
        found.push({reason: `its layout ${shown} renders a Markdown file it reads from a path computed at build time ({{ ${read.computed.slice(0, 80)} }})${only}, which may hold that id`, params: read.params});
        continue;
      }
      // A path that reads nothing: readFile gives "" (no error), so nothing is written.
      const path = readFilePath(read.path, site);
      // A read some pages make only (`{{ if … }}`): the file's ids may be the page's, or not.
      const may = read.condition === undefined ? {} : {only: `its layout ${shown} writes in ${basename(path ?? read.path)}${only}, which holds that id`};
      if (path !== undefined && !found.some((entry) => 'path' in entry && entry.path === path && (entry.only === undefined) === (may.only === undefined))) found.push({path, as: read.as, by: shown, ...may, params: read.params});
    }
  }
  cache.set(key, found);
  return found;
}

/** The files the layout Hugo renders a regular page with writes into it (the generator's `layoutFiles`). */
export function hugoLayoutFiles(path: string, site: SiteInfo, frontMatter: PageFrontMatter): readonly LayoutFile[] {
  // A list page (`_index.md`) is rendered by a list layout, whose lookup this does not follow.
  if (/^_index\./i.test(path.split(/[\\/]/).at(-1) ?? '')) return [];
  const data = frontMatter?.data ?? {};
  const layout = hugoSingleLayout(path, site, data);
  if (!layout) return [];
  // Hugo reads params without regard to case; a read under `with .Params.x` is none for a page without `x`.
  const set = new Set(Object.entries(data).filter(([, value]) => value !== undefined && value !== null && value !== false && value !== '' && value !== 0 && !(Array.isArray(value) && value.length === 0)).map(([key]) => key.toLowerCase()));
  return layoutFiles(layout.files, site).filter((entry) => entry.params.every((param) => set.has(param))).map(({params: _params, ...entry}) => entry);
}
