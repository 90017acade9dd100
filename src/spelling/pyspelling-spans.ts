import {dirname, relative} from 'node:path';
import type {Root} from 'mdast';
import picomatch from 'picomatch';
import {toPosix} from '../paths.js';
import type {SiteInfo} from '../site/detect.js';
import {generatorOf} from '../site/generators/index.js';
import type {Notice} from '../notices.js';
import type {FileFindings} from '../types.js';
import {ignoredElementSpans} from './ignored-elements.js';
import {pyspellingConfig, type IgnoringTask} from './pyspelling.js';
import type {Span} from './spans.js';

/**
 * The spans of a page the site's pyspelling config does not spell-check: the elements the html filter of
 * a task that reads the page ignores. A task on the built HTML sees the classes the site's generator gives (MkDocs with attr_list,
 * kramdown's IALs); a task on the Markdown itself sees those its markdown filter's attr_list gives.
 */
export function pyspellingIgnoredSpans(tree: Root, source: string, path: string, site: SiteInfo | undefined, root: string): Span[] {
  const config = pyspellingConfig(root);
  if (!config || config.ignoring.length === 0) return [];
  // A task on the built HTML reads every page; one on the Markdown the files its `sources` globs name, from the config's folder.
  const file = toPosix(relative(dirname(config.path), path));
  return config.ignoring.flatMap((task) => {
    if (!task.html && !readsFile(task)(file)) return [];
    const syntax = task.html ? (site ? generatorOf(site).spanAttributes?.(site) : undefined) : task.attrList ? 'optional-colon' : undefined;
    return ignoredElementSpans(tree, source, task.ignores, syntax);
  });
}

/** A glob as pyspelling reads it from the folder it runs in: `./docs/*.md` is `docs/*.md`. */
const fromConfigFolder = (glob: string): string => glob.replace(/^(?:\.\/)+/, '');

/** Whether a task on the Markdown reads a file (its path from the config's folder); its globs compiled once, not per page. */
const readers = new WeakMap<IgnoringTask, (file: string) => boolean>();
function readsFile(task: IgnoringTask): (file: string) => boolean {
  let reads = readers.get(task);
  if (!reads) {
    const included = picomatch(task.sources.map(fromConfigFolder));
    const excluded = task.excluded.length > 0 ? picomatch(task.excluded.map(fromConfigFolder)) : () => false;
    reads = (file) => included(file) && !excluded(file);
    readers.set(task, reads);
  }
  return reads;
}

/**
 * One notice a site whose pyspelling config postlint read only in part: a word list it names that cannot
 * be read (pyspelling would stop there; its words are not the site's), or ignored selectors postlint cannot
 * match against Markdown (their elements are checked).
 */
export function pyspellingNotices(files: readonly FileFindings[]): Notice[] {
  const roots = new Set<string>();
  for (const file of files) {
    const root = (file.note as {root?: unknown} | undefined)?.root;
    if (typeof root === 'string') roots.add(root);
  }
  const notices: Notice[] = [];
  for (const site of roots) {
    const config = pyspellingConfig(site);
    if (!config || (config.missing.length === 0 && config.unsupported.length === 0 && config.fromTop.length === 0)) continue;
    const parts = [
      config.fromTop.length > 0 ? `its word list${config.fromTop.length === 1 ? '' : 's'} ${config.fromTop.join(', ')} ${config.fromTop.length === 1 ? 'was' : 'were'} read from the repository's top, not the config's folder (pyspelling opens them from the folder it runs in, as a CI step \`pyspelling -c <config>\` runs it there)` : '',
      config.missing.length > 0 ? `its word list${config.missing.length === 1 ? '' : 's'} ${config.missing.join(', ')} could not be read, so ${config.missing.length === 1 ? 'its' : 'their'} words are not the site's` : '',
      config.unsupported.length > 0 ? `its ignored selector${config.unsupported.length === 1 ? '' : 's'} ${config.unsupported.map((each) => `\`${each}\``).join(', ')} ${config.unsupported.length === 1 ? 'is' : 'are'} not matched (only element names, classes and ids are), so ${config.unsupported.length === 1 ? 'its elements are' : 'their elements are'} checked` : '',
    ].filter(Boolean);
    const whole = config.missing.length === 0 && config.unsupported.length === 0;
    notices.push({
      site,
      kind: 'pyspelling',
      rule: 'spelling',
      withheld: 0,
      total: config.missing.length + config.unsupported.length + config.fromTop.length,
      message: `pyspelling config ${config.path} read${whole ? '' : ' in part'}: ${parts.join('; ')}`,
      hint: whole ? 'its words are the site\'s all the same' : 'fix the word list paths (relative to the folder pyspelling runs in: the config\'s, or the repository\'s top); write an ignored element as a name, a class or an id to have postlint skip it too',
    });
  }
  return notices;
}
