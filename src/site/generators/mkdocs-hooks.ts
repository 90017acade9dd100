/**
 * MkDocs hooks (`hooks: [docs/hooks.py]`, MkDocs 1.4+): Python files MkDocs loads as plugins. Each
 * path is read from the config file's folder, the module is run, and every `on_*` attribute it
 * has becomes an event handler (mkdocs/mkdocs @ 2862536793b3c67d9d83c33e0dd6d50a791928f8:
 * config/config_options.py `Hooks`, plugins.py `PluginCollection.__setitem__`). postlint never
 * runs the site's Python: it parses the hook (@lezer/python) and looks at the names the module
 * binds at its top level (a `def`, an assignment, a `from … import`), never at comments, strings
 * or methods. MkDocs leaves an absolute link as written (structure/pages.py `path_to_url`), so a
 * site-root path the checkout lacks may be a file such a handler puts into the built site.
 * A relative link MkDocs itself checks against its documentation files: those are left to the
 * usual checks.
 */
import {createRequire} from 'node:module';
import {dirname, resolve} from 'node:path';
import type {SyntaxNode} from '@lezer/common';
import {readSmallFileIfAny} from '../../read-text.js';
import type {SiteInfo} from './types.js';

/**
 * The events that can put files into the built site, from `build()` in commands/build.py, which
 * runs on_config, on_pre_build, empties site_dir, collects the files of docs_dir (`get_files`),
 * on_files, on_nav, reads the pages, on_env, writes the files and pages, then on_post_build:
 * - on_pre_build ("call pre-build scripts"): runs before docs_dir is read, so a file it writes
 *   there is collected and copied into the site like the checkout's own;
 * - on_files ("add, remove, or alter files in the collection"): a File it adds is written to site_dir;
 * - on_post_build ("call post-build scripts"): runs after every file is written, with
 *   config.site_dir at hand, and nothing empties the folder after it (a CNAME, a key copied there).
 * Not counted, a choice for precision rather than a proof: on_config and on_startup also run before
 * docs_dir is read, so a file either writes there would be collected too, but MkDocs documents them
 * for altering the config and for set-up (on_config's writes to site_dir the emptying removes); a hook
 * that writes pages from them is not modelled, and counting them would withhold every site-root link
 * of the many sites whose hooks only tweak the config. on_shutdown runs after the build, as "best
 * effort" clean-up; page, template, nav and env events change what MkDocs writes for its own files,
 * not which files there are.
 */
const placingEvents = new Set(['on_pre_build', 'on_files', 'on_post_build']);

/**
 * Hooks are small (a few KB); past this size one is not parsed, and may do anything a hook can:
 * the parser's time and memory grow with deep nesting (`x = ------…1`), and a run must stay bounded.
 */
const parseLimit = 128 * 1024;

const cache = new WeakMap<SiteInfo, string | null>();

type PythonParser = typeof import('@lezer/python').parser;
let pythonParser: PythonParser | undefined;

/**
 * The Python parser, loaded on first use: building its tables costs a few milliseconds of every
 * run's start when loaded with the rest, and only a MkDocs site with hooks needs it.
 */
function python(): PythonParser {
  if (!pythonParser) pythonParser = (createRequire(import.meta.url)('@lezer/python') as typeof import('@lezer/python')).parser;
  return pythonParser;
}

/** Why a site-root path the checkout lacks may still be put into the built site by the build's hooks, or undefined. */
export function hooksMayWrite(site: SiteInfo): string | undefined {
  let reason = cache.get(site);
  if (reason === undefined) cache.set(site, (reason = findWriters(site) ?? null));
  return reason ?? undefined;
}

/** The hook files the config names, as written. */
function hookPaths(site: SiteInfo): string[] {
  const hooks = site.config.hooks;
  return Array.isArray(hooks) ? hooks.filter((hook): hook is string => typeof hook === 'string') : typeof hooks === 'string' ? [hooks] : [];
}

/** The hook files, absolute (read from the config file's folder): inputs of the site model. */
export function hookFiles(site: SiteInfo): string[] {
  const folder = site.configFile ? dirname(site.configFile) : site.root;
  return hookPaths(site).map((path) => resolve(folder, path));
}

function findWriters(site: SiteInfo): string | undefined {
  const files = hookFiles(site);
  const reasons: string[] = [];
  for (const [i, path] of hookPaths(site).entries()) {
    const text = readSmallFileIfAny(files[i]);
    // A hook postlint cannot read may do anything a hook can.
    if (text === undefined) {
      reasons.push(`the MkDocs hook ${path} (which postlint cannot read) may write files into the built site`);
      continue;
    }
    if (text.length > parseLimit) {
      reasons.push(`the MkDocs hook ${path} (over ${parseLimit / 1024} KB, which postlint does not parse) may write files into the built site`);
      continue;
    }
    const {names, starImport} = topLevelNames(text);
    const events = [...new Set(names.filter((name) => placingEvents.has(name)))];
    if (starImport) events.push('a handler it imports with *');
    if (events.length > 0) reasons.push(`the MkDocs hook ${path} has ${listed(events)}, which may write files into the built site`);
  }
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/**
 * The page events, whose handlers get a page's Markdown (on_page_markdown) or HTML (on_page_content,
 * on_post_page) and return what MkDocs writes instead (structure/pages.py `Page.read_source`,
 * `Page.render`): one may replace a template token in any link (build.py `_populate_page`, `_build_page`).
 */
const pageEvents = new Set(['on_page_read_source', 'on_page_markdown', 'on_page_content', 'on_post_page']);

const pageCache = new WeakMap<SiteInfo, string[]>();

/** The hooks that handle a page event (or that postlint cannot read, or that import `*`), each as `path`. */
export function pageHooks(site: SiteInfo): string[] {
  let hooks = pageCache.get(site);
  if (hooks === undefined) {
    const files = hookFiles(site);
    hooks = hookPaths(site).filter((path, i) => {
      const text = readSmallFileIfAny(files[i]);
      if (text === undefined || text.length > parseLimit) return true;
      const {names, starImport} = topLevelNames(text);
      return starImport || names.some((name) => pageEvents.has(name));
    }).map((path) => `the MkDocs hook ${path}`);
    pageCache.set(site, hooks);
  }
  return hooks;
}

function listed(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Scopes whose names are not the module's: a handler defined there is no attribute of it. */
const innerScopes = new Set(['FunctionDefinition', 'ClassDefinition', 'LambdaExpression']);

/**
 * The names a Python module binds at its top level (in `if`/`try`/`with` blocks too, which run
 * when it is loaded), and whether it imports `*` (which may bring in any handler).
 */
export function topLevelNames(text: string): {names: string[]; starImport: boolean} {
  const names: string[] = [];
  let starImport = false;
  const walk = (node: SyntaxNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === 'FunctionDefinition' || child.name === 'ClassDefinition') {
        const name = child.getChild('VariableName');
        if (name) names.push(text.slice(name.from, name.to));
      } else if (child.name === 'AssignStatement') {
        // `on_files = handler` (and `a = b = handler`): each name followed by `=`.
        for (let part = child.firstChild; part; part = part.nextSibling) {
          if (part.name === 'VariableName' && part.nextSibling?.name === 'AssignOp') names.push(text.slice(part.from, part.to));
        }
      } else if (child.name === 'ImportStatement') {
        importedNames(child, text, names, () => (starImport = true));
      } else if (!innerScopes.has(child.name)) {
        walk(child);
      }
    }
  };
  walk(python().parse(text).topNode);
  return {names, starImport};
}

/** `from m import a, b as c` binds a and c (the names after `import` not renamed, and the new names). */
function importedNames(statement: SyntaxNode, text: string, names: string[], star: () => void): void {
  let afterImport = false;
  for (let part = statement.firstChild; part; part = part.nextSibling) {
    const word = text.slice(part.from, part.to);
    if (part.name === 'import') afterImport = true;
    else if (afterImport && word === '*') star();
    else if (afterImport && part.name === 'VariableName' && part.nextSibling?.name !== 'as') names.push(word);
  }
}
