/**
 * mkdocs-gen-files (oprypin/mkdocs-gen-files): the `gen-files` plugin runs the Python scripts its
 * `scripts:` list names (paths from the project's root, the folder MkDocs runs in, "not the docs
 * directory") during the build, and each `mkdocs_gen_files.open(path, "w")` adds a page at `path`
 * below docs_dir that no checkout holds (a code reference: `api/…`); a file of docs_dir opened so
 * is replaced by what the script writes (the plugin's FilesEditor puts the new file in the old
 * one's place). A script is read as text, never run: the folder or file each `open` names is taken
 * from a string literal (`open("api/SUMMARY.md")`), a module constant assigned one
 * (`OUT = "api"`, `Path(OUT, x)`, `f"{OUT}/SUMMARY.md"`) or the literal leading segments of the
 * `Path(…)` the argument was assigned from (`full_doc_path = Path("api", doc_path)`). Only those
 * places count: a link below one of them is unverifiable, a link elsewhere is judged as before; a
 * script whose places cannot be read adds none.
 *
 * mkdocstrings' "Automatic code reference pages" recipe walks a package (`for path in
 * sorted(src.rglob("*.py"))`) and writes one page per module at `Path("reference",
 * path.relative_to(src).with_suffix(".md"))`, a package's `__init__` renamed (`with_name("index.md")`).
 * When the walked folder and every path the `open` receives are read that way, the place is those
 * pages only (every module's, and every name a `with_name`/`Path` literal gives one, beside it):
 * a link to another file there is still missing.
 */
import {join, resolve} from 'node:path';
import {readText} from './common.js';
import {pluginSettings} from './mkdocs-plugins.js';
import {docsRelative, ScriptPaths, type ScriptWhere} from './mkdocs-gen-files-paths.js';
import type {SiteInfo} from './types.js';

/** A place below docs_dir a script writes, and the script, for the reason. */
export interface GenFilesPlace {
  path: string;
  script: string;
  /** The place is one page the script writes (read from its walk), not a folder it writes below. */
  page: boolean;
}

/** A Python string literal, single or double quoted, with an optional `f`/`r` prefix (no `{` in an f-string's part kept). */
const literal = String.raw`(?:[rRfF]{0,2})(["'])([^"'\n]*?)\1`;

/** The literal leading folder of a `Path("api", x)` / `Path("api") / x` / `"api/" + x` expression, when it starts with one (or with a constant assigned one). */
function leadingLiteral(written: string, constants: ReadonlyMap<string, string>): string | undefined {
  const expression = written.replace(/^(\s*(?:(?:pathlib\.)?(?:Pure)?(?:Posix)?Path\(\s*)?)([A-Za-z_]\w*)\b(?!\s*[.([])/, (all, head: string, name: string) => {
    const value = constants.get(name);
    return value === undefined ? all : `${head}"${value}"`;
  });
  const call = new RegExp(String.raw`^\s*(?:pathlib\.)?(?:Pure)?(?:Posix)?Path\(\s*${literal}`).exec(expression);
  const plain = new RegExp(String.raw`^\s*${literal}`).exec(expression);
  const text = (call ?? plain)?.[2]?.replace(/\{([A-Za-z_]\w*)\}/g, (all, name: string) => constants.get(name) ?? all);
  if (text === undefined) return undefined;
  // An f-string's text up to its first placeholder; a plain literal whole (a file when it has an extension and nothing follows).
  const fixed = text.split('{')[0]!.replace(/^(?:\.\/)+/, '');
  // `Path(".")` / `"./"` names docs_dir itself, not a place below it: no place is read from it.
  if (fixed === '' || fixed.startsWith('/') || fixed.split('/').some((part) => part === '..' || part === '.')) return undefined;
  // A plain literal in `Path(…)` is whole segments (Path joins its arguments); a string added to (`"api/" + x`)
  // or an f-string's head keeps only its complete folders.
  const whole = !text.includes('{') && (call !== null || new RegExp(String.raw`^\s*${literal}\s*$`).test(expression.replace(/\)\s*$/, '')));
  return whole || !fixed.includes('/') ? fixed.replace(/\/+$/, '') : fixed.slice(0, fixed.lastIndexOf('/'));
}

/** A path expression longer than this is not read (an `open(` left unclosed would else take the rest of the file, at each call). */
const longestArgument = 1000;

/** The first argument of the call whose `(` ends at `start`: up to its first comma or `)` outside brackets and quotes. */
function firstArgument(text: string, start: number): {argument: string; end: number} {
  let depth = 0;
  let quote = '';
  for (let at = start; at < Math.min(text.length, start + longestArgument); at++) {
    const char = text[at]!;
    if (quote) {
      if (char === quote || char === '\n') quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (char === ',' || char === ')') return {argument: text.slice(start, at).trim(), end: at};
  }
  // Unclosed within reach: no argument read (an empty one names no place).
  return {argument: '', end: start};
}

/** An `open` whose mode (`"r"`, `mode="rb"`) only reads: the file is not written ("w" replaces it, "a" appends to a copy). */
function readsOnly(text: string, end: number): boolean {
  const mode = /^,\s*(?:mode\s*=\s*)?[rRbB]?(["'])([a-z+]*)\1/.exec(text.slice(end, end + 40));
  return mode !== null && !/[wax+]/.test(mode[2]!);
}

/** A place one script writes: a path relative to docs_dir, and whether it is one page (else a folder). */
export interface ScriptWrite {
  place: string;
  page: boolean;
}

/**
 * The places one script writes below docs_dir. The pages an `open`'s path may be, when every one is
 * read (mkdocs-gen-files-paths.ts, which needs `where` to see the walked package); else the literal
 * head of its expression, or of each assignment of its variable, as a folder (or a named file).
 */
export function scriptWrites(text: string, where?: ScriptWhere): ScriptWrite[] {
  const writes = new Map<string, boolean>();
  const reader = new ScriptPaths(text, where);
  const constants = reader.constants;
  for (const call of text.matchAll(/\bmkdocs_gen_files\.open\(/g)) {
    const {argument, end} = firstArgument(text, call.index + call[0].length);
    if (readsOnly(text, end)) continue;
    const pages = reader.evaluate(argument)?.map(docsRelative);
    if (pages !== undefined && pages.length > 0 && pages.every((page): page is string => page !== undefined)) {
      for (const page of pages) writes.set(page, writes.get(page) ?? true);
      continue;
    }
    const place = leadingLiteral(argument, constants);
    if (place !== undefined) writes.set(place, false);
    else if (/^[A-Za-z_]\w*$/.test(argument)) {
      // The variable's assignments that start from a literal (`x = Path("api", …)`); `x = x.with_name(…)` keeps the folder.
      // One line each (`[ \t]`, not `\s`): a `\s*` after `^` spans blank lines and tries each again (quadratic on a long run of them).
      for (const assignment of text.matchAll(new RegExp(String.raw`^[ \t]*${argument}[ \t]*=[ \t]*(.+)$`, 'gm'))) {
        const found = leadingLiteral(assignment[1]!, constants);
        if (found !== undefined) writes.set(found, false);
      }
    }
  }
  return [...writes].map(([place, page]) => ({place, page}));
}

/** The places one script writes below docs_dir, as paths relative to it. */
export function scriptPlaces(text: string, where?: ScriptWhere): string[] {
  return scriptWrites(text, where).map((write) => write.place);
}

const read = new WeakMap<SiteInfo, GenFilesPlace[]>();

/** The places below docs_dir the site's gen-files scripts write (absolute), each with its script. */
export function genFilesPlaces(site: SiteInfo, docsDir: string): GenFilesPlace[] {
  let places = read.get(site);
  if (places) return places;
  const settings = pluginSettings(site.config, ['gen-files', 'mkdocs-gen-files']);
  const scripts = Array.isArray(settings?.scripts) ? settings.scripts.filter((script): script is string => typeof script === 'string') : [];
  places = scripts.flatMap((script) => {
    const where = {script: resolve(site.root, script), root: site.root};
    return scriptWrites(readText(where.script) ?? '', where).map(({place, page}) => ({path: join(docsDir, place), script, page}));
  });
  read.set(site, places);
  return places;
}
