/**
 * mkdocs-gen-files (oprypin/mkdocs-gen-files): the `gen-files` plugin runs the Python scripts its
 * `scripts:` list names (paths from the project's root, the folder MkDocs runs in, "not the docs
 * directory") during the build, and each `mkdocs_gen_files.open(path, "w")` adds a page at `path`
 * below docs_dir that no checkout holds (a code reference: `api/…`). A script is read as text, never
 * run: the folder or file each `open` names is taken from a string literal (`open("api/SUMMARY.md")`)
 * or from the literal leading segments of the `Path(…)` the argument was assigned from
 * (`full_doc_path = Path("api", doc_path)`). Only those places count: a link below one of them is
 * unverifiable, a link elsewhere is judged as before; a script whose places cannot be read adds none.
 */
import {join, resolve} from 'node:path';
import {readText} from './common.js';
import {pluginSettings} from './mkdocs-plugins.js';
import type {SiteInfo} from './types.js';

/** A place below docs_dir a script writes, and the script, for the reason. */
export interface GenFilesPlace {
  path: string;
  script: string;
}

/** A Python string literal, single or double quoted, with an optional `f`/`r` prefix (no `{` in an f-string's part kept). */
const literal = String.raw`(?:[rRfF]{0,2})(["'])([^"'\n]*?)\1`;

/** The literal leading folder of a `Path("api", x)` / `Path("api") / x` / `"api/" + x` expression, when it starts with one. */
function leadingLiteral(expression: string): string | undefined {
  const call = new RegExp(String.raw`^\s*(?:pathlib\.)?(?:Pure)?(?:Posix)?Path\(\s*${literal}`).exec(expression);
  const plain = new RegExp(String.raw`^\s*${literal}`).exec(expression);
  const text = (call ?? plain)?.[2];
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

/** The places one script writes below docs_dir, as paths relative to it. */
export function scriptPlaces(text: string): string[] {
  const places = new Set<string>();
  for (const call of text.matchAll(/\bmkdocs_gen_files\.open\(\s*([^,)]+)/g)) {
    const argument = call[1]!.trim();
    const place = leadingLiteral(argument);
    if (place !== undefined) places.add(place);
    else if (/^[A-Za-z_]\w*$/.test(argument)) {
      // The variable's assignments that start from a literal (`x = Path("api", …)`); `x = x.with_name(…)` keeps the folder.
      // One line each (`[ \t]`, not `\s`): a `\s*` after `^` spans blank lines and tries each again (quadratic on a long run of them).
      for (const assignment of text.matchAll(new RegExp(String.raw`^[ \t]*${argument}[ \t]*=[ \t]*(.+)$`, 'gm'))) {
        const found = leadingLiteral(assignment[1]!);
        if (found !== undefined) places.add(found);
      }
    }
  }
  return [...places];
}

const read = new WeakMap<SiteInfo, GenFilesPlace[]>();

/** The places below docs_dir the site's gen-files scripts write (absolute), each with its script. */
export function genFilesPlaces(site: SiteInfo, docsDir: string): GenFilesPlace[] {
  let places = read.get(site);
  if (places) return places;
  const settings = pluginSettings(site.config, ['gen-files', 'mkdocs-gen-files']);
  const scripts = Array.isArray(settings?.scripts) ? settings.scripts.filter((script): script is string => typeof script === 'string') : [];
  places = scripts.flatMap((script) => scriptPlaces(readText(resolve(site.root, script)) ?? '').map((place) => ({path: join(docsDir, place), script})));
  read.set(site, places);
  return places;
}
