import {extname, relative} from 'node:path';
import {toPosix} from '../paths.js';
import type {LinkFact} from '../facts.js';

/**
 * The model guard: when a large share of a site's links of one shape fail to resolve AND something
 * shows how the build reads them otherwise, postlint's model of that site is probably wrong there
 * (a build that serves pages as folders, a base path, ids made by another slugger or a
 * preprocessor), not hundreds of links broken. Such a group is withheld: its links become
 * unverifiable with one reason, and the run says so once per site and class. A group that fails
 * wholesale with nothing to explain it is the site's own mistake, made many times, and is
 * reported; so are a few failures among many successes of the same shape (a renamed heading, a
 * missing image). How the groups, thresholds and explanations were chosen: docs/internals.md
 * ("The model guard").
 */

/** A group is withheld only with at least this many failing links… */
export const minFailures = 10;
/**
 * …that are at least this share of the group's links that resolved either way (where the model was
 * wrong in rounds 5 and 6 the share was 100 %)…
 */
export const minShare = 0.75;
/** …and name at least this many different targets (one renamed heading linked from many pages is one mistake, not a model)… */
export const minDistinct = 3;
/**
 * …and, where the group's shape alone does not show an unmodelled build, at least this share of
 * its failures resolve under one other reading (`readings`): that reading is the evidence.
 */
export const minExplained = 0.5;

/**
 * Other ways a build may read a link that does not resolve as postlint models it, each the
 * evidence of one systematic rewrite: the words say what the reading does.
 */
export const readings = {
  'page-folder': 'when read from the page\'s own URL (`a/page.md` served as `a/page/`)',
  'parent-folder': 'when read from the folder above the page\'s',
  extension: 'with another extension, or as a folder\'s index page',
  'content-root': 'when read from a content folder, the site folder or the repository root',
  'base-path': 'without their first path segment (a base path)',
  'page-relative': 'when read relative to the page',
  'source-folder': 'when read from a folder that holds the linking page (the site\'s pages are in a source folder postlint does not know of)',
} as const;
export type Reading = keyof typeof readings;

/** A fragment whose form no heading of the site gets as its id: the shape itself is the evidence. */
export const foreignForm = 'foreign-form';
/** A fragment that is an id another slugger gives a heading of its page (`flavor:github`). */
export const flavorReading = (name: string): string => `flavor:${name}`;

/** What the guard withholds of one class. */
export type GuardClass = 'links' | 'anchors';

/** One link as the guard weighs it: its group, whether it resolved, and what it names. */
export interface GuardSample {
  group: string;
  failed: boolean;
  /** The target as written (path and fragment): distinct targets count, not repeats. */
  target: string;
  /** For a failure: the other readings under which it resolves (`readings`, `flavor:<name>`, `foreign-form`). */
  explained?: string[];
  /**
   * For a failure, instead of `explained`: works them out when asked. `decide` asks only for the
   * failures of a group that passes the count thresholds, so a site whose failures are few and
   * scattered (most sites) tries no other reading at all.
   */
  explain?: () => string[];
}

/** One sample as a file contributes it: the site and list it counts in (see `SiteIndex.guardSamples`). */
export interface FileGuardSample extends GuardSample {
  site: string;
  list: 'links' | 'anchors' | 'forms' | 'pages';
  /** For `forms` and `pages`: the fragment's shape-wide group (a withheld shape covers it). */
  shape?: string;
  /** For `pages`: whether the fragment is of a form the target's flavor never makes. */
  foreign?: boolean;
}

/** A withheld group of one site. */
export interface GuardedGroup {
  site: string;
  guardClass: GuardClass;
  group: string;
  /** Words for the group ("links like `page.md`"). */
  shape: string;
  failures: number;
  total: number;
  /** `12 of 14 links written like …`: the counts in words. */
  counts: string;
  /** Why postlint thinks its model is wrong there: the evidence. */
  because: string;
  /** The reason each withheld link carries. */
  reason: string;
}

/** The sentence for a site's withheld groups of one class: their counts, and why (groups with the same evidence together). */
export function sentence(groups: GuardedGroup[]): string {
  const verb = groups[0]?.guardClass === 'anchors' ? 'match no id postlint knows' : 'do not resolve';
  const byEvidence = new Map<string, string[]>();
  for (const group of groups) byEvidence.set(group.because, [...(byEvidence.get(group.because) ?? []), group.counts]);
  return `${[...byEvidence].map(([because, counts]) => `${counts.join('; ')} ${verb}: ${because}`).join('; ')}; left unverifiable`;
}

const imageExtension = /\.(png|jpe?g|gif|svg|webp|avif|ico|bmp)$/i;

/** The extension class of a written path: `md`, `html`, `folder`, `none` or `file`. */
function extensionClass(written: string): string {
  if (written.endsWith('/')) return 'folder';
  const ext = extname(written.replace(/[?#].*$/, '')).toLowerCase();
  if (ext === '') return 'none';
  if (/^\.(md|mdx|markdown)$/.test(ext)) return 'md';
  if (/^\.html?$/.test(ext)) return 'html';
  return 'file';
}

/** How a path is written: from the site root, up out of the page's folder, or beside it. */
function formOf(written: string, siteRoot: boolean): string {
  if (siteRoot) return 'root';
  return written.startsWith('../') ? 'parent' : 'relative';
}

/** What a link is, as far as its shape goes: an image, a generator syntax, or a link. */
function kindOf(link: LinkFact, written: string): string {
  if (link.kind === 'image' || link.syntax === 'figure' || (link.kind === 'html' && imageExtension.test(written))) return 'image';
  if (link.kind === 'shortcode') return `syntax:${link.syntax ?? 'ref'}`;
  return 'link';
}

/** The group of a file link: kind, form and extension (`link|relative|md`). */
export function fileGroup(link: LinkFact, written: string, siteRoot: boolean): string {
  return `${kindOf(link, written)}|${formOf(written, siteRoot)}|${extensionClass(written)}`;
}

/** The shape-wide group of a fragment link: into the page itself, or into another page by its path's form and extension. */
export function fragmentGroup(written: string, siteRoot: boolean): string {
  return written === '' ? 'fragment|same-page' : `fragment|${formOf(written, siteRoot)}|${extensionClass(written)}`;
}

/**
 * The id-form group of a fragment its target's slug flavor can never make from a heading (slugging
 * it changes it: `#r-macro.decl.scope`, `#SPEC_RELATIVE` where ids are lower case): such ids come
 * from explicit ids or from something that writes them (a preprocessor, a layout).
 */
export const foreignGroup = 'fragment-form|foreign';

/** The per-page group of a fragment link: fragments into one target page. */
export function pageGroup(target: string): string {
  return `page|${target}`;
}

/** Words for a group, for the reason and the notice. */
function describe(group: string, site: string): string {
  const [kind, form, ext] = group.split('|');
  if (kind === 'page') return `fragments into ${toPosix(relative(site, form!)) || form}`;
  if (kind === 'fragment-form') return 'fragments of a form no heading of this site gets as its id';
  if (kind === 'fragment') {
    if (form === 'same-page') return 'fragments into the same page (`#x`)';
    return `fragments into other pages written like ${example(form!, ext!)}#x\``;
  }
  const what = kind === 'image' ? 'images' : kind!.startsWith('syntax:') ? `\`${kind!.slice('syntax:'.length)}\` links` : 'links';
  return `${what} written like ${example(form!, ext!)}\``;
}

function example(form: string, ext: string): string {
  const start = form === 'root' ? '`/' : form === 'parent' ? '`../' : '`';
  const name = ext === 'md' ? 'page.md' : ext === 'html' ? 'page.html' : ext === 'folder' ? 'folder/' : ext === 'none' ? 'page' : 'name.ext';
  return `${start}${name}`;
}

/**
 * Words for the evidence a reading gives. Other sluggers are alternatives postlint compares with
 * the one it uses: when several explain as many failures, the words name them as several (the
 * first by name alone would read as the site's generator), and say that postlint's own does not.
 */
function evidence(reading: string, explained: number, failures: number, tiedFlavors: readonly string[]): string {
  const share = explained === failures ? 'all of them' : `${explained} of them`;
  if (reading === foreignForm) return 'no heading of this site gets such an id';
  if (reading.startsWith('flavor:')) {
    const names = tiedFlavors.length > 0 ? tiedFlavors : [reading.slice('flavor:'.length)];
    if (names.length === 1) return `${share} are the ids ${names[0]}'s slugger (one postlint compares with the one it uses here) gives headings of those pages`;
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    return `${share} are the ids ${names.length} other sluggers postlint compares with the one it uses here give headings of those pages (${shown} alike)`;
  }
  return `${share} resolve ${readings[reading as Reading] ?? reading}`;
}

/** The reading that explains most failures of a group (ties: the first by name), with its count. */
function bestReading(explained: Map<string, number>): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const [reading, count] of [...explained].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (!best || count > best[1]) best = [reading, count];
  return best;
}

/** The other sluggers that explain as many failures as the best reading, by name (empty when the best is no slugger). */
function tiedFlavors(explained: Map<string, number>, best: [string, number]): string[] {
  if (!best[0].startsWith('flavor:')) return [];
  return [...explained].filter(([reading, count]) => reading.startsWith('flavor:') && count === best[1]).map(([reading]) => reading.slice('flavor:'.length)).sort();
}

/**
 * The withheld groups of one site and class from its samples: at least `minFailures` failing
 * links, `minShare` of the group failing, `minDistinct` different failing targets, and evidence
 * that the model is what is wrong: with `shapeIsEvidence` the group's shape is (fragments of a
 * form no heading gets), else one other reading must resolve `minExplained` of its failures.
 * Without evidence the failures are the site's, and stay reported.
 */
export function decide(site: string, guardClass: GuardClass, samples: Iterable<GuardSample>, configFile: string | undefined, shapeIsEvidence = false): GuardedGroup[] {
  const groups = new Map<string, {failures: GuardSample[]; total: number; targets: Set<string>}>();
  for (const sample of samples) {
    let group = groups.get(sample.group);
    if (!group) groups.set(sample.group, (group = {failures: [], total: 0, targets: new Set()}));
    group.total++;
    if (sample.failed) {
      group.failures.push(sample);
      group.targets.add(sample.target);
    }
  }
  const found: GuardedGroup[] = [];
  for (const [group, {failures: failed, total, targets}] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const failures = failed.length;
    if (failures < minFailures || failures / total < minShare || targets.size < minDistinct) continue;
    // The evidence, only for a group the counts alone would withhold (bestReading and tiedFlavors sort: order is no matter).
    const explained = new Map<string, number>();
    if (!shapeIsEvidence) for (const sample of failed) for (const reading of new Set(sample.explained ?? sample.explain?.() ?? [])) explained.set(reading, (explained.get(reading) ?? 0) + 1);
    const best = shapeIsEvidence ? ([foreignForm, failures] as [string, number]) : bestReading(explained);
    if (!best || best[1] < failures * minExplained) continue;
    const shape = describe(group, site);
    // Without a config postlint models no generator here: say so, as that is often what it lacks.
    const config = configFile ? ` (its build is set up in ${toPosix(relative(site, configFile)) || configFile})` : ' (postlint found no generator config for this site)';
    const counts = `${failures} of ${total} ${shape}`;
    const because = guardClass === 'anchors'
      ? `${evidence(best[0], best[1], failures, shapeIsEvidence ? [] : tiedFlavors(explained, best))}, so the site's build probably makes those ids in a way postlint does not model${config}`
      : `${evidence(best[0], best[1], failures, [])}, so the site's build probably reads them in a way postlint does not model${config}`;
    const entry: Omit<GuardedGroup, 'reason'> = {site, guardClass, group, shape, failures, total, counts, because};
    found.push({...entry, reason: sentence([entry as GuardedGroup])});
  }
  return found;
}
