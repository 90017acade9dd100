/**
 * Eleventy's passthrough copy (`eleventyConfig.addPassthroughCopy`), read from the config's text
 * and the repository files it imports, never run. What lands where in the output, as Eleventy's
 * TemplatePassthrough.getOutputPath computes it (11ty/eleventy src/TemplatePassthrough.js,
 * test/TemplatePassthroughTest.js; the same since 0.x; https://www.11ty.dev/docs/copy/):
 * - the paths are the project folder's, not the input folder's;
 * - a string (`"static"`, `"src/img"`, a glob `"src/**\/*.png"`) keeps each file's path with the
 *   input folder stripped from its start (`src/img/a.png` with input `src` is `/img/a.png`);
 * - an object maps a path to an output path (`{static: "/"}`): a folder's files go below the
 *   output path with their paths inside the folder, a file goes to the output path (or into it
 *   when it names a folder), and a glob's files go into the output path by their file names only.
 * A call in a loop over an array literal (`['a', 'b'].forEach((p) => addPassthroughCopy(p))`, `for (const p
 * of [...])`) copies each of its values. A template literal of the config's string constants (`` `${rootDir}/img` ``,
 * also as a computed key `` {[`${rootDir}/img`]: '/img'} ``) is read as the string it makes. A call whose arguments are not literals otherwise (a
 * variable, a computed list) is kept as "unread": what it copies only running the config knows. `mode: "html-relative"` copies files beside the pages that name
 * them, which is where a relative link is looked for anyway: not modelled here.
 */
import {basename, join, relative, resolve} from 'node:path';
import picomatch from 'picomatch';
import {bracketCloses, topLevelParts, withoutComments} from './js-source.js';
import {walkFiles} from './walk-files.js';
import {toPosix} from '../../paths.js';

/** One entry: a path or glob from the project folder, and its output path (`true`: its own path, input folder stripped). */
export interface PassthroughCopy {
  from: string;
  to: string | true;
  glob: boolean;
}

export interface PassthroughCopies {
  copies: PassthroughCopy[];
  /** Calls whose arguments postlint cannot read as literals. */
  unread: number;
}

/** `./static/` → `static`, `/` → ``: a path as Eleventy's TemplatePath compares them. */
function clean(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+|\/+$/g, '').replace(/^\.$/, '');
}

/**
 * A quoted literal's text (`'a'`, `"a"`, a template literal without `${}`), else undefined. With the
 * config's text, a template literal whose `${name}`s are its string constants too (`` `${rootDir}/img` ``
 * after `const rootDir = 'src'`).
 */
function stringLiteral(text: string, code?: string): string | undefined {
  const match = /^(['"`])([^'"`\\]*)\1$/.exec(text.trim());
  if (!match) return undefined;
  if (!(match[1] === '`' && match[2]!.includes('${'))) return match[2];
  return code === undefined ? undefined : withConstants(match[2]!, code);
}

/** A template literal's body with each `${name}` replaced by the string constant `name` the text declares once; undefined when any part is code. */
export function withConstants(body: string, code: string): string | undefined {
  let unread = false;
  const value = body.replace(/\$\{\s*([A-Za-z_$][\w$]*)\s*\}|\$\{[^}]*\}/g, (_whole, name: string | undefined) => {
    const declared = name === undefined ? [] : [...code.matchAll(new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*=\\s*(['"\`])([^'"\`$\\\\]*)\\1`, 'g'))];
    if (declared.length !== 1) unread = true;
    return declared[0]?.[2] ?? '';
  });
  return unread ? undefined : value;
}

/** The `addPassthroughCopy(…)` calls of some config texts, read as data. */
export function readPassthroughCopies(texts: readonly string[]): PassthroughCopies {
  const copies: PassthroughCopy[] = [];
  let unread = 0;
  for (const raw of texts) {
    const text = withoutComments(raw);
    const closes = bracketCloses(text);
    const loopAt = loopsOf(text, closes);
    for (const call of text.matchAll(/\baddPassthroughCopy\s*\(/g)) {
      const open = call.index + call[0].length - 1;
      const close = closes.get(open);
      // Words in a string or a regex literal (a comment is gone already): no call.
      if (close === undefined) continue;
      const args = topLevelParts(text.slice(open + 1, close));
      const first = (args[0] ?? '').trim();
      // html-relative copies are looked for beside the page, as every relative link is.
      if (args[1] !== undefined && /\bmode\s*:/.test(args[1])) continue;
      // A loop's variable (`['a', 'b'].forEach((path) => …addPassthroughCopy(path))`) stands for each literal it runs over.
      const values = /^[A-Za-z_$][\w$]*$/.test(first) ? loopAt(call.index, first) : [first];
      const read = values?.map((value) => readArgument(value, text));
      if (read === undefined || read.some((argument) => !argument.complete)) unread++;
      for (const argument of read ?? []) copies.push(...argument.copies);
    }
  }
  return {copies, unread};
}

/** One argument of `addPassthroughCopy` (a path or glob, or an object of paths to output paths): what it copies, and whether all of it was literals. */
function readArgument(argument: string, code: string): {copies: PassthroughCopy[]; complete: boolean} {
  const path = stringLiteral(argument, code);
  if (path !== undefined) return {copies: [{from: path, to: true, glob: picomatch.scan(path).isGlob}], complete: true};
  if (!argument.startsWith('{')) return {copies: [], complete: false};
  // A key as written, or computed from a literal (`` [`${rootDir}/img`]: '/img' ``).
  const entries = topLevelParts(argument.slice(1, -1)).map((entry) => /^(?:(['"`])([^'"`]+)\1|([\w$./-]+)|\[\s*([^\]]+?)\s*\])\s*:\s*([\s\S]+)$/.exec(entry.trim()));
  const read = entries.map((entry) => {
    const from = entry?.[2] ?? entry?.[3] ?? (entry?.[4] !== undefined ? stringLiteral(entry[4], code) : undefined);
    const to = entry ? stringLiteral(entry[5]!, code) : undefined;
    return from !== undefined && to !== undefined ? {from, to, glob: picomatch.scan(from).isGlob} : undefined;
  });
  // Entries it can read are kept; one it cannot makes the call unread.
  const known = read.filter((entry) => entry !== undefined);
  return {copies: known, complete: known.length === read.length};
}

/** A loop over an array literal: its variable, the literal's values, and its body's span in the text. */
interface Loop {
  name: string;
  values: string[];
  start: number;
  end: number;
}

/**
 * The loops of a config text, found once: an array literal's `.forEach((name) => …)` or
 * `for (const name of [...])`. Returns a lookup of the values a loop gives `name` where a call
 * at `at` sits in its body (the innermost such loop), undefined when it is in none. The calls
 * must be looked up in the order of their offsets: one sweep keeps the loops open at the call,
 * so a config of many loops and calls is read in linear time.
 */
function loopsOf(text: string, closes: ReadonlyMap<number, number>): (at: number, name: string) => string[] | undefined {
  const id = '([A-Za-z_$][\\w$]*)';
  const forEach = new RegExp(`\\[([^\\[\\]]*)\\]\\s*\\.forEach\\s*(\\()\\s*(?:\\(\\s*${id}\\s*[,)]|${id}\\s*=>|(?:async\\s+)?function\\s*\\(\\s*${id}\\s*[,)])`, 'dg');
  const forOf = new RegExp(`for\\s*\\(\\s*(?:const|let|var)\\s+${id}\\s+of\\s+\\[([^\\[\\]]*)\\]\\s*\\)\\s*(\\{)?`, 'dg');
  const loops: Loop[] = [];
  const valuesOf = (list: string): string[] => topLevelParts(list).map((part) => part.trim()).filter((part) => part !== '');
  for (const match of text.matchAll(forEach)) {
    const close = closes.get(match.indices![2]![0]);
    // The body: the forEach's parentheses (none when the words are in a string).
    if (close !== undefined) loops.push({name: (match[3] ?? match[4] ?? match[5])!, values: valuesOf(match[1]!), start: match.index, end: close + 1});
  }
  for (const match of text.matchAll(forOf)) {
    const open = match.indices?.[3]?.[0];
    // The body: a for loop's braces, or its one statement up to the line's end.
    const lineEnd = text.indexOf('\n', match.index + match[0].length);
    const close = open !== undefined ? closes.get(open) : undefined;
    // Braces in a string: no loop.
    if (open !== undefined && close === undefined) continue;
    const end = close !== undefined ? close + 1 : lineEnd < 0 ? text.length : lineEnd;
    loops.push({name: match[1]!, values: valuesOf(match[2]!), start: match.index, end});
  }
  loops.sort((a, b) => a.start - b.start || b.end - a.end);
  // The loops open at the last call looked up, outermost first, and the same per name.
  const open: Loop[] = [];
  const openByName = new Map<string, Loop[]>();
  let next = 0;
  return (at, name) => {
    const close = (): void => {
      const loop = open.pop()!;
      const named = openByName.get(loop.name)!;
      if (named.at(-1) === loop) named.pop();
    };
    for (; next < loops.length && loops[next]!.start < at; next++) {
      const loop = loops[next]!;
      // A loop that closed before this one opens is done.
      while (open.length > 0 && open.at(-1)!.end <= loop.start) close();
      open.push(loop);
      const named = openByName.get(loop.name) ?? [];
      openByName.set(loop.name, named);
      named.push(loop);
    }
    while (open.length > 0 && open.at(-1)!.end <= at) close();
    // A one-line body may end inside a loop it opened: drop the loops of this name that ended before `at` (for later calls too).
    const named = openByName.get(name);
    while (named !== undefined && named.length > 0 && named.at(-1)!.end <= at) named.pop();
    return named?.at(-1)?.values;
  };
}

/**
 * Files a glob matches below its fixed start, walked once per site read and bounded: kept with
 * the site's copies (one list per site read, eleventy-builds.ts), so a site detected again (the
 * language server's forgetSites) walks afresh and an old site's lists are freed with it.
 */
const globFiles = new WeakMap<readonly PassthroughCopy[], Map<string, string[]>>();

function filesOf(copies: readonly PassthroughCopy[], root: string, glob: string): string[] {
  let perSite = globFiles.get(copies);
  if (!perSite) globFiles.set(copies, (perSite = new Map()));
  const key = `${root}\0${glob}`;
  let found = perSite.get(key);
  if (found) return found;
  const scan = picomatch.scan(clean(glob));
  const matches = picomatch(clean(glob), {dot: true});
  const base = resolve(root, scan.base);
  found = walkFiles(base, {
    enter: (entry) => entry.name !== 'node_modules' && entry.name !== '.git',
    keep: (_entry, path) => matches(toPosix(relative(root, path))),
    maxEntries: 20_000,
  }).files;
  perSite.set(key, found);
  return found;
}

/**
 * The project files a copy would write at `output` (an output path without leading slash, decoded:
 * `things/post/img.png`), in the order of the copies; `root` is the project folder, `input` the input folder.
 * Candidates only: the caller keeps those that exist.
 */
export function copiedSources(output: string, copies: readonly PassthroughCopy[], root: string, input: string): string[] {
  const path = clean(output);
  const inputDir = clean(toPosix(relative(root, input)));
  const stripInput = (file: string): string => (inputDir === '' ? file : file === inputDir ? '' : file.startsWith(`${inputDir}/`) ? file.slice(inputDir.length + 1) : file);
  const below = (folder: string): string | undefined => (folder === '' ? path : path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined);
  const candidates: string[] = [];
  for (const copy of copies) {
    const from = clean(copy.from);
    if (copy.glob) {
      if (copy.to === true) {
        // Each match keeps its path, input folder stripped: the file is the output path itself, from the project or the input folder.
        const matches = picomatch(from, {dot: true});
        for (const file of [path, inputDir === '' ? undefined : `${inputDir}/${path}`]) if (file !== undefined && matches(file)) candidates.push(join(root, file));
      } else if (below(clean(copy.to)) === basename(path) || (clean(copy.to) === '' && !path.includes('/'))) {
        // Each match goes into the output path by its file name.
        candidates.push(...filesOf(copies, root, from).filter((file) => basename(file) === basename(path)));
      }
      continue;
    }
    const target = copy.to === true ? stripInput(from) : clean(copy.to);
    if (path === target) candidates.push(join(root, from));
    const rest = below(target);
    if (rest !== undefined && rest !== '') {
      // A folder's files below the output path; a file copied into a folder the output path names.
      candidates.push(join(root, from, rest));
      if (rest === basename(from)) candidates.push(join(root, from));
    }
  }
  return candidates;
}
