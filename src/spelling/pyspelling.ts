import {dirname, isAbsolute, join, resolve} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {readSideFile} from '../read-text.js';
import {gitRoot} from '../ignore-files.js';
import {folders} from './typos-config.js';
import {wordList} from './vocabulary.js';
import {parseSelectors, type SimpleSelector} from './ignored-elements.js';

/**
 * What a site that checks its pages with pyspelling (facelessuser/pyspelling) already says about its
 * words and the elements it does not spell-check, read as pyspelling reads it:
 *
 * - The config: pyspelling's own default names (`pyspelling/util/__init__.py` `read_config`:
 *   `.pyspelling.yml`, `.pyspelling.yaml`, the deprecated `.spelling.yml`), then the names the
 *   GitHub Actions that run it look for and pass with `-c` (rojopolis/spellcheck-github-actions,
 *   igsekor/pyspelling-any: `.spellcheck.yml`, `.spellcheck.yaml`, `spellcheck.yml`, `spellcheck.yaml`),
 *   in the site's folder or the nearest folder above it within the repository.
 * - Its `matrix` of tasks. A task applies when it runs by default (not `hidden: true`, which runs only
 *   when named) and its `sources` (glob patterns, `|` separating several in one string) name Markdown
 *   (`.md`, `.markdown`, `.mdown`, `.mkd`, `.mdx`) or HTML (`.html`, `.htm`: the built pages). A task on
 *   Python docstrings or a README in another format says nothing about these pages.
 * - Each applying task's `dictionary.wordlists`: files of one word a line, opened by pyspelling from the
 *   folder it runs in (`open(wordlist)` in `compile_dictionary`, a path relative to the working
 *   folder): the config's folder when run there, the repository's top when an Action runs
 *   `pyspelling -c docs/.spellcheck.yml` from the checkout (rojopolis/spellcheck-github-actions runs
 *   in GITHUB_WORKSPACE). The config's folder is tried first, then the repository's top, and a list
 *   found only there is named in a notice. A listed file found in neither is named in a notice:
 *   pyspelling itself would stop there.
 * - The `ignores` of its `pyspelling.filters.html` step (`filters/html.py`, `filters/xml.py` `to_text`):
 *   CSS selectors of elements whose text, attributes and descendants pyspelling skips, in the files of
 *   that task only. postlint reads the simple ones (ignored-elements.ts); the rest are named in a notice.
 */
export const pyspellingFiles = ['.pyspelling.yml', '.pyspelling.yaml', '.spelling.yml', '.spellcheck.yml', '.spellcheck.yaml', 'spellcheck.yml', 'spellcheck.yaml'];

export interface PyspellingConfig {
  /** The config file read. */
  path: string;
  /** The word lists of the applying tasks (absolute paths), read or not. */
  wordlists: string[];
  /** Their words, from the files that could be read. */
  words: string[];
  /** Word lists named but not readable: `path (why)`. */
  missing: string[];
  /** Word lists read from the repository's top, not the config's folder (pyspelling run there, as CI runs it). */
  fromTop: string[];
  /** Every place a word list was looked for (the config's folder, then the repository's top): a file made there changes what is read. */
  looked: string[];
  /** The applying tasks whose html filter ignores elements postlint can match, each with the pages it reads. */
  ignoring: IgnoringTask[];
  /** Selectors postlint cannot match against Markdown (`div > p`, `[lang]`, `:not(…)`), as written. */
  unsupported: string[];
  /** The names of the tasks that apply, and of those that do not. */
  accepted: string[];
  skipped: string[];
}

/**
 * One task's ignored elements, and the files it checks: a task's `ignores` are its own (a changelog task
 * skipping `li` says nothing of the docs pages another task reads).
 */
export interface IgnoringTask {
  /** The simple selectors of its html filter. */
  ignores: SimpleSelector[];
  /** It checks the built HTML (`site/**\/*.html`): every page, the generator's own attribute lists giving its elements classes. */
  html: boolean;
  /** Its `sources` (positive and `!` negated globs, from the config's folder): the Markdown files it reads when it is not on HTML. */
  sources: string[];
  excluded: string[];
  /** Its markdown filter lists Python-Markdown's attr_list. */
  attrList: boolean;
}

const cache = new Map<string, PyspellingConfig | undefined>();

/** Forget the configs read (a long-lived process reads them again on the next run). */
export function forgetPyspelling(): void {
  cache.clear();
}

/** The files whose change changes what `pyspellingConfig(root)` reads. */
export function pyspellingInputs(root: string): string[] {
  const inputs = folders(root).flatMap((dir) => pyspellingFiles.map((name) => join(dir, name)));
  // The places a word list was looked for, found or not (a list made in the config's folder, or at the top, is read next time).
  return [...inputs, ...(pyspellingConfig(root)?.looked ?? [])];
}

/** The nearest pyspelling config of the site at `root`, with what postlint reads of it; undefined without one. */
export function pyspellingConfig(root: string): PyspellingConfig | undefined {
  if (cache.has(root)) return cache.get(root);
  let found: PyspellingConfig | undefined;
  search: for (const dir of folders(root)) {
    for (const name of pyspellingFiles) {
      const read = readSideFile(join(dir, name));
      if (!('text' in read)) continue;
      found = readConfig(join(dir, name), read.text);
      break search;
    }
  }
  cache.set(root, found);
  return found;
}

/** Markdown or HTML named by a glob's last part (`docs/**\/*.md`, `build/**\/*.html`, `**\/*.{md,txt}`). */
const pageGlob = /\.(?:\{[^}]*\b(?:md|markdown|mdown|mkd|mdx|html?)\b[^}]*\}|md|markdown|mdown|mkd|mdx|html?)$/i;
const htmlGlob = /\.(?:\{[^}]*\bhtml?\b[^}]*\}|html?)$/i;

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : []);

/** A pipeline step's filter name and options: `- pyspelling.filters.url:` or `- pyspelling.filters.html: {ignores: […]}`. */
function steps(pipeline: unknown): Array<[string, Mapping]> {
  if (!Array.isArray(pipeline)) return [];
  return pipeline.flatMap((step): Array<[string, Mapping]> => {
    if (typeof step === 'string') return [[step, {}]];
    if (!isMapping(step)) return [];
    return Object.entries(step).map(([name, options]) => [name, isMapping(options) ? options : {}]);
  });
}

/** Does a markdown filter's `markdown_extensions` list attr_list (itself, or `extra`, which includes it)? */
function listsAttrList(options: Mapping): boolean {
  const names = (Array.isArray(options['markdown_extensions']) ? options['markdown_extensions'] : []).flatMap((item: unknown) => (typeof item === 'string' ? [item] : isMapping(item) ? Object.keys(item) : []));
  return names.some((name) => /^(?:markdown\.extensions\.)?(?:attr_list|extra)$|^pymdownx\.extra$/.test(name));
}

function readConfig(path: string, text: string): PyspellingConfig {
  const config: PyspellingConfig = {path, wordlists: [], words: [], missing: [], fromTop: [], looked: [], ignoring: [], unsupported: [], accepted: [], skipped: []};
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    config.missing.push(`${path} (not YAML: ${(error as Error).message.split('\n')[0]})`);
    return config;
  }
  const matrix = isMapping(data) && Array.isArray(data['matrix']) ? data['matrix'] : [];
  const base = dirname(path);
  matrix.forEach((task: unknown, index) => {
    if (!isMapping(task)) return;
    const name = typeof task['name'] === 'string' ? task['name'] : `#${index + 1}`;
    const globs = strings(task['sources']).flatMap((source) => source.split('|')).map((pattern) => pattern.trim()).filter((pattern) => pattern !== '');
    const patterns = globs.filter((pattern) => !pattern.startsWith('!'));
    if (task['hidden'] === true || !patterns.some((pattern) => pageGlob.test(pattern))) {
      config.skipped.push(name);
      return;
    }
    config.accepted.push(name);
    const dictionary = isMapping(task['dictionary']) ? task['dictionary'] : {};
    for (const list of strings(dictionary['wordlists'])) {
      const near = isAbsolute(list) ? list : resolve(base, list);
      let file = near;
      let read = readSideFile(near);
      if (!config.looked.includes(near)) config.looked.push(near);
      // Not in the config's folder: pyspelling may run from the repository's top (a CI step's `-c path`).
      const top = gitRoot(base);
      if (!('text' in read) && !isAbsolute(list) && top !== undefined && top !== base) {
        if (!config.looked.includes(resolve(top, list))) config.looked.push(resolve(top, list));
        const atTop = readSideFile(resolve(top, list));
        if ('text' in atTop) {
          file = resolve(top, list);
          read = atTop;
          if (!config.fromTop.includes(file)) config.fromTop.push(file);
        }
      }
      if (config.wordlists.includes(file)) continue;
      config.wordlists.push(file);
      if ('text' in read) config.words.push(...wordList(read.text));
      else config.missing.push(`${near} (${read.code ?? read.problem})`);
    }
    const own: IgnoringTask = {ignores: [], html: patterns.some((pattern) => htmlGlob.test(pattern)), sources: patterns, excluded: globs.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1)), attrList: false};
    for (const [filter, options] of steps(task['pipeline'])) {
      if (filter === 'pyspelling.filters.markdown' && listsAttrList(options)) own.attrList = true;
      if (filter !== 'pyspelling.filters.html') continue;
      const {selectors, unsupported} = parseSelectors(strings(options['ignores']));
      own.ignores.push(...selectors);
      for (const each of unsupported) if (!config.unsupported.includes(each)) config.unsupported.push(each);
    }
    if (own.ignores.length > 0) config.ignoring.push(own);
  });
  return config;
}
