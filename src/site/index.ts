import {readdirSync, statSync} from 'node:fs';
import {hiddenBodyFrom, hiddenBodyReason} from '../hidden-body.js';
import {escapeRegExp} from '../links/patterns.js';
import {readSmallFile, readSmallFileIfAny} from '../read-text.js';
import {keptRanges} from './include-part.js';
import {pastedShows, type Pasted} from './include-fills.js';
import {defines, forgetPastedLabels, labelsOfFile, ownDefinition} from './pasted-labels.js';
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path';
import {toPosix} from '../paths.js';
import type {FileFacts, HeadingFact, IdPrefixFact, IncludeFact, IncludeKind, LinkFact} from '../facts.js';
import {siteFor, type SiteInfo} from './detect.js';
import {fieldsOnly, readFrontMatterFromText, type FrontMatter} from '../frontmatter.js';
import {basePathOf, indexFileNames, isPageUrl, staticRoots, withoutBasePath} from './files.js';
import {templateIds} from './template-ids.js';
import {layoutWritesAfterContent} from './layout-after-content.js';
import {ShownPages} from './shown-pages.js';
import {addAnchorJsIds, anchorJsUse, hasIdlessHeadings} from './anchorjs.js';
import {addTocifyIds, tocifyUse} from './tocify.js';
import {netlifyHtmlPath} from './netlify-html-paths.js';
import {asGeneratorReads, forgetFileReads, generatorOf} from './generators/index.js';
import {readFrontMatterDataSync} from './generators/common.js';
import type {LinkRequest, PageFrontMatter, ResolveContext, Resolution, ShownIn} from './generators/types.js';
import type {FlavorChoice, LayoutFile, LayoutIncludes} from './generators/types.js';
import type {PostlintConfig} from '../config.js';
import {chooseFlavor} from './flavor.js';
import {caseOnlyUnverifiable} from './netlify-case.js';
import {flavor, flavorNames} from './slug/index.js';
import {computedIdPattern, documentIds, fragmentForms, hasUncertainIds, type IdTarget} from './anchors.js';
import {unknownTabSlugify} from './tab-ids.js';
import {isGithubLineAnchor} from './slug/github.js';
import {BuildOutput, outputCandidates} from './build-output.js';
import {danglingTarget, installedReason} from './dangling-links.js';
import {buildScripts, copiedIntoOutputReason, copiedIntoServedReason, generatedReason, navigationReason, throughCopies} from './build-scripts.js';
import {outputPlaces} from './output-places.js';
import {sharedHostReason} from './gh-pages-deploys.js';
import {otherRepositoryFolder, userSiteReason} from './gh-pages-user-site.js';
import {fromRepositoryRoot} from './repository-root.js';
import {hostRules, rulesFor} from './hosting-redirects.js';
import type {ServedSite} from './nginx-redirects.js';
import {heldBack, type PublishProblem} from '../publish.js';
import {folderKey} from '../file-stamp.js';
import {isBelow} from '../paths.js';
import {decide, fileGroup, flavorReading, foreignGroup, fragmentGroup, pageGroup, type FileGuardSample, type GuardClass, type GuardedGroup, type GuardSample, type Reading} from './guard.js';
import {gitRoot, isWithin} from '../ignore-files.js';
import {projectTop} from './project-top.js';
import {isForgeDocument} from './forge-documents.js';
import {isForgeTemplate} from './forge-documents.js';
import {literalEscapeReason} from './literal-escapes.js';
import {feedFileAt} from './feed-plugins.js';
import {neverBuiltReason, pageFolders} from './never-built.js';
import {ownPluginToken, templateToken} from './template-token.js';
import {nearMissHint} from '../closest.js';

/** What decides whether a post is published. */
export interface PublishInfo {
  frontMatter: Omit<FrontMatter, 'error'> | undefined;
  site: SiteInfo | undefined;
}

/** What a local link leads to on disk. */
export type FileLookup = Resolution;

/** One link of a file, resolved once through its site's generator. */
export interface ResolvedLink {
  link: LinkFact;
  /** The path part as written (decoded, no query or fragment); empty for `#frag` alone. */
  written: string;
  /** Written from the site root (or as an absolute URL under the site's base URL). */
  siteRoot: boolean;
  resolution: Resolution;
  /** The fragment, as written and decoded, when the link has one. */
  fragment?: {written: string; decoded: string};
}

/** Whether a resolved link's fragment names an id in its target page. */
export type FragmentVerdict =
  | {status: 'ok'; target: IdTarget}
  /** `#`, `#top`, a text fragment: the page itself. */
  | {status: 'top'}
  | {status: 'missing'; known: string[]}
  /** The target's ids are not all known (includes, shortcodes, a heading hook). */
  | {status: 'unverifiable'; reason: string; known: string[]};

/** What the index needs from the run's configuration. */
export interface SiteIndexOptions {
  config?: PostlintConfig;
  /** Site-root folders configured for a file (no-missing-files' `staticRoots`), relative to its site root. */
  staticRootsFor?: (path: string) => string[] | undefined;
  /** The config's `root`, for files outside every site. */
  fallbackRoot?: string;
  /** Where postlint runs: without a git repository, ignore files are read up to here (as discovery does). */
  cwd?: string;
  /**
   * Keep, for each file, the folders inside these whose listings its links' resolution read (the
   * phase-2 cache's keys). Folders above them (where the project lives: /home, /tmp) change for
   * reasons of their own and decide nothing but links out of the project.
   */
  recordReadsUnder?: string[];
}

/** The link kinds the link rules judge (front-matter URLs and the like are not the guard's business). */
const guardedKinds = new Set<LinkFact['kind']>(['link', 'image', 'definition', 'html', 'shortcode', 'autolink']);

/** One withheld link, for --verbose. */
export interface WithheldLink {
  file: string;
  line: number;
  column: number;
  url: string;
}

/** What the model guard decided for the whole index (see src/site/guard.ts). */
interface GuardState {
  /** Site root → group → withheld group, for file links and for fragments. */
  links: Map<string, Map<string, GuardedGroup>>;
  anchors: Map<string, Map<string, GuardedGroup>>;
  groups: GuardedGroup[];
}

const indexNames = ['index.md', '_index.md', 'README.md', 'index.markdown', 'readme.md'];

/**
 * The site-wide index built in phase 2 from every file's facts. Everything cross-file asks it;
 * rules never touch the file system themselves.
 */
/** One include's reading of what it pastes: each file read once (what no cycle cut under it), and a bound on reads. */
interface PasteReading {
  page: string;
  kind: IncludeKind;
  depth: number;
  memo: Map<string, Pasted>;
  reads: number;
}

/** Files one include may read through its nested includes before postlint abstains (filled: unverifiable). */
const pastedFilesRead = 500;

export class SiteIndex {
  readonly files = new Map<string, FileFacts>();
  readonly sites = new Map<string, SiteInfo | undefined>();
  private readonly outside = new Map<string, Promise<PublishInfo | undefined>>();
  private readonly dirCache = new Map<string, {exact: Set<string>; folded: Map<string, string>} | null>();
  private readonly folderCache = new Map<string, boolean>();
  private readonly rootsCache = new Map<string, string[]>();

  private readonly resolvedCache = new Map<string, ResolvedLink[]>();
  /** The links as the rules see them: the resolution with the guard's withheld groups made unverifiable. */
  private readonly guardedCache = new Map<string, ResolvedLink[]>();
  private guardState: GuardState | undefined;
  /** Guard samples a cache holds for unchanged files (`presetGuardSamples`). */
  private readonly presetSamples = new Map<string, FileGuardSample[]>();
  /** With `recordReads`: the folders each file's resolution listed or looked into, and their stamps when first read. */
  private readonly reads = new Map<string, Set<string>>();
  private readonly reading: Array<Set<string>> = [];
  private readonly folderStamps = new Map<string, string>();

  /**
   * Renewed whenever the set of pages or a page's front matter changes: what generators derive
   * from every page at once (a URL map) is keyed by it, so it is built again after such a change.
   */
  private epoch: object = {};

  private readonly buildOutput: BuildOutput;

  constructor(facts: Iterable<FileFacts>, sites: Map<string, SiteInfo | undefined>, private readonly options: SiteIndexOptions = {}) {
    for (const fact of facts) this.files.set(fact.path, fact);
    this.sites = sites;
    this.buildOutput = new BuildOutput(options.cwd ?? process.cwd());
  }

  /**
   * Replace one file's facts (an edit in an editor, a file changed or created on disk) without
   * building the index again. Says what changed for the files that link to it:
   * - `body`: nothing another file can see (its ids, front matter and existence are the same);
   * - `ids`: its headings or ids, so links into it need their fragments checked again;
   * - `shape`: the file is new, or its front matter changed (URLs, publish state): any link may resolve differently.
   */
  update(facts: FileFacts, site: SiteInfo | undefined): FileChange {
    const before = this.files.get(facts.path);
    this.files.set(facts.path, facts);
    this.sites.set(facts.path, site);
    const change: FileChange = !before || visibleShape(before) !== visibleShape(facts) ? 'shape' : visibleIds(before) !== visibleIds(facts) ? 'ids' : 'body';
    this.forget(facts.path, change);
    return change;
  }

  /** A file deleted (or no longer part of the run): links into it resolve again. */
  remove(path: string): FileChange | undefined {
    if (!this.files.delete(path)) return undefined;
    this.sites.delete(path);
    this.forget(path, 'shape');
    return 'shape';
  }

  /** Drop what was worked out from a file's old facts; a change of shape drops every resolution. */
  private forget(path: string, change: FileChange): void {
    this.resolvedCache.delete(path);
    // The guard weighs the whole site: any change may move a group over or under its thresholds.
    this.guardState = undefined;
    this.guardedCache.clear();
    // A file's samples depend on its targets too: what a cache said of them no longer holds.
    this.presetSamples.clear();
    this.outside.delete(path);
    this.diskFrontMatterCache.delete(path);
    // Ids of a page include those of the files it includes, and carry their headings' lines (which
    // a `body` change may move): cheap to work out again, on demand.
    this.idsCache.clear();
    this.layoutIdsCache.clear();
    // A page's front matter (`type`, `layout`) picks its layout.
    this.layoutFilesCache.clear();
    this.includesCache.clear();
    this.layoutIncludesCache.clear();
    this.unreadCache = undefined;
    this.keptCache.clear();
    this.lineStartsCache.clear();
    this.otherIdsCache.clear();
    this.fragmentCache.clear();
    this.includedFiles = undefined;
    this.hiddenBodies.clear();
    this.pastedCache = undefined;
    this.pastingPagesCache = undefined;
    this.renderingCache = undefined;
    forgetPastedLabels();
    // What generators read from the site's files (a chapter's new `{{#x}}`, an edited SUMMARY.md).
    forgetFileReads();
    this.shown.clear();
    this.htmlIdsCache.clear();
    // A page's permalink names the first folder of its URL.
    this.siteTopsCache.clear();
    if (change === 'shape') {
      this.resolvedCache.clear();
      // A new file may be in a new folder: listings (and which paths are folders) are read again when asked.
      this.dirCache.clear();
      this.folderCache.clear();
      this.epoch = {};
    }
  }

  /**
   * The files a file's page depends on: the targets of its resolved links and what those pages
   * include (their ids are part of the target page). Its own includes are its own facts.
   */
  dependencies(from: string): Set<string> {
    const found = new Set<string>();
    // Before the guard: it only makes failures unverifiable, and it reads every file (not `from`'s dependencies).
    for (const {resolution} of this.rawResolved(from)) {
      const target = resolution.status === 'found' ? resolution.path : resolution.status === 'case' ? resolution.real : undefined;
      if (!target || found.has(target)) continue;
      found.add(target);
      this.addIncludes(target, found);
      // Files the target's layout writes into it (`readFile … | markdownify`): their ids are its.
      for (const entry of this.layoutFilesOf(target)) if ('path' in entry && !found.has(entry.path)) found.add(entry.path);
      // A page postlint does not parse that shows files of the run has their ids (see `shownIn`).
      if (!this.files.has(target)) for (const shown of this.shown.shownOn(target)) found.add(shown);
    }
    this.addIncludes(from, found);
    return found;
  }

  private addIncludes(file: string, found: Set<string>): void {
    for (const {included} of this.includesOf(file)) {
      if (!included || found.has(included)) continue;
      found.add(included);
      this.addIncludes(included, found);
    }
  }

  facts(path: string): FileFacts | undefined {
    return this.files.get(path);
  }

  site(path: string): SiteInfo | undefined {
    return this.sites.get(path);
  }

  /**
   * Resolve a link's path part (already decoded, no query or fragment) written in `from`
   * to a document: the file itself, `dir/` to its index file, or a path without extension.
   */
  resolveDocument(from: string, target: string): string | undefined {
    const absolute = target.startsWith('/') ? this.fromSiteRoot(from, target) : resolve(dirname(from), target);
    if (absolute === undefined) return undefined;
    const candidates = target.endsWith('/') || this.isDirectory(absolute)
      ? this.folderIndexNames(from).map((name) => join(absolute, name))
      : [absolute, ...(extname(absolute) ? [] : ['.md', '.markdown'].map((ext) => absolute + ext))];
    return candidates.find((candidate) => this.files.has(candidate) || this.exists(candidate));
  }

  /**
   * A Markdown file's front matter and site, for deciding whether it is published: from its facts
   * when it is part of this run, else read from disk once (a pre-commit run on one changed post
   * still knows that the post it links to is a draft).
   */
  publishInfo(path: string): Promise<PublishInfo | undefined> {
    const facts = this.files.get(path);
    if (facts) return Promise.resolve({frontMatter: facts.frontMatter, site: this.site(path)});
    let info = this.outside.get(path);
    if (!info) {
      info = (async () => {
        if (!/\.(md|markdown)$/i.test(path)) return undefined;
        let text: string;
        try {
          text = readSmallFile(path);
        } catch {
          return undefined;
        }
        const site = await siteFor(dirname(path));
        const generator = generatorOf(site);
        const frontMatter = asGeneratorReads(await readFrontMatterFromText(text, generator.frontMatterEngines?.(site), generator.title, generator.introFrontMatter === true), site);
        const {error: _ignored, ...rest} = frontMatter ?? {error: undefined};
        return {frontMatter: frontMatter && !frontMatter.error ? (rest as Omit<FrontMatter, 'error'>) : undefined, site};
      })();
      this.outside.set(path, info);
    }
    return info;
  }

  /**
   * Every link of a file, resolved once through its generator (cached), as the rules judge it: a
   * link in a group the model guard withholds is unverifiable, with the group's reason.
   */
  resolved(from: string): ResolvedLink[] {
    if (!this.guardOn()) return this.rawResolved(from);
    let list = this.guardedCache.get(from);
    if (!list) {
      const groups = this.guard().links.get(this.siteKey(from));
      const raw = this.rawResolved(from);
      list = !groups || groups.size === 0 ? raw : raw.map((resolved) => {
        const group = this.withheldFileGroup(resolved, groups);
        // The evidence excuses only the links it reads: one that no other reading finds either stays reported (a missing image among them).
        if (!group || this.otherReadings(from, resolved).length === 0) return resolved;
        return {...resolved, resolution: {status: 'unverifiable' as const, reason: group.reason}};
      });
      this.guardedCache.set(from, list);
    }
    return list;
  }

  /** Is the model guard on (a cache keeps its samples only then)? */
  guardEnabled(): boolean {
    return this.guardOn();
  }

  /** The model guard is on unless the config's `site.guard` is false. */
  private guardOn(): boolean {
    const site = this.options.config?.site;
    return !(site && typeof site === 'object' && site.guard === false);
  }

  private siteKey(path: string): string {
    return this.site(path)?.root ?? '';
  }

  private withheldFileGroup(resolved: ResolvedLink, groups: Map<string, GuardedGroup>): GuardedGroup | undefined {
    const {link, written, siteRoot, resolution} = resolved;
    if ((resolution.status !== 'missing' && resolution.status !== 'no-index') || written === '' || !guardedKinds.has(link.kind)) return undefined;
    return groups.get(fileGroup(link, written, siteRoot));
  }

  private withheldFragmentGroup(resolved: ResolvedLink, target: string, known: string[]): GuardedGroup | undefined {
    const groups = this.guard().anchors.get(this.siteKey(target));
    if (!groups || groups.size === 0 || !guardedKinds.has(resolved.link.kind)) return undefined;
    if (this.nearMiss(target, resolved.fragment?.decoded ?? '', known)) return undefined;
    // The form-wide and per-page groups hold only fragments of a form no heading gets.
    const foreign = this.foreignId(target, resolved.fragment?.decoded ?? '');
    return groups.get(fragmentGroup(resolved.written, resolved.siteRoot)) ?? (foreign ? groups.get(foreignGroup) ?? groups.get(pageGroup(target)) : undefined);
  }

  /**
   * The model guard over every file of the index (the whole site, whatever the run reports on, so
   * that --changed, workers, the caches and the language server decide alike).
   */
  private guard(): GuardState {
    if (this.guardState) return this.guardState;
    // Fragments are grouped by shape, and those of a foreign form also site-wide and by target page; a page
    // counts only for failures no withheld shape covers. A shape and a link group need evidence from
    // another reading (another folder, extension or slugger); a foreign form is its own evidence.
    type Samples = {links: GuardSample[]; anchors: GuardSample[]; forms: Array<GuardSample & {shape: string}>; pages: Array<GuardSample & {shape: string; foreign: boolean}>};
    const samples = new Map<string, Samples>();
    const of = (site: string): Samples => {
      let entry = samples.get(site);
      if (!entry) samples.set(site, (entry = {links: [], anchors: [], forms: [], pages: []}));
      return entry;
    };
    // Without a phase-2 cache to key on the folders the other readings look in, a failure's readings are tried only if its group is weighed (guard.ts `decide`).
    const later = !this.options.recordReadsUnder;
    for (const from of [...this.files.keys()].sort()) {
      for (const {site, list, group, failed, target, shape, foreign, explained, explain} of this.presetSamples.get(from) ?? this.samplesOf(from, later)) {
        if (list === 'links' || list === 'anchors') of(site)[list].push({group, failed, target, ...(explained ? {explained} : {}), ...(explain ? {explain} : {})});
        else if (list === 'forms') of(site).forms.push({group, failed, target, shape: shape ?? ''});
        else of(site).pages.push({group, failed, target, shape: shape ?? '', foreign: foreign === true});
      }
    }
    const state: GuardState = {links: new Map(), anchors: new Map(), groups: []};
    for (const site of [...samples.keys()].sort()) {
      const entry = samples.get(site)!;
      const configFile = [...this.sites.values()].find((info) => info?.root === site)?.configFile;
      const links = decide(site, 'links', entry.links, configFile);
      const shapes = decide(site, 'anchors', entry.anchors, configFile);
      const withheldShapes = new Set(shapes.map((group) => group.group));
      const forms = decide(site, 'anchors', entry.forms.filter((sample) => !withheldShapes.has(sample.shape)), configFile, true);
      const foreignWithheld = forms.length > 0;
      const pages = decide(site, 'anchors', entry.pages.filter((sample) => sample.foreign && !withheldShapes.has(sample.shape) && !foreignWithheld), configFile, true);
      for (const [guardClass, decided] of [['links', links], ['anchors', [...shapes, ...forms, ...pages]]] as Array<[GuardClass, GuardedGroup[]]>) {
        if (decided.length === 0) continue;
        state[guardClass].set(site, new Map(decided.map((group) => [group.group, group])));
        state.groups.push(...decided);
      }
    }
    this.guardState = state;
    return state;
  }

  /**
   * What one file contributes to the model guard: a sample for each of its links the guard weighs,
   * with the site and list it counts in (a fragment counts in its target's site). It depends on what
   * the file's link findings depend on (its links, its targets' ids and existence, the folders looked
   * in), so the phase-2 cache keeps it with them.
   */
  guardSamples(from: string): FileGuardSample[] {
    return this.samplesOf(from, false);
  }

  /** A file's samples; with `later`, a failure's other readings are a function to call when its group is weighed. */
  private samplesOf(from: string, later: boolean): FileGuardSample[] {
    const found: FileGuardSample[] = [];
    const site = this.siteKey(from);
    for (const resolved of this.rawResolved(from)) {
      const {link, written, siteRoot, resolution} = resolved;
      if (!guardedKinds.has(link.kind)) continue;
      const status = resolution.status;
      if (written !== '' && (status === 'found' || status === 'missing' || status === 'no-index')) {
        const group = fileGroup(link, written, siteRoot);
        if (status !== 'found' && later) found.push({site, list: 'links', group, failed: true, target: written, explain: () => this.otherReadings(from, resolved)});
        else {
          const explained = status === 'found' ? [] : this.otherReadings(from, resolved);
          found.push({site, list: 'links', group, failed: status !== 'found', target: written, ...(explained.length > 0 ? {explained} : {})});
        }
      }
      if (status !== 'found' || resolved.fragment === undefined) continue;
      const verdict = this.rawFragmentVerdict(resolved);
      if (verdict?.status !== 'ok' && verdict?.status !== 'missing') continue;
      const failed = verdict.status === 'missing';
      // A near miss (`#Setup` where the page has `setup`) is the writer's slip, never a sign of an unmodelled id maker.
      if (failed && this.nearMiss(resolution.path, resolved.fragment.decoded, verdict.known)) continue;
      const target = `${resolution.path}#${resolved.fragment.decoded}`;
      const targetSite = this.siteKey(resolution.path);
      const foreign = this.foreignId(resolution.path, resolved.fragment.decoded);
      const shape = fragmentGroup(written, siteRoot);
      // A shape's evidence is another slugger; a foreign form is evidence only for its own groups below.
      const fragment = resolved.fragment;
      if (failed && later) found.push({site: targetSite, list: 'anchors', group: shape, failed, target, explain: () => this.otherFlavors(resolution.path, fragment)});
      else {
        const explained = failed ? this.otherFlavors(resolution.path, fragment) : [];
        found.push({site: targetSite, list: 'anchors', group: shape, failed, target, ...(explained.length > 0 ? {explained} : {})});
      }
      if (!foreign) continue;
      found.push({site: targetSite, list: 'forms', group: foreignGroup, failed, target, shape});
      found.push({site: targetSite, list: 'pages', group: pageGroup(resolution.path), failed, target, shape, foreign});
    }
    return found;
  }

  /**
   * Other readings (guard.ts `readings`) under which a link that does not resolve as postlint models
   * it names a file: the evidence the guard asks for before it blames the model for a group's
   * failures. The folders looked into count as the file's reads (the phase-2 cache keys on them).
   */
  private otherReadings(from: string, resolved: ResolvedLink): Reading[] {
    return this.readingFor(from, () => {
      const {written, siteRoot} = resolved;
      const folder = written.endsWith('/');
      const names = (absolute: string): boolean => this.namesFile(absolute, folder, from);
      const found: Reading[] = [];
      const pageFolder = dirname(from);
      const roots = this.readingRoots(from);
      if (!siteRoot) {
        const stem = basename(from).replace(/\.[^.]+$/, '');
        if (!indexNames.includes(basename(from)) && names(resolve(pageFolder, stem, written))) found.push('page-folder');
        if (names(resolve(dirname(pageFolder), written))) found.push('parent-folder');
        if (otherExtensions(resolve(pageFolder, written)).some((candidate) => this.namesFile(candidate, false, from))) found.push('extension');
        if (roots.some((root) => names(join(root, written)))) found.push('content-root');
        return found;
      }
      const bare = written.replace(/^\/+/, '');
      const site = this.site(from);
      const never = site ? generatorOf(site).readingsNever?.(site, {siteRoot, kind: resolved.link.kind}) ?? [] : [];
      if (roots.some((root) => names(join(root, bare)))) found.push('content-root');
      const rest = bare.split('/').slice(1).join('/');
      // Below a base path, a page URL names its source as `extension` reads it (`/base/guide/x/` → `guide/x.md`).
      if (rest !== '' && roots.some((root) => names(join(root, rest)) || otherExtensions(join(root, rest)).some((candidate) => this.namesFile(candidate, false, from)))) found.push('base-path');
      if (bare !== '' && names(resolve(pageFolder, bare))) found.push('page-relative');
      // From a folder above the page, below the site folder: the pages' source folder, set where postlint cannot read it.
      if (bare !== '' && this.sourceFolderCandidates(from).some((folder) => names(join(folder, bare)))) found.push('source-folder');
      if (bare !== '' && roots.some((root) => otherExtensions(join(root, bare)).some((candidate) => this.namesFile(candidate, false, from)))) found.push('extension');
      // A reading the site's build never makes (Hugo never reads `/x.md` from the page's folder) is no evidence.
      return found.filter((reading) => !never.includes(reading));
    });
  }

  /**
   * The folders that hold a page between it and its site's folder (the page's own, not the site's):
   * where a source folder the model does not know of may be (`src/` of a VitePress site whose
   * srcDir postlint could not read). None for a page of no site.
   */
  private sourceFolderCandidates(from: string): string[] {
    const site = this.site(from);
    if (!site) return [];
    const folders: string[] = [];
    for (let folder = dirname(from); folder !== site.root && isBelow(folder, site.root); folder = dirname(folder)) folders.push(folder);
    return folders;
  }

  /** Where another reading looks for a path from the top: the content and static folders, the site folder, the repository root. */
  private readingRoots(from: string): string[] {
    const site = this.site(from);
    const roots = [...(site ? generatorOf(site).contentRoots(site) : []), ...this.rootsFor(from), ...(site ? [site.root] : [])];
    const folder = dirname(from);
    if (!this.repositoryRoots.has(folder)) this.repositoryRoots.set(folder, gitRoot(folder));
    const repository = this.repositoryRoots.get(folder);
    if (repository) roots.push(repository);
    return [...new Set(roots)];
  }

  private readonly repositoryRoots = new Map<string, string | undefined>();

  /** Does the path name a file: itself, a folder's index, or a Markdown file without its extension? */
  private namesFile(absolute: string, folder: boolean, from: string): boolean {
    if (this.findExact(absolute, folder, from)?.status === 'found') return true;
    return !folder && extname(absolute) === '' && this.firstExisting(['.md', '.markdown', '.mdx'].map((ext) => absolute + ext)) !== undefined;
  }

  private readonly otherIdsCache = new Map<string, Map<string, IdTarget>>();

  /** The other sluggers (`flavor:<name>`) that give a heading of the target the fragment as its id. */
  private otherFlavors(target: string, fragment: {written: string; decoded: string}): string[] {
    const facts = this.files.get(target);
    if (!facts) return [];
    const own = this.flavorFor(target).name;
    const forms = fragmentForms(fragment.written, fragment.decoded);
    const found: string[] = [];
    for (const name of flavorNames) {
      if (name === own) continue;
      const key = `${target}\0${name}`;
      const ids = this.otherIdsCache.get(key) ?? documentIds(facts, flavor(name), {});
      this.otherIdsCache.set(key, ids);
      if (forms.some((form) => ids.has(form))) found.push(flavorReading(name));
    }
    return found;
  }

  /**
   * A file's guard samples as a cache kept them, where the cache knows they still hold: the guard
   * then needs no resolution of that file. Any change to the index drops them all.
   */
  presetGuardSamples(from: string, samples: FileGuardSample[]): void {
    if (this.files.has(from)) this.presetSamples.set(from, samples);
  }

  /**
   * What the model guard decided, as a cache kept it, where the cache knows every file's samples
   * are the ones that decision was made from (src/phase2-cache.ts): the guard then reads no sample.
   * Any change to the index drops it, as it drops a decision worked out here.
   */
  presetGuard(groups: readonly GuardedGroup[]): void {
    if (this.guardState) return;
    const state: GuardState = {links: new Map(), anchors: new Map(), groups: [...groups]};
    for (const group of groups) {
      let bySite = state[group.guardClass].get(group.site);
      if (!bySite) state[group.guardClass].set(group.site, (bySite = new Map()));
      bySite.set(group.group, group);
    }
    this.guardState = state;
  }

  /**
   * A fragment written wrong for a heading that is there: its slug is an id the target has (`#Setup` for
   * `setup`), it differs from one in letter case only (`#suspense` where a site's slugify keeps the
   * heading's `Suspense`), or it is the leading words of one (`#orca` for the heading "Orca 8.27.4",
   * id `orca-8274`: the writer linked the heading by its name and the heading says more). Either way
   * the ids are the ones postlint models, so such misses never count as a sign of an unmodelled id maker.
   */
  private nearMiss(target: string, fragment: string, known: string[]): boolean {
    const slug = this.freshSlug(target, fragment);
    if (slug !== fragment && known.includes(slug)) return true;
    const lower = fragment.toLowerCase();
    if (known.some((id) => id.toLowerCase() === lower)) return true;
    return slug !== '' && known.some((id) => id.startsWith(`${slug}-`));
  }

  /**
   * Is this fragment of a form the target's slug flavor never makes from a heading (slugging it
   * changes more than its letter case: `#r-items.use` where ids have no dots)? Letter case alone is
   * a writer's slip (`#Setup`, GitHub's `#L30C`), not another id maker.
   */
  private foreignId(target: string, fragment: string): boolean {
    const lower = fragment.toLowerCase();
    return this.freshSlug(target, lower) !== lower;
  }

  private readonly freshSlugs = new Map<string, string>();

  /**
   * The id the target's slug flavor gives a heading of this text on a page of no other heading (a
   * new slugger: nothing taken), worked out once a site and text: the guard asks it of every
   * fragment, and many links name the same one. The flavor is the site's (`flavorFor`), kept as long.
   */
  private freshSlug(target: string, text: string): string {
    const key = `${this.siteKey(target)}\0${text}`;
    let slug = this.freshSlugs.get(key);
    if (slug === undefined) {
      const choice = this.flavorFor(target);
      this.freshSlugs.set(key, (slug = flavor(choice.name).create(choice.options).slug(text)));
    }
    return slug;
  }

  /** The groups the model guard withholds, in a stable order (empty with `site.guard: false`). */
  guarded(): GuardedGroup[] {
    return this.guardOn() ? this.guard().groups : [];
  }

  /** One string for what the guard decided: a cache keyed on it re-checks every file when it changes. */
  guardKey(): string {
    return this.guarded().map((group) => `${group.site}\0${group.guardClass}\0${group.group}\0${group.failures}\0${group.total}`).join('\n');
  }

  /** The links a withheld group holds, in file and line order (for --verbose). */
  withheldLinks(group: GuardedGroup, among?: Iterable<string>): WithheldLink[] {
    const found: WithheldLink[] = [];
    for (const from of among ? [...among].sort() : [...this.files.keys()].sort()) {
      for (const resolved of this.rawResolved(from)) {
        const {link, resolution} = resolved;
        let held: GuardedGroup | undefined;
        if (group.guardClass === 'links') {
          held = this.siteKey(from) === group.site ? this.withheldFileGroup(resolved, this.guard().links.get(group.site) ?? new Map()) : undefined;
        } else if (resolution.status === 'found' && this.siteKey(resolution.path) === group.site) {
          const verdict = this.rawFragmentVerdict(resolved);
          if (verdict?.status === 'missing') held = this.withheldFragmentGroup(resolved, resolution.path, verdict.known);
        }
        if (held === group) found.push({file: from, line: link.line, column: link.column, url: link.url});
      }
    }
    return found;
  }

  /** Every link of a file, resolved once through its generator (cached), before the guard. */
  private rawResolved(from: string): ResolvedLink[] {
    let list = this.resolvedCache.get(from);
    if (!list) {
      list = this.readingFor(from, () => (this.files.get(from)?.links ?? []).flatMap((link) => {
        // `[text][label](P2C)` where a pasted file defines `label`: a reference link and text, not a link to `P2C`.
        // So is one the page defines itself on a line our parser read as paragraph text (under an include tag: fix26a's pasted definitions).
        if (link.pastedLabel !== undefined && (ownDefinition(from, link.pastedLabel) || this.pastedDefines(from, link.pastedLabel))) return [];
        const resolved = this.resolveLink(from, link);
        return resolved ? [resolved] : [];
      }));
      this.resolvedCache.set(from, list);
    }
    return list;
  }

  /**
   * Does a file pasted into `file` before conversion (the generator's `pastes`), or one pasted into
   * that, define the reference label (src/site/pasted-labels.ts)? An include that resolves to no file,
   * or a file that cannot be read, may define anything: yes.
   */
  private pastedDefines(file: string, label: string): boolean {
    return this.anyPasted(file, (included) => {
      const labels = included === undefined ? undefined : labelsOfFile(included);
      return labels === undefined || defines(labels, label);
    });
  }

  /**
   * Does `test` hold for a file pasted into `file` before conversion (the generator's `pastes`), or
   * for one pasted into that, each file tried once? `undefined`: an include that resolves to no file.
   */
  private anyPasted(file: string, test: (included: string | undefined) => boolean, seen = new Set([file])): boolean {
    const pastes = generatorOf(this.site(file)).pastes ?? [];
    return this.includesOf(file).some(({include, included}) => {
      if (!convertedWithPage(include, pastes)) return false;
      if (included === undefined) return test(undefined);
      if (seen.has(included)) return false;
      seen.add(included);
      return test(included) || this.anyPasted(included, test, seen);
    });
  }

  /**
   * The folders whose contents decided how `from`'s links (and what its targets include) resolve,
   * each with its entries' key from before it was first read this run (src/file-stamp.ts): a file
   * added, removed or renamed in one of them changes it. Only with `recordReadsUnder`.
   */
  folderReads(from: string): Map<string, string> {
    this.readingFor(from, () => this.dependencies(from));
    return new Map([...(this.reads.get(from) ?? [])].map((dir) => [dir, this.folderStamp(dir)]));
  }

  /** Run `work` with the folders it reads counted as `from`'s. */
  private readingFor<T>(from: string, work: () => T): T {
    if (!this.options.recordReadsUnder) return work();
    let set = this.reads.get(from);
    if (!set) this.reads.set(from, (set = new Set()));
    this.reading.push(set);
    try {
      return work();
    } finally {
      this.reading.pop();
    }
  }

  /** A folder is read (listed, or a path in it stat'ed): its entries' key is taken first, once a run. */
  private noteFolder(dir: string): void {
    const under = this.options.recordReadsUnder;
    if (!under || !under.some((top) => dir === top || dir.startsWith(top.endsWith(sep) ? top : top + sep))) return;
    if (!this.folderStamps.has(dir)) this.folderStamps.set(dir, folderKey(dir));
    for (const set of this.reading) set.add(dir);
  }

  private folderStamp(dir: string): string {
    let stamp = this.folderStamps.get(dir);
    if (stamp === undefined) this.folderStamps.set(dir, (stamp = folderKey(dir)));
    return stamp;
  }

  /** Static roots for site-root paths in `from`: postlint's `staticRoots` option, else the generator's. */
  rootsFor(from: string): string[] {
    const site = this.site(from);
    const configured = this.options.staticRootsFor?.(from);
    // Asked for every link; the answer depends only on the site and the configured roots.
    const key = `${site?.root ?? ''}\0${site?.generator ?? ''}\0${configured ? configured.join('\0') : '\u0001'}`;
    let roots = this.rootsCache.get(key);
    if (!roots) this.rootsCache.set(key, (roots = staticRoots(site, configured, this.options.fallbackRoot)));
    return roots;
  }

  /**
   * Resolve one link through the generator of its file's site: to a file, to "missing", or to
   * "unverifiable" with a reason. Undefined for what is not a link to resolve (front-matter URLs,
   * empty destinations, other sites' URLs).
   */
  resolveLink(from: string, link: LinkFact): ResolvedLink | undefined {
    if (link.kind === 'frontmatter') return undefined;
    const site = this.site(from);
    const generator = generatorOf(site);
    if (link.kind === 'shortcode') {
      const syntax = generator.linkSyntaxes.find((candidate) => candidate.name === link.syntax) ?? (link.syntax === undefined ? generator.linkSyntaxes.find((candidate) => candidate.name === 'ref') : undefined);
      if (!syntax) return {link, written: link.url, siteRoot: false, resolution: {status: 'unverifiable', reason: 'a link syntax this site\'s generator does not have'}};
      const {path, fragment} = splitTarget(link.url);
      // The site's own template may write a file syntax's value otherwise (`.Get "src" | relURL`: from the site's root).
      const written = syntax.names === 'file' && site ? generator.syntaxUrl?.(syntax.name, link.url, site, from) : undefined;
      if (written && 'reason' in written) return {link, written: link.url, siteRoot: false, resolution: {status: 'unverifiable', reason: written.reason}};
      if (written && 'file' in written) return {link, written: path, siteRoot: false, resolution: {status: 'found', path: written.file}};
      if (written) return this.resolveUrl(from, {...link, kind: 'image', url: written.url});
      // A file syntax (`figure` src) is read like an image; a URL syntax (`{{ site.baseurl }}/x`) like a site-root link.
      if (syntax.names === 'file' || syntax.names === 'url') return this.resolveUrl(from, {...link, kind: syntax.names === 'file' ? 'image' : 'link', url: syntax.names === 'url' && !link.url.startsWith('/') ? `/${link.url}` : link.url});
      const request: LinkRequest = {path, siteRoot: path.startsWith('/'), folder: path.endsWith('/'), kind: link.kind, syntax: syntax.name};
      const context = this.context(from);
      let resolution = generator.resolveSyntax(request, context);
      if (resolution.status === 'missing' && syntax.failsBuild) resolution = {...resolution, failsBuild: true};
      return {link, written: path, siteRoot: request.siteRoot, resolution: this.asServed(from, this.asBuilt(resolution, request, context.site), context), ...(fragment !== undefined ? {fragment} : {})};
    }
    return this.resolveUrl(from, link);
  }

  /** Why a link between a shortcode's tags is not the page's as written: the first pair around it whose template transforms the text. */
  private shortcodeRewrite(link: LinkFact, from: string, url: string): string | undefined {
    if (link.inShortcodes === undefined) return undefined;
    const site = this.site(from);
    const generator = site ? generatorOf(site) : undefined;
    if (!site || !generator?.shortcodeInnerReason) return undefined;
    for (const {name, call} of link.inShortcodes) {
      const reason = generator.shortcodeInnerReason(name, call, site, url);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }

  private resolveUrl(from: string, link: LinkFact): ResolvedLink | undefined {
    const site = this.site(from);
    const generator = generatorOf(site);
    let url = link.url.trim();
    if (url === '') return undefined;
    // An absolute URL under the site's base URL (phase 1 marks them for the link checker): the path below the base, from the site root.
    const own = site && /^https?:\/\//i.test(url) ? belowBase(url, generator.baseUrl(site)) : undefined;
    if (own !== undefined) url = own;
    else if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
    const {path: rawPath, fragment} = splitTarget(url);
    const withFragment = fragment !== undefined ? {fragment} : {};
    // Template code (`#{{ rule.tag }}` in a Liquid loop, `${base}/x`) makes the URL, its fragment included: only the build knows it.
    if (/\{\{|\{%|\$\{/.test(url)) return {link, written: url, siteRoot: false, resolution: {status: 'unverifiable', reason: 'template code makes this URL'}};
    // A `{@name@}`/`%name%` token no URL holds, on a site whose own Markdown plugin may replace it (template-token.ts).
    const token = ownPluginToken(url, site, generator);
    if (token) {
      // A token only in the fragment leaves the path as written: a file missing under it is missing whatever the plugin puts after `#`.
      const beforeHash = url.slice(0, Math.max(url.indexOf('#'), 0));
      const bare = beforeHash !== '' && templateToken(beforeHash) === undefined ? this.resolveUrl(from, {...link, url: beforeHash}) : undefined;
      if (bare?.resolution.status === 'missing') return bare;
      return {link, written: url, siteRoot: false, resolution: token};
    }
    // A tool's own fixed link form (all-contributors' `#<type>-<login>`): the tool rewrites it on every update.
    if (link.madeBy !== undefined) return {link, written: '', siteRoot: false, resolution: {status: 'unverifiable', reason: `${link.madeBy} writes this link in its own form, to an id no page defines; it rewrites the table on every update`}};
    // In a site's own paired shortcode's body (`{% codeToHtml %}…`), the text is what the shortcode's code makes of it.
    if (link.inTagBody !== undefined) return {link, written: url, siteRoot: url.startsWith('/'), resolution: {status: 'unverifiable', reason: `written in the body of the site's own paired shortcode {% ${link.inTagBody} %}, which its code turns into what it likes (a code sample, say): no link postlint can judge`}};
    // In a Liquid capture output through a text-editing filter, each use writes another link.
    if (link.inRewrittenCapture !== undefined) return {link, written: url, siteRoot: url.startsWith('/'), resolution: {status: 'unverifiable', reason: `written in a Liquid {% capture %} the page outputs as ${link.inRewrittenCapture}, which edits the text: each use links somewhere else, and only the build knows where`}};
    // Between a Hugo shortcode's tags, the text is what its template makes of it: a template that edits it writes other links.
    const rewritten = this.shortcodeRewrite(link, from, url);
    if (rewritten !== undefined) return {link, written: url, siteRoot: url.startsWith('/'), resolution: {status: 'unverifiable', reason: rewritten}};
    // In a file only pasted into pages, `#x` is a place on the page it is pasted into (whose ids include its own);
    // in a file a page's template code shows, a place on that page.
    if (url.startsWith('#')) {
      const shown = this.shownIn(from);
      if (shown && 'unknown' in shown) return {link, written: '', siteRoot: false, resolution: {status: 'unverifiable', reason: shown.unknown}, ...withFragment};
      const page = shown?.page ?? this.pagePasting(from, url.slice(1)) ?? this.pageRendering(from, url.slice(1));
      const unread = page === undefined && !this.isPage(from) ? this.unreadAssembly(from) : undefined;
      if (unread) return {link, written: '', siteRoot: false, resolution: {status: 'unverifiable', reason: unread}, ...withFragment};
      return {link, written: '', siteRoot: false, resolution: {status: 'found', path: page ?? from}, ...withFragment};
    }
    if (url.startsWith('?')) return undefined;
    if (rawPath === '') return undefined;
    if (own === undefined && this.isIssueTemplate(from)) {
      const reason = 'GitHub fills a new issue or pull request with this template, where a link resolves against the issue\'s own address (…/issues/new), not the template\'s folder: which file it means, only its author knows';
      return {link, written: rawPath, siteRoot: rawPath.startsWith('/'), resolution: {status: 'unverifiable', reason}, ...withFragment};
    }
    const context = this.context(from);
    if (rawPath.startsWith('/')) {
      const base = site ? basePathOf(generator.baseUrl(site)) : '';
      // An absolute URL of the site is already the path below its base (belowBase): it is never outside it.
      const path = own !== undefined ? rawPath : withoutBasePath(rawPath, base);
      const outside = own === undefined && base !== '' && path === rawPath ? {outsideBase: base} : {};
      const request: LinkRequest = {path, siteRoot: true, folder: path.endsWith('/'), kind: link.kind, ...outside};
      const fromSource = generator.resolveSiteRoot(request, context);
      const siteReading = this.onUserPagesHost(this.onSharedHost(this.asBuilt(this.askedOfHost(link.kind, site, true) ? this.viaHost([rawPath, path], fromSource, context) : fromSource, request, context.site), context.site), request, context);
      // A file the site never builds (a README beside its docs) is read on GitHub, from the repository root.
      const resolution = own === undefined && this.isRepositoryFile(from) ? fromRepositoryRoot({...request, path: rawPath}, siteReading, context, resolve(this.options.cwd ?? process.cwd())) : siteReading;
      return {link, written: rawPath, siteRoot: true, resolution: this.asServed(from, resolution, context), ...withFragment};
    }
    const request: LinkRequest = {path: rawPath, siteRoot: false, folder: rawPath.endsWith('/'), kind: link.kind, ...(link.element ? {element: link.element} : {})};
    const built = this.asBuilt(this.resolveRelative(request, context), request, context.site);
    let resolution = this.pastedRelative(from, request) ?? this.shownRelative(from, request) ?? this.pastedPageRelative(from, request, this.askedOfHost(link.kind, site, false) ? this.viaHostRelative(from, rawPath, built, context) : built);
    // In a partial a layout may put on pages in template code postlint does not read, a missing target may be there from the page's URL.
    const unread = resolution.status === 'missing' && this.pagesPasting(from).length === 0 && !this.isPage(from) ? this.unreadAssembly(from) : undefined;
    if (unread) resolution = {status: 'unverifiable', reason: unread};
    // GitHub shows a folder without a README as its listing: in a file no site builds (a README beside the docs, or outside any site),
    // or a file GitHub shows by itself (a README) where the generator's build is not modelled, a link to a folder that exists is fine.
    if (resolution.status === 'no-index' && (!site || this.isRepositoryFile(from) || this.forgeShownUnmodelled(from))) resolution = {status: 'found', path: resolution.path};
    // GitHub reads a repository file's relative link from the file's folder: a missing one is missing there, whatever
    // candidate the generator's reading tried last (a Hugo static/ path is no place GitHub looks).
    if (resolution.status === 'missing' && !resolution.failsBuild && site && this.isRepositoryFile(from)) resolution = {status: 'missing', path: resolve(dirname(from), rawPath)};
    return {link, written: rawPath, siteRoot: false, resolution: this.asServed(from, resolution, context), ...withFragment};
  }

  private pastedCache: Map<string, string[]> | undefined;
  private pastingPagesCache: Map<string, string[]> | undefined;

  /**
   * The pages whose text `path`'s text is pasted into before they are parsed (pymdownx.snippets,
   * mdBook `{{#include}}`: the generator's `pastes`), when `path` is no page of its own; through a
   * file that is itself only pasted, the pages that paste that one. Empty for everything else.
   */
  pagesPasting(path: string): string[] {
    if (!this.pastedCache) this.readPastes();
    return this.pastedCache!.get(path) ?? [];
  }

  /**
   * The page a `#fragment` in a file pasted into pages is read on: the first page. Where a page's layout assembles
   * it from a front-matter list (layoutIncludes), each page that lists it asks for the part as it is: the first page
   * that lacks the id (the link is broken there), else the first.
   */
  private pagePasting(from: string, fragment: string): string | undefined {
    const hosts = this.pagesPasting(from);
    if (hosts.length < 2 || !hosts.some((host) => (this.layoutMade(host)?.includes.length ?? 0) > 0)) return hosts[0];
    const id = decodedFragment(fragment);
    return hosts.find((host) => !this.ids(host).ids.has(id)) ?? hosts[0];
  }

  private renderingCache: Map<string, string[]> | undefined;

  /**
   * The page a `#fragment` in a file that is no page of its own means, when pages render it as part of theirs (a
   * Docusaurus partial `_part.mdx` a doc imports and writes as `<Part />`: importedOnly): the link is a place on the page
   * showing it, whose ids hold the partial's headings and its own. Of several, the first that lacks the id (the link is
   * broken there), else the first; undefined for a page, or a file no page renders.
   */
  private pageRendering(from: string, fragment: string): string | undefined {
    const site = this.site(from);
    if (this.isPage(from) && !(site !== undefined && generatorOf(site).importedOnly?.(from, site) === true)) return undefined;
    this.renderingCache ??= this.readRendering();
    const hosts = this.renderingCache.get(from) ?? [];
    const id = decodedFragment(fragment);
    return hosts.find((host) => !this.ids(host).ids.has(id)) ?? hosts[0];
  }

  /** The pages that render each file of the run through their includes (any kind), through files that are no pages themselves. */
  private readRendering(): Map<string, string[]> {
    const direct = new Map<string, string[]>();
    for (const [file, facts] of this.files) {
      for (const include of this.includeFacts(file)) {
        const included = this.resolveInclude(file, include);
        if (!included || included === file || !this.files.has(included)) continue;
        direct.set(included, [...new Set([...(direct.get(included) ?? []), file])]);
      }
    }
    const pages = (file: string, seen: Set<string>): string[] => (direct.get(file) ?? []).flatMap((host) => {
      if (seen.has(host)) return [];
      seen.add(host);
      return this.isPage(host) ? [host] : pages(host, seen);
    });
    const rendering = new Map<string, string[]>();
    for (const file of direct.keys()) rendering.set(file, [...new Set(pages(file, new Set([file])))].sort());
    return rendering;
  }

  /** The same for a file that is also a page of its own (a snippet MkDocs builds too, unless `exclude_docs` leaves it out). */
  private pagesPastingPage(path: string): string[] {
    if (!this.pastingPagesCache) this.readPastes();
    return this.pastingPagesCache!.get(path) ?? [];
  }

  private readPastes(): void {
    const direct = new Map<string, string[]>();
    for (const [file, facts] of this.files) {
      const generator = generatorOf(this.site(file));
      for (const include of this.includeFacts(file)) {
        if (!generator.pastes?.includes(include.kind) || include.keepsLinks) continue;
        const included = this.resolveInclude(file, include);
        if (!included || included === file) continue;
        const list = direct.get(included) ?? [];
        if (!list.includes(file)) list.push(file);
        direct.set(included, list);
      }
    }
    const pages = (file: string, seen: Set<string>): string[] => (direct.get(file) ?? []).flatMap((host) => {
      if (seen.has(host)) return [];
      seen.add(host);
      return this.isPage(host) ? [host] : pages(host, seen);
    });
    this.pastedCache = new Map();
    this.pastingPagesCache = new Map();
    for (const file of direct.keys()) (this.isPage(file) ? this.pastingPagesCache : this.pastedCache).set(file, [...new Set(pages(file, new Set([file])))].sort());
  }

  /**
   * A relative link in a file only pasted into pages is read from each page it lands on: the
   * first page where it fails decides (it is broken there), else the first page's target.
   */
  private pastedRelative(from: string, request: LinkRequest): Resolution | undefined {
    const hosts = this.pagesPasting(from);
    if (hosts.length === 0) return undefined;
    const each = this.readFromHosts(hosts, request);
    return each.find((resolution) => resolution.status !== 'found') ?? each[0];
  }

  /**
   * A snippet that is also a page of its own is read from its own place; but a relative link that
   * fails only there, and leads to a file from every page that pastes the snippet in, is written for
   * those pages (where readers meet it): changing it would break them, so it is unverifiable. One
   * that fails from its own place and from a page that pastes it in is broken.
   */
  private pastedPageRelative(from: string, request: LinkRequest, own: Resolution): Resolution {
    if (own.status !== 'missing' && own.status !== 'case' && own.status !== 'no-index') return own;
    const hosts = this.pagesPastingPage(from);
    if (hosts.length === 0) return own;
    const each = this.readFromHosts(hosts, request);
    if (!each.every((resolution) => resolution.status === 'found')) return own;
    const top = this.site(from)?.root ?? dirname(from);
    const shown = hosts.slice(0, 2).map((host) => toPosix(relative(top, host))).join(', ') + (hosts.length > 2 ? ` and ${hosts.length - 2} more` : '');
    return {status: 'unverifiable', reason: `this file is also pasted into ${shown} (a snippet), where the link leads to a file; it fails only on the file's own page, and changing it would break the pages that paste it in`};
  }

  /** A relative link read from each page that pastes its file in. */
  private readFromHosts(hosts: readonly string[], request: LinkRequest): Resolution[] {
    return hosts.map((host) => {
      const context = this.context(host);
      return this.asBuilt(this.resolveRelative(request, context), request, context.site);
    });
  }

  private readonly shown = new ShownPages(this);

  /** Where a file that is no page of its own is shown (shown-pages.ts). */
  shownIn(path: string): ShownIn | undefined {
    return this.shown.shownIn(path);
  }

  /** A relative link in a file a page shows is read from that page's URL. */
  private shownRelative(from: string, request: LinkRequest): Resolution | undefined {
    const reading = this.shown.relativeContext(from, this.context(from));
    if (!reading) return undefined;
    if ('resolution' in reading) return reading.resolution;
    return this.asBuilt(this.resolveRelative(request, reading.context), request, reading.context.site);
  }

  /** A relative path: the file beside the linking file, then the generator's own readings. */
  private resolveRelative(request: LinkRequest, context: ResolveContext): Resolution {
    const generator = generatorOf(context.site);
    // `@theme/x.css`, `~/x`: a bundler's alias (Vite, webpack), which only its config resolves.
    // A generator may own such a prefix (Zola's `@/page.md`), so it is asked first.
    if (/^[@~][\w-]*\//.test(request.path)) return generator.resolveRelative(request, context) ?? {status: 'unverifiable', reason: 'a bundler alias'};
    const looked = generator.resolveFileLink?.(request, context);
    if (looked) return looked;
    if (generator.resolvePageUrl && isPageUrl(request.path)) {
      const page = generator.resolvePageUrl(request, context);
      if (page) return page;
    }
    const absolute = resolve(dirname(context.from), request.path);
    const exact = this.findExact(absolute, request.folder, context.from);
    if (exact?.status === 'found') return exact;
    const withExtension = extname(absolute) || request.folder ? [] : ['.md', '.markdown'].map((ext) => absolute + ext);
    // `./team` next to both team.md and a team/ folder without an index is the page.
    const document = this.firstExisting(withExtension);
    if (document) return {status: 'found', path: document};
    const own = generator.resolveRelative(request, context);
    if (own) return own;
    if (exact) return exact;
    for (const candidate of [absolute, ...withExtension]) {
      const real = this.caseVariant(candidate);
      if (real) return {status: 'case', path: candidate, real};
    }
    // An ALL_CAPS_TOKEN target is a placeholder a build script fills in (a translation banner's URL).
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(request.path)) return {status: 'unverifiable', reason: 'a placeholder a build script fills in'};
    const served = this.fromPageUrl(request, context);
    if (served && 'status' in served) return served;
    // A relative .html link with no file behind it may be a page the generator writes.
    if (/\.(html?|php)$/i.test(absolute)) {
      const source = this.firstExisting(['.md', '.markdown'].map((ext) => absolute.replace(/\.(html?|php)$/i, ext)));
      return source ? {status: 'found', path: source} : {status: 'unverifiable', reason: 'a page the generator may write'};
    }
    const pageUrl = served ?? (generator.resolvePageUrl && isPageUrl(request.path) ? this.pageUrlReading(request.path, context) : undefined);
    return {status: 'missing', path: absolute, ...(pageUrl ? {pageUrl} : {})};
  }

  /**
   * A relative link the generator leaves for the browser (readFromPageUrl: VitePress's links to
   * files), read as the site-root path the browser asks for from the page's URL (`./d3.js` on
   * `/guide/start` is `/guide/d3.js`): the public folder, a file the build emits or writes answers
   * it there. Missing there too, the URL looked for is given for the message.
   */
  private fromPageUrl(request: LinkRequest, context: ResolveContext): Resolution | {looked: string; page: string} | undefined {
    const site = context.site;
    const generator = generatorOf(site);
    if (!site || generator.readFromPageUrl?.(request, site) !== true) return undefined;
    const url = generator.pageUrl(context.from, site, context.frontMatterOf(context.from));
    if (url === undefined || !url.startsWith('/')) return undefined;
    let path: string;
    try {
      path = decodeURI(new URL(request.path, `http://site.invalid${url}`).pathname);
    } catch {
      return undefined;
    }
    const asked: LinkRequest = {path, siteRoot: true, folder: request.folder, kind: request.kind};
    const answer = this.asBuilt(generator.resolveSiteRoot(asked, context), asked, site);
    return answer.status === 'missing' ? {looked: path, page: url} : answer;
  }

  /**
   * The URL a relative page URL names when the browser reads it from its page's own URL, where that
   * is not the file's folder (`docs/a.md` served at `/docs/a/`: `./b/` is `/docs/a/b/`): what a
   * "missing" message names, since the path beside the file is not where it was looked for.
   */
  private pageUrlReading(path: string, context: ResolveContext): {looked: string; page: string} | undefined {
    const site = context.site;
    if (!site || /^(?:_?index|readme)\.[^/]*$/i.test(basename(context.from))) return undefined;
    const page = generatorOf(site).pageUrl(context.from, site, context.frontMatterOf(context.from));
    if (page === undefined || !page.endsWith('/') || !page.startsWith('/')) return undefined;
    try {
      // The path is decoded already: the URL's encoding of it is undone for the message.
      return {looked: decodeURI(new URL(path, `http://site${page}`).pathname), page};
    } catch {
      return undefined;
    }
  }

  /**
   * A target the checkout lacks under a path `.gitignore` leaves out (and git does not track) is
   * written by the build (a generated reference, typedoc output): unverifiable, not missing.
   */
  private asBuilt(resolution: Resolution, request: LinkRequest, site?: SiteInfo): Resolution {
    if (resolution.status !== 'missing' && resolution.status !== 'no-index') return resolution;
    // A feed file the site's feed plugin writes at build (feed-plugins.ts).
    const feed = site && request.siteRoot && resolution.status === 'missing' && !resolution.outsideBase ? feedFileAt(request.path, site) : undefined;
    if (feed) return feed;
    // A link written without the base path names a page the site has, below the base: the build makes nothing outside it.
    if (resolution.status === 'missing' && resolution.outsideBase) return resolution;
    const folder = request.folder || resolution.status === 'no-index';
    // A site-root path may be in any of the static roots it was looked for in.
    const paths = resolution.status === 'missing' && resolution.roots && resolution.roots.length > 0 && request.siteRoot
      ? resolution.roots.map((root) => join(root, request.path))
      : [resolution.path];
    if (resolution.status === 'missing') {
      // The folder listings the index keeps (read again after a change of shape), not a read per missing link.
      const literal = literalEscapeReason(paths, (dir) => this.listDir(dir)?.exact);
      if (literal) return {status: 'unverifiable', reason: literal};
    }
    const places = site ? outputPlaces(site) : undefined;
    // A page URL inside a content root may be a page source the build writes (`/api/x/` → `api/x.mdx`).
    const page = (path: string): boolean => places !== undefined && (!request.siteRoot || isPageUrl(request.path)) && places.contents.some((root) => isWithin(path, root));
    // A generator that lowers page paths serves `content/docs/Reference/` at `/docs/reference/`: the folders as the tree spells them.
    // A relative link read from the page's URL (`../reference/x/` from /docs/guide/) names that URL in each content root.
    const fromUrl = resolution.status === 'missing' && resolution.pageUrl && places ? places.contents.map((root) => join(root, resolution.pageUrl!.looked)) : [];
    const spelled = site && generatorOf(site).lowersPaths?.(site) === true ? [...paths, ...fromUrl].map((path) => this.treeSpelling(path, site.root)) : fromUrl;
    const candidates = [...new Set([...paths, ...spelled])].flatMap((path) => outputCandidates(path, folder, page(path)));
    // A folder a build script writes (a schema reference made before the build) is the build's too.
    const reason = this.buildOutput.reason(candidates, folder, places)
      ?? (site ? generatedReason(candidates, this.withBuildWrites(buildScripts(site.root), site), site.root) ?? (request.siteRoot ? navigationReason(request.path, site) : undefined) : undefined)
      // A build command that copies other output into the site's output folder: a site-root URL may be served from it.
      ?? (site && places && request.siteRoot ? copiedIntoOutputReason(request.path, buildScripts(site.root), places.outputs) : undefined)
      // A build command that copies a file into a content or static root (`cp …/d3.js docs/public/`).
      ?? (site && places ? copiedIntoServedReason(candidates, buildScripts(site.root), places.roots) : undefined);
    return reason ? {status: 'unverifiable', reason} : resolution;
  }

  /** Does the host see this link's path? Not a Markdown image the generator's bundler resolves from the source files at build time. */
  private askedOfHost(kind: LinkFact['kind'], site: SiteInfo | undefined, siteRoot: boolean): boolean {
    const atBuild = generatorOf(site).imagesAtBuild;
    return kind !== 'image' || atBuild === undefined || (siteRoot && !atBuild.siteRoot);
  }

  /** A site-root path the build does not make, on a host other deploys fill too (gh-pages-deploys.ts): unverifiable. */
  private onSharedHost(resolution: Resolution, site: SiteInfo | undefined): Resolution {
    if (!site || (resolution.status !== 'missing' && resolution.status !== 'no-index')) return resolution;
    const reason = sharedHostReason(site.root, generatorOf(site).buildOutput(site).map((output) => resolve(site.root, output)));
    return reason ? {status: 'unverifiable', reason, siteWide: true} : resolution;
  }

  /**
   * A site-root path nothing of the site answers, on a GitHub Pages user site (gh-pages-user-site.ts), under a first
   * folder the site neither has nor builds: the owner's other repositories' Pages sites are served there. Unverifiable,
   * said once per site; a path below a folder of the site, or a file at the root, stays missing.
   */
  private onUserPagesHost(resolution: Resolution, request: LinkRequest, context: ResolveContext): Resolution {
    const site = context.site;
    if (!site || resolution.status !== 'missing' || resolution.outsideBase) return resolution;
    const folder = otherRepositoryFolder(request.path);
    if (folder === undefined) return resolution;
    const generator = generatorOf(site);
    const reason = userSiteReason(site.root, generator.githubRepository?.(site), generator.baseUrl(site));
    if (reason === undefined || this.siteTops(site, context).has(folder.toLowerCase())) return resolution;
    return {status: 'unverifiable', reason, siteWide: true, counted: {one: 'site-root link under a folder the site does not have', many: 'site-root links under folders the site does not have'}};
  }

  private readonly siteTopsCache = new Map<string, Set<string>>();

  /**
   * The first path segments the site serves, in lower case: the names at the top of its folder, its static roots and its
   * output folders (with and without their extension, `about.md` being `/about/`), and the first segment of every page's URL.
   */
  private siteTops(site: SiteInfo, context: ResolveContext): Set<string> {
    const key = `${site.root}\0${context.roots.join('\0')}`;
    let tops = this.siteTopsCache.get(key);
    if (tops) return tops;
    const names = new Set<string>();
    const add = (name: string): void => {
      names.add(name.toLowerCase());
      names.add(name.slice(0, name.length - extname(name).length).toLowerCase());
    };
    const generator = generatorOf(site);
    const folders = [site.root, ...context.roots, ...generator.buildOutput(site).map((output) => resolve(site.root, output))];
    for (const folder of folders) for (const name of this.listDir(folder)?.exact ?? []) add(name);
    for (const file of this.files.keys()) {
      if (this.site(file)?.root !== site.root || !this.isPage(file)) continue;
      const first = generator.pageUrl(file, site, context.frontMatterOf(file))?.split('/')[1];
      if (first) add(decode(first));
    }
    this.siteTopsCache.set(key, (tops = names));
    return tops;
  }

  /**
   * A site-root path no page has may be answered by the site's host (firebase.json, Netlify, Vercel
   * redirects and rewrites, nginx's rewrite and return): a plain rule to a page of the site is followed there; any other rule
   * that answers it makes the link unverifiable, never "broken".
   */
  private viaHost(paths: string[], resolution: Resolution, context: ResolveContext, fallbacks = true): Resolution {
    const site = context.site;
    if (!site || (resolution.status !== 'missing' && resolution.status !== 'no-index')) return resolution;
    const published = [...context.roots, ...(generatorOf(site).copiedToOutput?.(site) ?? [])];
    const all = hostRules(site.root, published, servedSite(site), generatorOf(site).hostFileTemplates?.(site));
    const rules = fallbacks ? all : all.filter((rule) => !rule.catchAll);
    // No rule answers: Netlify may still serve the path from its `.html` file (netlify-html-paths.ts).
    const unanswered = (): Resolution => {
      const reason = netlifyHtmlPath(site, paths, published);
      return reason === undefined ? resolution : {status: 'unverifiable', reason};
    };
    if (rules.length === 0) return unanswered();
    const rule = paths.flatMap((path) => rulesFor(path, rules))[0];
    if (!rule) return unanswered();
    if (rule.conditional) return {status: 'unverifiable', reason: `${rule.file} answers it under conditions postlint does not evaluate (${rule.shown})`};
    if (rule.templated) return {status: 'unverifiable', reason: `${rule.file} has a rule its template code fills in that may answer it (${rule.shown}); postlint does not run the template`};
    if (rule.path === undefined) {
      // A pattern whose destination postlint can fill in (a Netlify splat) is followed like a plain rule.
      const filled = paths.map((path) => rule.expand?.(path)).find((destination) => destination !== undefined);
      const found = filled !== undefined ? this.hostDestination(filled, context) : undefined;
      // A server that answers with exactly this local path, which is no page: the link is as missing as before.
      if (!found && (rule.exact || rule.written) && filled?.startsWith('/') && !filled.startsWith('//') && rulesFor(filled, rules).length === 0) return resolution;
      return found ?? {status: 'unverifiable', reason: `${rule.file} has a rule that may answer it (${rule.shown})`};
    }
    const destination = rule.destination;
    if (destination === undefined) return {status: 'unverifiable', reason: `${rule.file} serves it from ${rule.shown.split(' → ')[1]}`};
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(destination)) {
      // Another host, or this site's own URL written in full.
      const own = belowBase(destination, generatorOf(site).baseUrl(site));
      if (own === undefined) return {status: 'unverifiable', reason: `${rule.file} redirects it to ${destination}`};
      return this.hostDestination(own, context) ?? {status: 'unverifiable', reason: `${rule.file} redirects it to ${destination}, which matches no page`};
    }
    const reached = this.hostDestination(destination, context);
    // A rule the site's build writes, read in full, to a local path no page or rule answers: the reader lands nowhere.
    if (!reached && rule.written && destination.startsWith('/') && rulesFor(destination, rules).length === 0) return resolution;
    return reached ?? {status: 'unverifiable', reason: `${rule.file} sends it to ${destination}, which matches no page`};
  }

  /**
   * A relative link no file answers is a request for the path the browser makes of it from the
   * page's URL (`../../contributing/` from `/blog/post/`), which the host's rules may answer too.
   */
  private viaHostRelative(from: string, rawPath: string, resolution: Resolution, context: ResolveContext): Resolution {
    const site = context.site;
    if (!site || (resolution.status !== 'missing' && resolution.status !== 'no-index')) return resolution;
    const generator = generatorOf(site);
    const url = generator.pageUrl(from, site, context.frontMatterOf(from));
    if (url === undefined || !url.startsWith('/')) return resolution;
    let path: string;
    try {
      path = decodeURI(new URL(rawPath, `http://site.invalid${url}`).pathname);
    } catch {
      return resolution;
    }
    const base = generator.baseUrl(site);
    const basePath = basePathOf(base);
    // A catch-all fallback (`/*  /index.html  200`) says nothing about where a relative link was meant to lead.
    return this.viaHost(basePath ? [`${basePath}${path}`, path] : [path], resolution, context, false);
  }

  /** A redirect's local destination, when it is a page or file of the site (one hop: its own redirects are not followed). */
  private hostDestination(destination: string, context: ResolveContext): Resolution | undefined {
    const site = context.site!;
    const generator = generatorOf(site);
    const {path: raw} = splitTarget(destination);
    if (!raw.startsWith('/') || /[*:]/.test(raw)) return undefined;
    const path = withoutBasePath(raw, generator.baseUrl(site));
    const found = generator.resolveSiteRoot({path, siteRoot: true, folder: path.endsWith('/'), kind: 'link'}, context);
    return found.status === 'found' ? found : undefined;
  }

  /**
   * A translation links to the page in its own language when its generator has one; a page the
   * generator reads but writes no file for (Eleventy `permalink: false`) cannot be linked to as a page.
   */
  private asServed(from: string, resolution: Resolution, context: ResolveContext): Resolution {
    // A file in other letter case on a host that may match paths regardless of case (Netlify): not judged.
    if (resolution.status === 'case' && context.site) {
      const reason = caseOnlyUnverifiable(context.site);
      if (reason) return {status: 'unverifiable', reason};
    }
    if (resolution.status !== 'found') return resolution;
    const dangling = this.files.has(resolution.path) ? undefined : this.throughDanglingLink(resolution.path, context.site);
    if (dangling) return dangling;
    const target = this.site(resolution.path);
    const unwritten = target && resolution.path !== from ? generatorOf(target).unwritten?.(resolution.path, target, context.frontMatterOf(resolution.path)) : undefined;
    if (unwritten) return {status: 'unverifiable', reason: unwritten};
    // A redirect page (an alias) leads to the one page it names, in whatever language.
    if (resolution.redirect !== undefined) return resolution;
    const translated = generatorOf(context.site).translationOf?.(from, resolution.path, context);
    return translated ? {status: 'found', path: translated} : resolution;
  }

  /**
   * A found file that is a symbolic link to nothing (dangling-links.ts): unverifiable when the build
   * or the package install writes what it leads to, else missing.
   */
  private throughDanglingLink(path: string, site: SiteInfo | undefined): Resolution | undefined {
    const target = danglingTarget(path);
    if (target === undefined) return undefined;
    // A link out of the project (an absolute path, a folder beside the checkout) leads to what that machine holds.
    const project = site ? (gitRoot(site.root) ?? projectTop(site.root) ?? site.root) : undefined;
    const outside = project !== undefined && !isWithin(target, project) ? 'it leads out of the project, to what only the machine that builds the site may hold' : undefined;
    const why = outside ?? this.buildOutput.linkTargetReason(path, target, site?.root)
      ?? (site ? generatedReason([target], buildScripts(site.root), site.root) : undefined)
      ?? installedReason(target);
    const top = site?.root ?? resolve(this.options.cwd ?? process.cwd());
    const shown = (file: string): string => (isWithin(file, project ?? top) ? toPosix(relative(top, file)) || '.' : file);
    if (!why) return {status: 'missing', path};
    return {status: 'unverifiable', reason: `${shown(path)} is a symbolic link to ${shown(target)}, which the checkout lacks: ${why}`};
  }

  private context(from: string): ResolveContext {
    const site = this.site(from);
    // Folders the build copies (`cp -R content/v2 content/latest`) are read through to what they copy.
    return site ? throughCopies(this.plainContext(from, site), () => buildScripts(site.root).copies) : this.plainContext(from, site);
  }

  private plainContext(from: string, site: SiteInfo | undefined): ResolveContext {
    return {
      site,
      from,
      roots: this.rootsFor(from),
      facts: (path) => this.files.get(path),
      files: () => this.files.keys(),
      firstExisting: (candidates) => this.firstExisting(candidates),
      findExact: (absolute, folder) => this.findExact(absolute, folder, from),
      realPath: (absolute) => this.realPath(absolute),
      isDirectory: (path) => this.isDirectory(path),
      frontMatterOf: (path) => this.files.get(path)?.frontMatter ?? this.diskFrontMatter(path),
      epoch: this.epoch,
    };
  }

  private readonly diskFrontMatterCache = new Map<string, PageFrontMatter>();

  /** Front matter of a Markdown file outside the run, read synchronously (permalinks, slugs). */
  private diskFrontMatter(path: string): PageFrontMatter {
    if (this.diskFrontMatterCache.has(path)) return this.diskFrontMatterCache.get(path);
    let result: PageFrontMatter;
    if (/\.(md|markdown|mdx)$/i.test(path)) {
      try {
        const data = readFrontMatterDataSync(readSmallFile(path), generatorOf(this.site(path)).introFrontMatter === true);
        if (data) result = asGeneratorReads(fieldsOnly(data), this.site(path));
      } catch {
        result = undefined;
      }
    }
    this.diskFrontMatterCache.set(path, result);
    return result;
  }

  /** The ids of a page, with the ids of the files it includes; `unknown` says why some may be missing, `prefixes` which are known by their start only. */
  ids(file: string): PageIds {
    const own = this.idsOf(file, new Set());
    const cached = this.layoutIdsCache.get(file);
    if (cached !== undefined) return cached ?? own;
    const rendered = this.files.has(file) ? this.layoutFilesOf(file) : [];
    if (rendered.length === 0) {
      this.layoutIdsCache.set(file, null);
      return own;
    }
    const ids = new Map(own.ids);
    let unknown = own.unknown;
    const prefixes = [...(own.prefixes ?? [])];
    const patterns = [...(own.patterns ?? [])];
    for (const entry of rendered) {
      if ('reason' in entry) {
        unknown ??= entry.reason;
        continue;
      }
      // A file the layout writes for some pages only (`{{ if … }}`): a link to one of its ids is unverifiable, not fine.
      const only = entry.only;
      const add = (id: string, value: IdTarget): void => {
        if (ids.has(id)) return;
        if (only === undefined) ids.set(id, value);
        else maybe.push(id);
      };
      const maybe: string[] = [];
      if (entry.as === 'html') {
        const html = this.htmlIds(entry.path);
        if (html) for (const id of html) add(id, {kind: 'html'});
      } else if (!this.files.has(entry.path)) {
        // A Markdown file rendered as a document of its own: its ids (numbered within it), not its own layout's.
        unknown ??= `its layout ${entry.by} writes in ${basename(entry.path)}, which is not part of this run and may hold that id`;
        continue;
      } else {
        const inner = entry.path === file ? own : this.idsOf(entry.path, new Set());
        for (const [key, value] of inner.ids) add(key, value);
        if (only === undefined) {
          unknown ??= inner.unknown;
          prefixes.push(...(inner.prefixes ?? []));
          patterns.push(...(inner.patterns ?? []));
        }
      }
      if (only !== undefined && maybe.length > 0) {
        patterns.push({test: new RegExp(`^(?:${maybe.map(escapeRegExp).join('|')})$`), reason: only});
      }
    }
    const result = {ids, ...(unknown ? {unknown} : {}), ...(prefixes.length > 0 ? {prefixes} : {}), ...(patterns.length > 0 ? {patterns} : {})};
    this.layoutIdsCache.set(file, result);
    return result;
  }

  /** Ids of pages whose layouts write files into them (`ids`), by page; null for a page whose layout writes none. */
  private readonly layoutIdsCache = new Map<string, PageIds | null>();

  /** The files a page's layout writes into it (the generator's `layoutFiles`: Hugo's `readFile … | markdownify`). */
  private layoutFilesOf(file: string): readonly LayoutFile[] {
    let found = this.layoutFilesCache.get(file);
    if (!found) {
      const site = this.site(file);
      found = site ? generatorOf(site).layoutFiles?.(file, site, this.files.get(file)?.frontMatter) ?? [] : [];
      this.layoutFilesCache.set(file, found);
    }
    return found;
  }

  private readonly layoutFilesCache = new Map<string, readonly LayoutFile[]>();

  private readonly idsCache = new Map<string, PageIds>();

  private idsOf(file: string, seen: Set<string>): PageIds {
    const cached = this.idsCache.get(file);
    if (cached) return cached;
    const facts = this.files.get(file);
    if (!facts) return {ids: new Map(), unknown: 'the page is not in this run'};
    const choice = this.flavorFor(file);
    // Files pasted in before Markdown runs (mdBook `{{#include}}`, pymdownx.snippets) are one document with the page:
    // their headings are numbered in the page's one sequence (`setup`, then `setup-1` from the second file).
    const includes = this.includesOf(file);
    const pasted = this.pastedHeadings(file, facts, new Set([file]));
    // A tab's set heading is named by its place among the page's own headings: moved to its place among the pasted ones.
    const tabs = pasted === facts.headings ? facts.tabs : facts.tabs?.map((tab) => (tab.under === undefined ? tab : {...tab, under: pasted.indexOf(facts.headings[tab.under]!)}));
    const ids = documentIds(pasted === facts.headings ? facts : {...facts, headings: pasted, ...(tabs ? {tabs} : {})}, flavor(choice.name), choice.options);
    const pastes = generatorOf(this.site(file)).pastes ?? [];
    let unknown: string | undefined;
    // Ids a preprocessor writes that are known by their start only (mdbook-admonish's titles).
    const prefixes = [...(facts.idPrefixes ?? [])];
    const patterns: NonNullable<PageIds['patterns']> = [];
    // Included files' headings and ids are on the rendered page too.
    seen.add(file);
    const site = this.site(file);
    for (const {include, included} of includes) {
      if (included && seen.has(included)) continue;
      // A plugin's tag that writes ids from the site's files (jekyll-scholar's `{% bibliography %}`: the BibTeX keys).
      if (include.kind === 'bibliography') {
        const written = site ? generatorOf(site).tagIds?.(include, file, site, facts.frontMatter) : undefined;
        if (written && 'unknown' in written) unknown ??= written.unknown;
        else if (written && 'maybe' in written && written.maybe.length > 0) patterns.push({test: new RegExp(`^(?:${written.maybe.map(escapeRegExp).join('|')})$`), reason: written.why});
        else if (written && 'ids' in written) for (const id of written.ids) if (!ids.has(id)) ids.set(id, {kind: 'html'});
        continue;
      }
      // A plugin's tag that writes out a file or URL postlint does not follow (src/site/generators/jekyll-file-tags.ts).
      if (include.kind === 'tag-file') {
        const named = /\{\{|\{%/.test(include.path) ? `a file named in template code (${include.path})` : `"${include.path}"`;
        unknown ??= `pulls in the text of ${named} with {% ${include.tag?.name ?? 'tag'} %} (${basename(file)}, line ${include.line}), a tag of ${include.tag?.by ?? 'a plugin'} whose output postlint does not read, which may hold that id`;
        continue;
      }
      // A shortcode whose template writes out a file (Hugo `readFile`): that file's ids are the page's.
      const shortcode = include.kind === 'markdown-shortcode' || include.kind === 'html-shortcode';
      const written = shortcode && site ? generatorOf(site).shortcodeFile?.(include, file, site) : undefined;
      // A `{{< shortcode >}}` reading no file writes HTML postlint does not read, as any template text of the page.
      if (include.kind === 'html-shortcode' && written === undefined) continue;
      if (written && 'reason' in written) {
        unknown ??= written.reason;
        continue;
      }
      if (written) {
        const html = this.htmlIds(written.path);
        if (html) {
          for (const id of html) if (!ids.has(id)) ids.set(id, {kind: 'html'});
        } else unknown ??= `has the file ${basename(written.path)}, written out by a shortcode, which postlint cannot read`;
        continue;
      }
      const includedFacts = included ? this.files.get(included) : undefined;
      // A file with no extension pasted into the page's text before it is converted (Jekyll's `{% include JB/setup %}`:
      // its include tag reads any file name) is template text: read as HTML is, unless it writes Markdown headings.
      const pastedText = included !== undefined && !includedFacts && extname(included) === '' && pastes.includes(include.kind);
      if (pastedText && this.writesMarkdownHeadings(included)) {
        unknown ??= `pulls in "${include.path}" (line ${include.line}), text with Markdown headings postlint does not parse, which may hold that id`;
        continue;
      }
      // Read as a template of the site is, with what it includes in turn (the generator's template model).
      const model = pastedText && site && included !== undefined ? generatorOf(site).templates?.(file, site, facts.frontMatter) : undefined;
      if (model && site && included !== undefined) {
        // The include's own reading: whether the page's layout is a theme's is the page's to say (templateWrites).
        const {elsewhere: _layout, ...own} = model;
        const written = templateIds(site.root, {...own, layouts: [included]});
        for (const id of written.literal.keys()) if (!ids.has(id)) ids.set(id, {kind: 'html'});
        const pattern = written.patterns[0];
        unknown ??= written.elsewhere ?? (pattern ? `includes ${basename(included)}, which writes ids in template code (id="${pattern.written}")` : undefined);
        continue;
      }
      // An HTML or SVG file inserted as it is (a snippet of a screenshot) brings its `id` attributes and no headings.
      const html = included && !includedFacts && (pastedText || /\.(svg|html?)$/i.test(included)) ? this.htmlIds(included) : undefined;
      if (html) {
        for (const id of html) if (!ids.has(id)) ids.set(id, {kind: 'html'});
        // `{% include card.html id="x" %}` whose file writes `id="{{ include.id }}"`: ids from its arguments or data.
        const written = html.find((id) => /\{\{|\{%/.test(id));
        if (written !== undefined && generatorOf(this.site(file)).liquid === true) unknown ??= `includes ${basename(included!)}, which writes ids in template code (id="${written}")`;
        continue;
      }
      // mkdocs-include-markdown stops the build on a file it cannot find (PluginError "No files found including"):
      // a plain path found nowhere brings no ids, so the page's links are read without it (a glob or URL stays unknown).
      if (!included && include.kind === 'include-markdown' && !/[*?[\]]|^[a-z][a-z\d+.-]*:\/\//i.test(include.path)) continue;
      // A package's component whose output is known (Starlight's `<Code />`): its ids, often none.
      const component = include.kind === 'component' && site ? generatorOf(site).componentIds?.(include) : undefined;
      if (component) {
        for (const id of component.ids) if (!ids.has(id)) ids.set(id, {kind: 'html'});
        continue;
      }
      if (!included || !includedFacts) {
        const named = include.kind !== 'markdown-shortcode' && include.kind !== 'generated' && include.kind !== 'component';
        unknown ??= include.kind === 'component'
          ? `renders the component <${include.path}> (line ${include.line}), whose output postlint cannot see and may hold that id`
          : include.kind === 'generated'
          ? `has a block a plugin writes from code (\`::: ${include.path}\`, line ${include.line}), which may hold that id`
          : !named
          ? 'pulls in content postlint cannot see (an include or a {{% shortcode %}}), which may hold that id'
          : included
            ? `pulls in content postlint cannot see ("${include.path}", line ${include.line}, is not part of this run), which may hold that id`
            : `pulls in content postlint cannot see ("${include.path}", line ${include.line}, is not found where the generator looks for it), which may hold that id`;
        continue;
      }
      const inner = this.idsOf(included, seen);
      // A pasted file's heading ids are the page's own (numbered above); its other ids are added as they are.
      const isPasted = convertedWithPage(include, pastes);
      for (const [key, value] of inner.ids) if (!ids.has(key) && !(isPasted && value.kind === 'heading')) ids.set(key, value);
      unknown ??= inner.unknown;
      prefixes.push(...(inner.prefixes ?? []));
      patterns.push(...(inner.patterns ?? []));
    }
    // A heading its generator cannot id exactly (Zola's transliteration) or one written in template code.
    if (hasUncertainIds(facts, flavor(choice.name), choice.options)) unknown ??= 'has a heading whose id postlint cannot compute exactly (the generator transliterates it)';
    if (facts.headings.some((heading) => /\{\{|\{%/.test(heading.text))) unknown ??= 'has headings written in template code, whose ids only the build knows';
    const tabSlugify = facts.tabs && facts.tabs.length > 0 ? unknownTabSlugify(choice.options['tabs']) : undefined;
    if (tabSlugify) unknown ??= `has content tabs whose ids pymdownx.tabbed's slugify (${tabSlugify}) makes, which postlint cannot run`;
    // An MDX heading the build computes: only the ids its literal parts allow are in doubt.
    for (const heading of facts.headings) {
      if (heading.computed !== true || heading.customId !== undefined) continue;
      const test = computedIdPattern(heading, flavor(choice.name), choice.options);
      const reason = 'has a heading written with an MDX expression ({…}) or component, whose id only the build knows';
      if (test) patterns.push({test, reason});
      else unknown ??= reason;
    }
    // `<h2 id="{{ section.name | slugify }}">` in a `{% for %}` over data: a generator that runs Liquid
    // or Nunjucks on Markdown writes ids postlint cannot list (elsewhere the braces stay literal text).
    const templated = facts.anchors.find((anchor) => anchor.kind === 'html' && /\{\{|\{%/.test(anchor.id));
    if (templated && site && generatorOf(site).liquid === true) unknown ??= `writes an id in template code (id="${templated.id}", line ${templated.line}), whose values only the build knows`;
    const hook = site ? generatorOf(site).idsUnknown(site, file, facts.frontMatter) : undefined;
    if (hook) unknown ??= hook;
    // Headings no renderer ids get one in the browser from the site's AnchorJS (src/site/anchorjs.ts).
    const anchorJs = site && hasIdlessHeadings(facts, choice.options) ? anchorJsUse(site) : undefined;
    if (anchorJs) addAnchorJsIds(ids, facts, choice.options, anchorJs);
    // A layout that runs jQuery Tocify gives the page's headings its hash values in the browser (src/site/tocify.ts).
    const templates = site ? generatorOf(site).templates?.(file, site, facts.frontMatter) : undefined;
    const tocify = site && templates ? tocifyUse(site.root, templates) : undefined;
    if (tocify) unknown ??= addTocifyIds(ids, patterns, pasted, facts, tocify);
    const result = {ids, ...(unknown ? {unknown} : {}), ...(prefixes.length > 0 ? {prefixes} : {}), ...(patterns.length > 0 ? {patterns} : {})};
    this.idsCache.set(file, result);
    return result;
  }

  /**
   * The headings of a page with those of the files pasted into it (the generator's `pastes`) in
   * their place, in page order; the page's own list when nothing is pasted.
   */
  private pastedHeadings(file: string, facts: FileFacts, seen: Set<string>): HeadingFact[] {
    const pastes = generatorOf(this.site(file)).pastes ?? [];
    const includes = this.includesOf(file).filter(({include}) => convertedWithPage(include, pastes));
    if (includes.length === 0) return facts.headings;
    const headings: HeadingFact[] = [];
    let next = 0;
    for (const {include, included} of [...includes].sort((a, b) => a.include.line - b.include.line)) {
      while (next < facts.headings.length && facts.headings[next]!.line < include.line) headings.push(facts.headings[next++]!);
      const includedFacts = included && !seen.has(included) ? this.files.get(included) : undefined;
      if (!includedFacts) continue;
      headings.push(...this.partOf(include, included!, this.pastedHeadings(included!, includedFacts, new Set([...seen, included!]))));
    }
    headings.push(...facts.headings.slice(next));
    return headings;
  }

  private readonly keptCache = new Map<string, Array<[number, number]> | undefined>();

  /**
   * The pasted headings an include keeps: those inside its `part` (the text between its markers,
   * read from the included file once) and still headings after its `headingOffset` (a `#` run past
   * 6 is text). A part of a file postlint cannot read keeps them all (ids a link may name stay known
   * as the page's: abstaining).
   */
  private partOf(include: IncludeFact, included: string, headings: HeadingFact[]): HeadingFact[] {
    let kept = headings;
    const offset = include.headingOffset ?? 0;
    if (offset > 0) kept = kept.filter((heading) => heading.depth + offset <= 6);
    if (!include.part) return kept;
    const key = JSON.stringify([included, include.part.start ?? null, include.part.end ?? null]);
    if (!this.keptCache.has(key)) {
      const text = readSmallFileIfAny(included);
      if (text !== undefined && !this.lineStartsCache.has(included)) {
        const starts = [0];
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
        this.lineStartsCache.set(included, starts);
      }
      this.keptCache.set(key, text === undefined ? undefined : keptRanges(text, include.part));
    }
    const ranges = this.keptCache.get(key);
    const starts = this.lineStartsCache.get(included);
    if (!ranges || !starts) return kept;
    return kept.filter((heading) => {
      const at = (starts[heading.line - 1] ?? Infinity) + heading.column - 1;
      return ranges.some(([from, to]) => at >= from && at < to);
    });
  }

  private readonly lineStartsCache = new Map<string, number[]>();

  private readonly includesCache = new Map<string, {include: IncludeFact; included: string | undefined}[]>();
  private readonly layoutIncludesCache = new Map<string, LayoutIncludes | null>();

  /** What a page's layout makes from its front matter (Generator.layoutIncludes), asked once; null for none. */
  private layoutMade(file: string): LayoutIncludes | null {
    let made = this.layoutIncludesCache.get(file);
    if (made === undefined) {
      const facts = this.files.get(file);
      const site = this.site(file);
      const generator = site ? generatorOf(site) : undefined;
      made = (site && generator?.layoutIncludes && facts?.frontMatter?.data && this.isPage(file) ? generator.layoutIncludes(file, site, facts.frontMatter) : undefined) ?? null;
      this.layoutIncludesCache.set(file, made);
    }
    return made;
  }

  /** A file's includes: those its text names, then those its page's layout makes from its front matter. */
  private includeFacts(file: string): IncludeFact[] {
    const own = this.files.get(file)?.includes ?? [];
    const made = this.layoutMade(file)?.includes ?? [];
    return made.length > 0 ? [...own, ...made] : own;
  }

  /**
   * Why a file no page includes may yet be part of a page: a layout includes the items of the page's
   * front-matter list in template code postlint does not read, from the folder the file is in.
   */
  private unreadAssembly(from: string): string | undefined {
    this.unreadCache ??= [...this.files.keys()].flatMap((file) => this.layoutMade(file)?.unread ?? []);
    return this.unreadCache.find(({folder, files, shape}) =>
      files ? files.includes(from) : shape ? from.startsWith(shape.prefix) && from.endsWith(shape.suffix) : from.startsWith(folder + sep))?.reason;
  }

  private unreadCache: Array<NonNullable<LayoutIncludes['unread']>> | undefined;


  /** A file's includes with the files they resolve to, resolved once (ids, pasted headings and dependencies all ask). */
  private includesOf(file: string): {include: IncludeFact; included: string | undefined}[] {
    let found = this.includesCache.get(file);
    if (!found) {
      found = this.includeFacts(file).map((include) => ({include, included: this.resolveInclude(file, include)}));
      this.includesCache.set(file, found);
    }
    return found;
  }

  private readonly htmlIdsCache = new Map<string, string[] | undefined>();

  /** Does a text file have a line Markdown reads as a heading (`# x`, or a setext underline)? Unreadable: yes. */
  private writesMarkdownHeadings(path: string): boolean {
    try {
      return /^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-{2,}[ \t]*$)/m.test(readSmallFile(path));
    } catch {
      return true;
    }
  }

  /** The `id` attributes of an HTML or SVG file (read once); undefined when it cannot be read. */
  private htmlIds(path: string): string[] | undefined {
    if (this.htmlIdsCache.has(path)) return this.htmlIdsCache.get(path);
    let ids: string[] | undefined;
    try {
      ids = [...readSmallFile(path).matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((match) => match[1] ?? match[2]!);
    } catch {
      ids = undefined;
    }
    this.htmlIdsCache.set(path, ids);
    return ids;
  }

  private readonly flavors = new Map<string, FlavorChoice>();

  /** The heading-id flavor of a file's site (postlint's `anchors.slugger` wins). */
  flavorFor(file: string): FlavorChoice {
    const site = this.site(file);
    const key = site?.root ?? '';
    let choice = this.flavors.get(key);
    if (!choice) {
      choice = chooseFlavor(site, this.options.config ?? {});
      this.flavors.set(key, choice);
    }
    return choice;
  }

  /**
   * Does the fragment of a resolved link name an id in its target? `top` for `#`, `#top` and
   * text fragments; unverifiable when the target's ids are not all known.
   */
  fragmentVerdict(resolved: ResolvedLink): FragmentVerdict | undefined {
    const verdict = this.rawFragmentVerdict(resolved);
    if (verdict?.status !== 'missing' || resolved.resolution.status !== 'found' || !this.guardOn()) return verdict;
    const group = this.withheldFragmentGroup(resolved, resolved.resolution.path, verdict.known);
    return group ? {status: 'unverifiable', reason: `is not judged: ${group.reason}`, known: verdict.known} : verdict;
  }

  /**
   * Raw verdicts by resolved link: the model guard weighs every fragment of the site, then the rules
   * ask for the same links' verdicts again (the resolved links are the cached ones). Dropped with the
   * ids they were worked out from.
   */
  private readonly fragmentCache = new Map<ResolvedLink, FragmentVerdict | undefined>();

  private rawFragmentVerdict(resolved: ResolvedLink): FragmentVerdict | undefined {
    if (this.fragmentCache.has(resolved)) return this.fragmentCache.get(resolved);
    const verdict = this.workOutFragmentVerdict(resolved);
    this.fragmentCache.set(resolved, verdict);
    return verdict;
  }

  private workOutFragmentVerdict(resolved: ResolvedLink): FragmentVerdict | undefined {
    const fragment = resolved.fragment;
    if (fragment === undefined || resolved.resolution.status !== 'found') return undefined;
    const target = resolved.resolution.path;
    const decoded = fragment.decoded;
    if (!this.files.has(target)) {
      if (decoded === '' || decoded.toLowerCase() === 'top' || decoded.startsWith(':~:')) return undefined;
      return this.shown.verdict(target, fragment) ?? this.htmlFileVerdict(target, fragment);
    }
    // `#` and `#top` go to the top of the page (HTML matches "top" without regard to case); `#:~:text=` selects text.
    if (decoded === '' || decoded.toLowerCase() === 'top' || decoded.startsWith(':~:')) return {status: 'top'};
    // GitHub line anchors (`#L7`, `#L30-L31`) select lines of the source view; they are not ids.
    if (this.flavorFor(target).name === 'github' && isGithubLineAnchor(decoded)) return undefined;
    const verdict = this.idVerdict(resolved, target);
    // Through a redirect page (a Hugo alias) an id the page has may be dropped on the way (the alias template decides):
    // not judged. One the page lacks is missing whichever way the template goes, so it stays reported.
    if (resolved.resolution.redirect !== undefined && verdict.status === 'ok') return {status: 'unverifiable', reason: resolved.resolution.redirect, known: []};
    return verdict;
  }

  /**
   * A fragment into an HTML file the run does not parse (a Hugo content page written in HTML, a file the
   * site copies): its headings are no Markdown headings, so only its own `id` attributes are known. One
   * of them is found; any other is unverifiable, since the page's shortcodes, layout or scripts may write
   * ids postlint does not read. Other files (images, PDFs) stay unjudged.
   */
  private htmlFileVerdict(target: string, fragment: {written: string; decoded: string}): FragmentVerdict | undefined {
    if (!/\.html?$/i.test(target)) return undefined;
    const ids = this.htmlIds(target);
    if (ids === undefined) return undefined;
    if (fragmentForms(fragment.written, fragment.decoded).some((form) => ids.includes(form))) return {status: 'ok', target: {kind: 'html'}};
    return {status: 'unverifiable', reason: `is written in HTML, which postlint does not read as a page: only its own id attributes are read, and its shortcodes, layout or scripts may write more${nearMissHint(fragment.decoded, ids)}`, known: ids};
  }

  /** The verdict of the ids of the page a link leads to on its fragment (neither empty, `top`, nor a text fragment). */
  private idVerdict(resolved: ResolvedLink, target: string): FragmentVerdict {
    const fragment = resolved.fragment!;
    const decoded = fragment.decoded;
    const {ids, unknown, prefixes, patterns} = this.ids(target);
    let found: IdTarget | undefined;
    for (const form of fragmentForms(fragment.written, decoded)) if ((found = ids.get(form))) break;
    // GitHub renders ids as `user-content-<id>` and makes both spellings work.
    if (!found && this.flavorFor(target).name === 'github' && decoded.startsWith('user-content-')) found = ids.get(decoded.slice('user-content-'.length));
    if (found) return {status: 'ok', target: found};
    const slugged = this.sluggedFragment(resolved, target, ids);
    if (slugged) return slugged;
    // An id the site's own layouts, partials or includes write (src/site/template-ids.ts).
    const written = this.templateWrites(target, decoded);
    if (written?.literal) return {status: 'ok', target: {kind: 'html'}};
    // An id the generator's own page layout writes (Starlight's page title, `_top`), or may, when the site replaces that part.
    const layout = this.layoutWrites(target, decoded);
    if (layout && 'by' in layout) return {status: 'ok', target: {kind: 'html'}};
    if (layout) return {status: 'unverifiable', reason: layout.unknown, known: [...ids.keys()]};
    if (unknown) return {status: 'unverifiable', reason: unknown, known: [...ids.keys()]};
    const prefixed = prefixes?.find((entry) => decoded.startsWith(entry.prefix));
    if (prefixed) return {status: 'unverifiable', reason: prefixed.reason, known: [...ids.keys()]};
    const computed = patterns?.find((entry) => entry.test.test(decoded));
    if (computed) return {status: 'unverifiable', reason: computed.reason, known: [...ids.keys()]};
    if (written?.literal === false) return {status: 'unverifiable', reason: written.reason, known: [...ids.keys()]};
    // A theme's layout or include renders the page: it may write the id.
    if (written && 'elsewhere' in written) {
      // The page's own ids still show a slip (`#setpu` for `setup`): said, though the theme may write the id.
      return {status: 'unverifiable', reason: `${written.elsewhere}${nearMissHint(decoded, ids.keys())}`, known: [...ids.keys()]};
    }
    if (generatorOf(this.site(target)).looseIds) {
      const loose = (id: string): string => id.toLowerCase().replace(/_/g, '-');
      const near = [...ids.keys()].find((id) => loose(id) === loose(decoded));
      if (near !== undefined) return {status: 'unverifiable', reason: `has "#${near}"; this generator's ids are not modelled, so letter case and "_" may differ`, known: [...ids.keys()]};
    }
    return {status: 'missing', known: [...ids.keys()].filter((id) => id !== '')};
  }

  /**
   * A Markdown link whose fragment the build slugifies as it does headings (VitePress 2): the
   * slugified fragment is what the page is asked for. Ok when that is an id of the page;
   * unverifiable when the site's version, and so whether the build slugifies, is unknown.
   */
  private sluggedFragment(resolved: ResolvedLink, target: string, ids: ReadonlyMap<string, IdTarget>): FragmentVerdict | undefined {
    // Only links markdown-it writes (link_open tokens): raw HTML and images keep their fragment as written.
    if (!['link', 'definition', 'autolink'].includes(resolved.link.kind)) return undefined;
    const site = this.site(target);
    const slugifies = site ? generatorOf(site).linkFragmentsSlugified?.(site) : undefined;
    if (slugifies === undefined) return undefined;
    const choice = this.flavorFor(target);
    const slug = flavor(choice.name).create(choice.options).slug(resolved.fragment!.decoded);
    const found = slug === resolved.fragment!.decoded ? undefined : ids.get(slug);
    if (!found) return undefined;
    return slugifies === true ? {status: 'ok', target: found} : {status: 'unverifiable', reason: `has "#${slug}", what the fragment becomes if the build slugifies it, but ${slugifies}`, known: [...ids.keys()]};
  }

  /**
   * Does a template of the page's site write this id: literally, or (`reason`) perhaps, from data?
   * Or (`elsewhere`) does a template the checkout lacks (a theme's) render the page?
   */
  private templateWrites(page: string, id: string): {literal: boolean; reason: string} | {literal?: undefined; elsewhere: string} | undefined {
    const site = this.site(page);
    const model = site ? generatorOf(site).templates?.(page, site, this.files.get(page)?.frontMatter) : undefined;
    if (!site || !model) return undefined;
    const written = templateIds(site.root, model);
    const file = written.literal.get(id);
    if (file !== undefined) return {literal: true, reason: `${file} writes id="${id}"`};
    // A comment widget whose loader writes it only as the config says (Hugo's embedded Disqus needs a shortname) writes no ids without it.
    const pattern = written.patterns.find((candidate) => candidate.test.test(id) && (candidate.loadsIf?.(site.config) ?? true));
    if (pattern?.widget !== undefined) return {literal: false, reason: `no heading has that id, but ${pattern.file} loads ${pattern.widget}, whose script writes ids such as "${pattern.written}" in the browser, which postlint does not run`};
    if (pattern) return {literal: false, reason: `no heading has that id, but ${pattern.file} writes id="${pattern.written}" from data, which only the build knows`};
    return written.elsewhere === undefined ? undefined : {elsewhere: written.elsewhere};
  }

  /** What in the generator's own page layout writes this id on the page (or why it may not), if anything. */
  private layoutWrites(page: string, id: string): {id: string; by: string} | {id: string; unknown: string} | undefined {
    const site = this.site(page);
    return site ? generatorOf(site).layoutIds?.(page, site, this.files.get(page)?.frontMatter).find((entry) => entry.id === id) : undefined;
  }

  private includedFiles: Set<string> | undefined;

  /**
   * A Markdown file of a site that the site does not build and no file the site builds includes,
   * directly or through other included files (a README beside the docs folder, a `.github/`
   * template, a partial only an unused partial includes): a repository file, shown by GitHub.
   */
  isRepositoryFile(path: string): boolean {
    if (!this.unbuiltCandidate(path)) return false;
    this.includedFiles ??= this.reachedByIncludes();
    return !this.includedFiles.has(path);
  }

  /**
   * An issue, pull-request or discussion template (src/site/forge-documents.ts) the site does not build:
   * GitHub copies its text into a new issue, whose address its relative links resolve against.
   */
  private isIssueTemplate(path: string): boolean {
    const site = this.site(path);
    // The path test first: it is cheap, and this runs for every link.
    return isForgeTemplate(path, site?.root ?? gitRoot(dirname(path))) && (site === undefined || this.isRepositoryFile(path));
  }

  /**
   * A file GitHub shows by itself (a folder's README, a community file: forge-documents.ts) in a site whose generator's
   * build postlint does not model (an Astro site without Starlight): which files it builds is unknown, GitHub's reading is not.
   */
  private forgeShownUnmodelled(path: string): boolean {
    const site = this.site(path);
    if (site === undefined || generatorOf(site).modelsBuild?.(site) !== false) return false;
    return isForgeDocument(path, site.root) || isForgeDocument(path, projectTop(site.root) ?? site.root);
  }

  /**
   * A file the site never publishes that GitHub shows by itself (a README the build leaves out, a community file, an
   * issue template), checked for GitHub's reader (src/site/forge-published.ts): a repository file no never-built
   * reason leaves out.
   */
  forgePublishedOnly(path: string): boolean {
    const site = this.site(path);
    if (site === undefined || !this.isRepositoryFile(path) || neverBuiltReason(path, site) !== undefined) return false;
    if (!isForgeDocument(path, site.root) && !isForgeDocument(path, projectTop(site.root) ?? site.root)) return false;
    // A README a build script copies into the folders pages come from (`cp -rf README.md docs`) is published there.
    const folders = pageFolders(site);
    return !buildScripts(site.root).copiesInto.some((copy) => copy.sources.includes(path) && folders.some((folder) => copy.target === folder || isBelow(copy.target, folder)));
  }

  /** A Markdown file of a modelled site that is no page and shown by none. */
  private unbuiltCandidate(path: string): boolean {
    const site = this.site(path);
    return site !== undefined && /\.(md|markdown)$/i.test(path) && !this.isPage(path) && this.shownIn(path) === undefined;
  }

  /**
   * The files included from the files a reader meets, followed through the files they include:
   * every file of the run but those never built by themselves (src/site/never-built.ts) starts it.
   */
  private reachedByIncludes(): Set<string> {
    const reached = new Set<string>();
    const queue: string[] = [];
    for (const file of this.files.keys()) {
      const site = this.site(file);
      if (!this.unbuiltCandidate(file) || !site || neverBuiltReason(file, site) === undefined) queue.push(file);
    }
    for (let at = 0; at < queue.length; at++) {
      const file = queue[at]!;
      for (const include of this.includeFacts(file)) {
        const included = this.resolveInclude(file, include);
        if (included === undefined || reached.has(included)) continue;
        reached.add(included);
        queue.push(included);
      }
    }
    return reached;
  }

  /**
   * Why a file of the run is never built and no reader sees it as part of the site, if so: a
   * repository file (no page, included by none) outside every folder its generator builds from
   * that no forge shows by itself (src/site/never-built.ts). Such a file is not reported on.
   */
  neverBuilt(path: string): string | undefined {
    const site = this.site(path);
    return site && this.isRepositoryFile(path) ? neverBuiltReason(path, site) : undefined;
  }

  private readonly hiddenBodies = new Map<string, number>();

  /** The first line of the page's body when its layout never writes it (src/hidden-body.ts); Infinity when shown. */
  hiddenBodyFrom(path: string): number {
    let from = this.hiddenBodies.get(path);
    if (from === undefined) {
      const frontMatter = this.files.get(path)?.frontMatter;
      from = hiddenBodyFrom(path, this.site(path), frontMatter, frontMatter?.endLine);
      this.hiddenBodies.set(path, from);
    }
    return from;
  }

  /** Why the page's text may not be what the build shows (a step of the build may write it), if so (the generator's `contentUnknown`). */
  contentUnknown(path: string): string | undefined {
    const site = this.site(path);
    return site ? generatorOf(site).contentUnknown?.(path, site) : undefined;
  }

  /** Why the page's layout never writes its body (naming the layout), if so (src/hidden-body.ts). */
  hiddenBodyReason(path: string): string | undefined {
    return hiddenBodyReason(path, this.site(path), this.files.get(path)?.frontMatter);
  }

  /** Why a page of the run will not go live until someone edits it (a draft…), if so (see `heldBack`). */
  heldBack(path: string, now: Date): PublishProblem | undefined {
    const facts = this.files.get(path);
    return facts ? heldBack(path, facts.frontMatter, this.site(path), now) : undefined;
  }

  /** Do the page's layouts print its front-matter title as the reader sees it (Generator.layoutPrintsTitle)? undefined: unknown. */
  layoutPrintsTitle(path: string): boolean | undefined {
    const site = this.site(path);
    return site ? generatorOf(site).layoutPrintsTitle?.(path, site, this.files.get(path)?.frontMatter) : undefined;
  }

  /**
   * What is written after the page's content, in words, if anything: what its layout writes (a
   * generated list of pages), else its footnotes. Every converter postlint models lists a document's
   * footnotes after the rest of it (kramdown's convert_root appends `<div class="footnotes">`; GFM,
   * markdown-it-footnote, goldmark and Python-Markdown's extension alike), and where the generator
   * pastes included files first (Jekyll's `{% include %}`) their footnotes are the page's.
   */
  writesAfterContent(path: string): string | undefined {
    const site = this.site(path);
    const facts = this.files.get(path);
    const generator = generatorOf(site);
    const layout = generator.writesAfterContent?.(path, site, facts?.frontMatter) ?? (site ? layoutWritesAfterContent(generator.templates?.(path, site, facts?.frontMatter), site.root) : undefined);
    if (layout !== undefined || !facts) return layout;
    return this.definesFootnotes(path, facts) ? 'the converter lists the page\'s footnotes after its content' : undefined;
  }

  /**
   * Does the page, or a file pasted into it before conversion (the generator's `pastes`), define a
   * footnote the converter lists? Where it lists only called footnotes (goldmark, kramdown, remark-gfm:
   * `dropsUnreferencedFootnotes`), a definition counts only when the page or a pasted file calls it.
   */
  private definesFootnotes(file: string, facts: FileFacts): boolean {
    const site = this.site(file);
    const calledOnly = site !== undefined && generatorOf(site).dropsUnreferencedFootnotes?.(site) === true;
    const defined: string[] = [];
    const calls = new Set<string>();
    // A pasted file postlint cannot read may hold the call: then any definition may be listed.
    let unread = false;
    const read = (of: FileFacts | undefined): boolean => {
      for (const anchor of of?.anchors ?? []) if (anchor.kind === 'footnote') defined.push(anchor.identifier ?? anchor.id);
      for (const call of of?.footnoteCalls ?? []) calls.add(call);
      return !calledOnly && defined.length > 0;
    };
    const pasted = (included: string | undefined): boolean => {
      if (included === undefined) unread = true;
      return included !== undefined && read(this.files.get(included));
    };
    if (read(facts) || this.anyPasted(file, pasted)) return true;
    return defined.some((identifier) => unread || calls.has(identifier));
  }

  /** Is this file a page its site builds (not a README outside the docs, a `.github/` template, an archetype)? */
  isPage(path: string): boolean {
    const site = this.site(path);
    return generatorOf(site).isPage(path, site, this.files.get(path)?.frontMatter);
  }

  /** Does the generator read this page but write no file for it (Eleventy `permalink: false`)? */
  unwritten(path: string): boolean {
    const site = this.site(path);
    return site !== undefined && generatorOf(site).unwritten?.(path, site, this.files.get(path)?.frontMatter) !== undefined;
  }

  /**
   * The file an include names, resolved the way its site's generator does (Hugo's include
   * shortcode, Jekyll `_includes/`, MkDocs snippets, VitePress `<!--@include:-->`); an include
   * the generator does not list (an MDX import, `include_relative`) is read from the page's folder.
   * Undefined when postlint cannot find it (a theme's include, an HTML partial).
   */
  resolveInclude(from: string, include: {path: string; kind: IncludeKind}): string | undefined {
    // What a shortcode, a plugin or a component writes only the build knows.
    if (include.kind === 'markdown-shortcode' || include.kind === 'html-shortcode' || include.kind === 'generated' || include.kind === 'component' || include.kind === 'bibliography' || include.kind === 'tag-file') return undefined;
    const generator = generatorOf(this.site(from));
    if (generator.resolveInclude && generator.inserts.includes(include.kind)) return generator.resolveInclude(include, this.context(from));
    return this.firstExisting([resolve(dirname(from), include.path)]);
  }

  /**
   * Does the text an include comment pastes in (VitePress's `<!-- @include: part.inc -->`, any file) fill a section of
   * this depth (src/site/include-fills.ts)? A file that is not there pastes nothing (the plugin fails or writes
   * nothing); one that cannot be read, or an include of a part of a file, may: yes. Includes in the pasted text
   * are followed from the included file's folder, a cycle left unexpanded as the plugin does.
   */
  includeFills(page: string, include: IncludeFact, depth: number): boolean {
    if (include.selects === true) return true;
    const reading: PasteReading = {page, kind: include.kind, depth, memo: new Map(), reads: 0};
    return this.pasted(reading, this.resolveInclude(page, include), new Set([page])).shows === 'shows';
  }

  /**
   * The same for a file resolved from the page or from a file pasted into it (read as the page's site reads it, from
   * that file's folder). `cut`: a cycle was left unexpanded below it, so its answer holds for this chain only.
   */
  private pasted(reading: PasteReading, included: string | undefined, seen: ReadonlySet<string>): {shows: Pasted; cut: boolean} {
    if (included === undefined) return {shows: 'nothing', cut: false};
    if (seen.has(included)) return {shows: 'nothing', cut: true};
    const known = reading.memo.get(included);
    if (known !== undefined) return {shows: known, cut: false};
    // Parts that include each other over and over (each read once, but a cycle's files are read per chain): past this many, abstain.
    if (++reading.reads > pastedFilesRead) return {shows: 'shows', cut: false};
    const generator = generatorOf(this.site(reading.page));
    const text = readSmallFileIfAny(included);
    const pasted = text === undefined ? undefined : generator.pastedText?.(included, text);
    if (pasted === undefined) return {shows: 'shows', cut: false};
    const inner = new Set([...seen, included]);
    let cut = false;
    const shows = pastedShows(pasted, reading.depth, (path, selects) => {
      if (selects) return undefined;
      // The nested include's path is the included file's, in the page's site (`@/` is that site's source folder).
      const nested = this.pasted(reading, generator.resolveInclude?.({path, kind: reading.kind}, {...this.context(reading.page), from: included}), inner);
      cut ||= nested.cut;
      return nested.shows;
    });
    if (!cut) reading.memo.set(included, shows);
    return {shows, cut};
  }

  /** The exact file (or a folder's index file, in the order `from`'s generator prefers), or a no-index verdict for a folder without one. */
  private findExact(absolute: string, folder: boolean, from: string): FileLookup | undefined {
    // A file found by discovery exists with exactly this spelling: no need to walk the disk.
    if (!folder && this.files.has(absolute)) return {status: 'found', path: absolute};
    const real = this.realPath(absolute);
    if (!real || real !== absolute) return undefined;
    if (!this.isDirectory(absolute)) return folder ? undefined : {status: 'found', path: absolute};
    const names = generatorOf(this.site(from)).folderIndexNames ?? indexFileNames;
    const index = this.firstExisting(names.map((name) => join(absolute, name)));
    return index ? {status: 'found', path: index} : {status: 'no-index', path: absolute};
  }

  private firstExisting(candidates: string[]): string | undefined {
    return candidates.find((candidate) => this.files.has(candidate) || (this.realPath(candidate) === candidate && !this.isDirectory(candidate)));
  }

  /** The path as it is spelled on disk when it exists only with different letter case. */
  private caseVariant(absolute: string): string | undefined {
    const real = this.realPath(absolute);
    return real && real !== absolute ? real : undefined;
  }

  /** Walk the path folder by folder, matching each name without regard to case; undefined when absent. */
  realPath(absolute: string): string | undefined {
    const parts = absolute.split(sep).filter(Boolean);
    let current = absolute.startsWith(sep) ? sep : '';
    for (const part of parts) {
      // A plain name below an absolute POSIX folder: the listing is asked directly and the name appended
      // (what join gives then), since join normalizes the whole path again at every step (asked for every link).
      const plain = sep === '/' && current !== '' && part !== '.' && part !== '..';
      const real = plain ? this.nameIn(current, part) : this.realName(join(current, part));
      if (real === undefined) return undefined;
      current = plain ? (current === sep ? sep + real : current + sep + real) : join(current, real);
    }
    return current;
  }

  /**
   * Every file a link's path part could name, whether or not it exists now (changed mode asks
   * this about deleted files): the file, the path with a Markdown extension, or a folder's index.
   */
  documentCandidates(from: string, target: string): string[] {
    const absolute = target.startsWith('/') ? this.fromSiteRoot(from, target) : resolve(dirname(from), target);
    if (absolute === undefined) return [];
    const index = this.folderIndexNames(from).map((name) => join(absolute, name));
    if (target.endsWith('/')) return index;
    return [absolute, ...(extname(absolute) ? [] : [...['.md', '.markdown'].map((ext) => absolute + ext), ...index])];
  }

  /** The files a folder URL is served from, in the order the site's generator prefers them. */
  private folderIndexNames(from: string): readonly string[] {
    return generatorOf(this.site(from)).folderIndexNames ?? indexNames;
  }

  private fromSiteRoot(from: string, target: string): string | undefined {
    const site = this.site(from);
    return site ? join(site.root, target) : undefined;
  }

  /** The build scripts' generated places and those the generator's own plugins write (buildWrites). */
  private withBuildWrites(scripts: ReturnType<typeof buildScripts>, site: SiteInfo): ReturnType<typeof buildScripts> {
    const own = generatorOf(site).buildWrites?.(site) ?? [];
    return own.length === 0 ? scripts : {...scripts, generated: [...scripts.generated, ...own]};
  }

  /**
   * A path below `root` with each folder that exists in another letter case spelled as the tree
   * has it (one folder of that name without regard to case); the rest as written.
   */
  private treeSpelling(path: string, root: string): string {
    if (!isWithin(path, root) || path === root) return path;
    let spelled = root;
    for (const part of relative(root, path).split(sep)) {
      const entries = this.listDir(spelled);
      const found = entries && !entries.exact.has(part) ? entries.folded.get(part.toLowerCase()) : undefined;
      spelled = join(spelled, found ?? part);
    }
    return spelled;
  }

  /** Does a file exist with exactly this name (letter case included)? */
  exists(path: string): boolean {
    return this.realName(path) === basename(path);
  }

  /** The real name of an entry in its folder, matched without regard to case; undefined when absent. */
  realName(path: string): string | undefined {
    return this.nameIn(dirname(path), basename(path));
  }

  /** The real name of `name` in the folder `dir`, matched without regard to case; undefined when absent. */
  private nameIn(dir: string, name: string): string | undefined {
    const entries = this.listDir(dir);
    if (!entries) return undefined;
    return entries.exact.has(name) ? name : entries.folded.get(name.toLowerCase());
  }

  isDirectory(path: string): boolean {
    // A file discovery found is no folder; other answers are kept as long as the folder listings are.
    if (this.files.has(path)) return false;
    this.noteFolder(dirname(path));
    let folder = this.folderCache.get(path);
    if (folder === undefined) {
      try {
        folder = statSync(path, {throwIfNoEntry: false})?.isDirectory() === true; // no error object for a missing path (common.ts isFile)
      } catch {
        folder = false;
      }
      this.folderCache.set(path, folder);
    }
    return folder;
  }

  private listDir(dir: string): {exact: Set<string>; folded: Map<string, string>} | null {
    this.noteFolder(dir);
    let entries = this.dirCache.get(dir);
    if (entries === undefined) {
      try {
        const names = readdirSync(dir);
        entries = {exact: new Set(names), folded: new Map()};
        for (const name of names) if (!entries.folded.has(name.toLowerCase())) entries.folded.set(name.toLowerCase(), name);
      } catch {
        entries = null;
      }
      this.dirCache.set(dir, entries);
    }
    return entries;
  }
}

/** A page's ids (see `SiteIndex.ids`). */
export interface PageIds {
  ids: Map<string, IdTarget>;
  unknown?: string;
  prefixes?: IdPrefixFact[];
  /** Ids known by a pattern only (an MDX heading's literal parts around its expressions). */
  patterns?: Array<{test: RegExp; reason: string}>;
}

/** What a change to one file means for the links into it (see `SiteIndex.update`). */
export type FileChange = 'body' | 'ids' | 'shape';

/** Positions do not change what another file sees: a heading moved down a line is the same target. */
function withoutPositions(key: string, value: unknown): unknown {
  return key === 'line' || key === 'column' || key === 'endLine' || key === 'endColumn' || key === 'offset' ? undefined : value;
}

/** What other files see of a file's page besides its ids: that it exists, and its front matter (URL, publish state, title). */
function visibleShape(facts: FileFacts): string {
  // Which files a page includes decides where a file only pasted into pages resolves its links from.
  return JSON.stringify([facts.frontMatter?.data ?? null, (facts.includes ?? []).map((include) => [include.kind, include.path])]);
}

/** What links into a page check their fragment against. */
function visibleIds(facts: FileFacts): string {
  return JSON.stringify([facts.headings, facts.anchors, facts.includes ?? [], facts.terms ?? [], facts.htmlHeadings ?? [], (facts.idPrefixes ?? []).map((entry) => entry.prefix)], withoutPositions);
}

/** A URL's path and decoded fragment. */
function splitTarget(url: string): {path: string; fragment?: {written: string; decoded: string}} {
  const hash = url.indexOf('#');
  const bare = (hash === -1 ? url : url.slice(0, hash)).replace(/\?.*$/s, '');
  const written = hash === -1 ? undefined : url.slice(hash + 1);
  return {path: decode(bare), ...(written !== undefined ? {fragment: {written, decoded: decode(written)}} : {})};
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A stray "%" that is not an escape: the text is meant literally.
    return value;
  }
}

/** The path of an absolute URL below a base URL (`https://example.org/blog/a/` under `https://example.org/blog/` is `/a/`, with its fragment). */
function belowBase(url: string, base: string | undefined): string | undefined {
  if (!base || !/^https?:\/\//i.test(base)) return undefined;
  try {
    const link = new URL(url);
    const home = new URL(base);
    if (link.host.toLowerCase().replace(/^www\./, '') !== home.host.toLowerCase().replace(/^www\./, '')) return undefined;
    const prefix = home.pathname.replace(/\/+$/, '');
    const path = link.pathname === prefix || link.pathname.startsWith(`${prefix}/`) ? link.pathname.slice(prefix.length) || '/' : undefined;
    return path === undefined ? undefined : `${path.startsWith('/') ? path : `/${path}`}${link.search}${link.hash}`;
  } catch {
    return undefined;
  }
}

/** The same path with another page extension, or as a folder's index page (`x.md` → `x`, `x.html`, `x/index.md`, …). */
function otherExtensions(absolute: string): string[] {
  const bare = absolute.replace(/[\\/]+$/, '');
  const stem = bare.slice(0, bare.length - extname(bare).length);
  const candidates = [stem, ...['.md', '.mdx', '.markdown', '.html'].map((ext) => stem + ext), ...['index.md', '_index.md', 'README.md', 'index.mdx', 'index.html'].map((name) => join(stem, name))];
  return candidates.filter((candidate) => candidate !== bare);
}

/** What a web server's config is matched against to tell it serves this site: its output folders and its base URL's host. */
function servedSite(site: SiteInfo): ServedSite {
  const generator = generatorOf(site);
  const outputs = generator.buildOutput(site).map((output) => resolve(site.root, output));
  let host: string | undefined;
  try {
    const base = generator.baseUrl(site);
    host = base && /^https?:\/\//i.test(base) ? new URL(base).hostname.toLowerCase() : undefined;
  } catch {
    host = undefined;
  }
  return {outputs, ...(host ? {host} : {})};
}

/** A fragment as an id: decoded, or as written when it has a stray `%`. */
function decodedFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Is the included text pasted into the page's before conversion (its headings numbered with the page's), not converted by itself? */
function convertedWithPage(include: IncludeFact, pastes: readonly IncludeKind[]): boolean {
  return pastes.includes(include.kind) && include.convertedAlone !== true;
}
