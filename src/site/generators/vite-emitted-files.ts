/**
 * Files a site's own Vite plugin writes into the build output with Rollup's `this.emitFile`. An
 * emitted asset or chunk given a `fileName` is written at that path from the output folder,
 * unmodified (Rollup's and Rolldown's EmittedAsset/EmittedFile contract; one given only a `name`
 * gets a hashed name under `assetFileNames`, which no link can name). A Vite plugin runs in both the
 * dev server and the build unless `apply: 'serve'` keeps it out of the build (Vite's plugin API,
 * "Conditional Application"); only what the build writes is served. For VitePress the client
 * build's output folder is the site root.
 * postlint never runs the config: the calls are read from the text of the config and the local
 * modules it imports. A literal `fileName` is a file the build writes; one spelled with code
 * (`` `schema/${name}` ``) is known by its literal start and end only, so a site-root file those
 * fit is unverifiable, naming the plugin; pages are not emitted files and stay checked. A name
 * with no literal part (`page.ogPath`, or options passed as a variable) would fit every file:
 * such a call is skipped, and the site's files are checked as if it were not there.
 */
import {relative} from 'node:path';
import {isPageUrl} from '../files.js';
import {toPosix} from '../../paths.js';
import {balanced, topLevelParts, withoutComments} from './js-source.js';
import type {Resolution} from './types.js';

/** One `emitFile` call with a `fileName` (plain data: it is kept in the site's config). */
export interface EmittedFile {
  /** The literal text of `fileName` before its first piece of code and after its last; `exact` when it is all literal. */
  prefix: string;
  suffix: string;
  exact: boolean;
  /** `fileName` as written, for reasons. */
  written: string;
  /** The plugin, as `name (file)`. */
  plugin: string;
  /** The module that holds the call: what a link to an exact file stands on. */
  path: string;
  /** Why the build may not run the call (an `apply` postlint does not evaluate). */
  unsure?: string;
}

/** The `emitFile` calls with a `fileName` in the config and its local modules; `root` is the folder file names are shown from. */
export function emittedFiles(modules: ReadonlyArray<{file: string; text: string}>, root: string): EmittedFile[] {
  const found: EmittedFile[] = [];
  for (const module of modules) {
    const text = withoutComments(module.text);
    const file = toPosix(relative(root, module.file));
    for (const call of text.matchAll(/\.emitFile\s*\(/g)) {
      const open = call.index + call[0].length - 1;
      const plugin = enclosingPlugin(text, call.index);
      if (plugin.apply === "'serve'" || plugin.apply === '"serve"') continue;
      const shownPlugin = plugin.name ? `${plugin.name} (${file})` : file;
      const unsure = plugin.apply !== undefined && !/^(['"])build\1$/.test(plugin.apply) ? `${shownPlugin} is applied by \`apply: ${plugin.apply}\`, which postlint does not evaluate` : undefined;
      const argument = balanced(text, open).trim();
      // `this.emitFile(options)`: what it writes is not in the text, so it is skipped.
      if (!argument.startsWith('{')) continue;
      const fileName = parts(balanced(argument, 0)).get('fileName');
      if (fileName === undefined) continue;
      const name = nameParts(fileName);
      // A name with no literal part (`page.ogPath`) fits every file: it would make every file link unverifiable, so it is skipped too.
      if (!name.exact && name.prefix === '' && name.suffix === '') continue;
      found.push({...name, written: fileName, plugin: shownPlugin, path: module.file, ...(unsure ? {unsure} : {})});
    }
  }
  return found;
}

/** A site-root path (below the base) an emitted file answers: found, unverifiable, or undefined when none fits it. */
export function emittedFileAt(path: string, files: readonly EmittedFile[]): Resolution | undefined {
  const name = path.replace(/^\/+/, '');
  if (name === '') return undefined;
  for (const file of files) {
    if (file.exact) {
      if (file.prefix !== name) continue;
      return file.unsure ? {status: 'unverifiable', reason: file.unsure} : {status: 'found', path: file.path};
    }
    // A page is not an emitted file: only a file whose name fits the literal start and end.
    if (isPageUrl(path) || name.length < file.prefix.length + file.suffix.length || !name.startsWith(file.prefix) || !name.endsWith(file.suffix)) continue;
    return {status: 'unverifiable', reason: `the site's Vite plugin ${file.plugin} emits files into the build output named ${file.written}, which postlint does not evaluate`};
  }
  return undefined;
}

/** An object literal's `key: value` parts (a shorthand `key` is its own value). */
function parts(body: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of topLevelParts(body)) {
    const entry = /^['"]?([A-Za-z_$][\w$]*)['"]?\s*(?::\s*([\s\S]*))?$/.exec(part);
    if (entry) map.set(entry[1]!, entry[2]?.trim() ?? entry[1]!);
  }
  return map;
}

/** A `fileName` expression's literal start and end: a string, a template literal, or `'a/' + x + '.json'`. */
function nameParts(expression: string): {prefix: string; suffix: string; exact: boolean} {
  const clean = (value: string): string => value.replace(/^\.?\/+/, '');
  const plain = /^(['"])([^'"\\]*)\1$/.exec(expression);
  if (plain) return {prefix: clean(plain[2]!), suffix: '', exact: true};
  const template = /^`([^`\\]*)`$/.exec(expression);
  if (template) {
    const body = template[1]!;
    const first = body.indexOf('${');
    if (first === -1) return {prefix: clean(body), suffix: '', exact: true};
    const last = body.lastIndexOf('}');
    return {prefix: clean(body.slice(0, first)), suffix: body.slice(last + 1), exact: false};
  }
  const start = /^(['"])([^'"\\]*)\1\s*\+/.exec(expression)?.[2];
  const end = /\+\s*(['"])([^'"\\]*)\1$/.exec(expression)?.[2];
  return {prefix: clean(start ?? ''), suffix: end ?? '', exact: false};
}

/**
 * The plugin object the call is written in: the nearest enclosing object literal with a `name`,
 * and its `apply` as written. Brackets are counted back from the call.
 */
function enclosingPlugin(text: string, at: number): {name?: string; apply?: string} {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const char = text[i];
    if (char === ')' || char === ']' || char === '}') depth++;
    else if (char === '(' || char === '[' || char === '{') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (char !== '{') continue;
      const own = parts(balanced(text, i));
      const written = own.get('name');
      if (written === undefined) continue;
      // A name held in a variable is shown as written.
      const name = /^(['"`])([^'"`]*)\1$/.exec(written)?.[2] ?? written;
      return {name, ...(own.has('apply') ? {apply: own.get('apply')!} : {})};
    }
  }
  return {};
}
