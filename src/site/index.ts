import {readFileSync, readdirSync, statSync} from 'node:fs';
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path';
import type {FileFacts} from '../facts.js';
import {siteFor, type SiteInfo} from './detect.js';
import {readFrontMatterFromText, type FrontMatter} from '../frontmatter.js';
import {hasLinkRenderHook, hugoAssetRoots, hugoContentFileMounts, hugoContentRootOf, hugoContentRoots, hugoHomeOutputs, outsideContent} from './generators/hugo-site.js';
import {contentRoot, indexFileNames, isPageUrl, pageCandidates, pageUrlFolder, stylesheetSources, withoutBasePath, type LocalTarget} from './files.js';

/** What decides whether a post is published. */
export interface PublishInfo {
  frontMatter: Omit<FrontMatter, 'error'> | undefined;
  site: SiteInfo | undefined;
}

/** What a local link leads to on disk. */
export type FileLookup =
  /** The file (a folder's index file for a folder link). */
  | {status: 'found'; path: string}
  /** Exists only with different letter case; `real` is the name on disk. */
  | {status: 'case'; path: string; real: string}
  | {status: 'missing'; path: string}
  /** A folder with no index file. */
  | {status: 'no-index'; path: string}
  /** Cannot be decided from the files (a site-root page URL made by the generator's permalinks). */
  | {status: 'unchecked'};

const indexNames = ['index.md', '_index.md', 'README.md', 'index.markdown', 'readme.md'];

/**
 * The site-wide index built in phase 2 from every file's facts. Everything cross-file asks it;
 * rules never touch the file system themselves.
 */
export class SiteIndex {
  readonly files = new Map<string, FileFacts>();
  readonly sites = new Map<string, SiteInfo | undefined>();
  private readonly outside = new Map<string, Promise<PublishInfo | undefined>>();
  private readonly dirCache = new Map<string, {exact: Set<string>; folded: Map<string, string>} | null>();

  constructor(facts: Iterable<FileFacts>, sites: Map<string, SiteInfo | undefined>) {
    for (const fact of facts) this.files.set(fact.path, fact);
    this.sites = sites;
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
      ? indexNames.map((name) => join(absolute, name))
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
          text = readFileSync(path, 'utf8');
        } catch {
          return undefined;
        }
        const frontMatter = await readFrontMatterFromText(text);
        const {error: _ignored, ...rest} = frontMatter ?? {error: undefined};
        return {frontMatter: frontMatter && !frontMatter.error ? (rest as Omit<FrontMatter, 'error'>) : undefined, site: await siteFor(dirname(path))};
      })();
      this.outside.set(path, info);
    }
    return info;
  }

  /**
   * Find the file a local link names. Relative paths resolve from the linking file's folder
   * (and, in Hugo, from the page's URL folder for page links such as `../other-post/`);
   * site-root paths resolve against `roots` (the static roots). Folders resolve to their index file.
   * `hook` says which Hugo render hook the link passes through (Markdown links and images only).
   */
  lookupFile(from: string, target: LocalTarget, roots: string[], hook?: 'link' | 'image'): FileLookup {
    const site = this.site(from);
    if (site?.generator === 'hugo') {
      // A Markdown file outside every content root (a test golden, a template) is not a page Hugo
      // serves: its page URLs and site-root links point into a site it is not part of.
      if ((target.siteRoot || isPageUrl(target.path)) && /\.(md|markdown)$/i.test(from) && outsideContent(from, site)) return {status: 'unchecked'};
      // `/llms.txt` from `outputs.home: [HTML, LLMS]`: written by the build, at the root.
      if (target.siteRoot && hugoHomeOutputs(site).includes(target.path.replace(/^\/+/, '').replace(/\.[^./]*$/, '').toLowerCase())) return {status: 'unchecked'};
    }
    if (target.siteRoot) {
      if (roots.length === 0) return {status: 'unchecked'};
      const bases = roots.map((root) => join(root, withoutBasePath(target.path, site)));
      for (const base of bases) {
        const found = this.findExact(base, target.folder);
        // `/about/team` next to both about/team.md and an about/team/ folder without an index is the page.
        const page = found?.status === 'no-index' && !target.folder ? this.firstExisting(['.md', '.markdown'].map((ext) => base + ext)) : undefined;
        if (page) return {status: 'found', path: page};
        if (found) return found;
        const compiled = this.firstExisting(stylesheetSources(base));
        if (compiled) return {status: 'found', path: compiled};
      }
      if (isPageUrl(target.path)) {
        const page = this.sitePage(site, withoutBasePath(target.path, site));
        if (page) return {status: 'found', path: page};
        // VitePress serves every page at its file's path (unless the config rewrites URLs): no page, no file.
        if (site?.generator !== 'vitepress' || site.config.rewrites === true) return {status: 'unchecked'};
      }
      for (const base of bases) {
        const real = this.caseVariant(base);
        if (real) return {status: 'case', path: base, real};
      }
      return {status: 'missing', path: bases[0]!};
    }
    // `@theme/x.css`, `~/x`: a bundler's alias (Vite, webpack), which only its config resolves.
    if (/^[@~][\w-]*\//.test(target.path)) return {status: 'unchecked'};
    const absolute = resolve(dirname(from), target.path);
    const exact = this.findExact(absolute, target.folder);
    const withExtension = extname(absolute) || target.folder ? [] : ['.md', '.markdown'].map((ext) => absolute + ext);
    // `./team` next to both team.md and a team/ folder without an index is the page.
    const document = exact?.status === 'no-index' || !exact ? this.firstExisting(withExtension) : undefined;
    if (document) return {status: 'found', path: document};
    if (exact) return exact;
    if (site?.generator === 'hugo' && isPageUrl(target.path) && /\.(md|markdown)$/i.test(from)) {
      // Hugo authors write page links from the file's folder or from the page's URL; both reach a post.
      const page = this.firstExisting([...pageCandidates(absolute), ...pageCandidates(resolve(pageUrlFolder(from), target.path))]);
      if (page) return {status: 'found', path: page};
    }
    if (site?.generator === 'docusaurus' && /\.mdx?$/i.test(from)) {
      const found = this.docusaurusDoc(site, from, target);
      if (found) return {status: 'found', path: found};
    }
    if (site?.generator === 'hugo' && /\.(md|markdown)$/i.test(from)) {
      // The same paths below the content tree, which mounts fill from several folders (a language
      // falling back on another's pages) and single files (`../README.md` as `project/README.md`).
      const found = this.hugoMounted(site, from, target, absolute);
      if (found) return {status: 'found', path: found};
    }
    // MkDocs reads `configuration.md/` as `configuration.md` (it normalizes the path).
    if (site?.generator === 'mkdocs' && /\.(md|markdown)\/$/i.test(target.path)) {
      const page = this.firstExisting([absolute.replace(/\/+$/, '')]);
      if (page) return {status: 'found', path: page};
    }
    // Jekyll pretty permalinks (`/:collection/:path/`, `permalink: pretty`) serve `_docs/a/b.md` at
    // `/docs/a/b/`, and MkDocs (`use_directory_urls`, its default) `docs/a/b.md` at `/a/b/`: links
    // written relative to that URL (page links, raw HTML, which neither rewrites) resolve from the page's own folder.
    if (servedAsFolders(site) && /\.(md|markdown)$/i.test(from)) {
      const fromUrl = resolve(pageUrlFolder(from), target.path);
      const found = this.findExact(fromUrl, target.folder);
      if (found?.status === 'found') return found;
      const page = isPageUrl(target.path) ? this.firstExisting(pageCandidates(fromUrl)) : undefined;
      if (page) return {status: 'found', path: page};
    }
    for (const candidate of [absolute, ...withExtension]) {
      const real = this.caseVariant(candidate);
      if (real) return {status: 'case', path: candidate, real};
    }
    // Only Markdown links and images pass through render hooks; raw HTML does not.
    if (site?.generator === 'hugo' && hook && hasLinkRenderHook(site, hook)) {
      // A link render hook looks the destination up as a page (from the page's folder, then the content root), then as a
      // resource; what it does with the rest (glossary shorthands, …) only its template knows.
      const nearby = pageCandidates(resolve(dirname(from), target.path));
      const page = (this.firstExisting(nearby) ?? nearby.map((candidate) => this.realPath(candidate)).find((real) => real !== undefined && !this.isDirectory(real)))
        ?? this.hugoPage(site, target.path)
        ?? this.firstExisting(hugoAssetRoots(site).map((root) => join(root, target.path)));
      return page ? {status: 'found', path: page} : {status: 'unchecked'};
    }
    // An ALL_CAPS_TOKEN target is a placeholder a build script fills in (a translation banner's URL).
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(target.path)) return {status: 'unchecked'};
    // A relative .html link with no file behind it may be a page the generator writes.
    if (/\.(html?|php)$/i.test(absolute)) {
      const source = this.firstExisting(['.md', '.markdown'].map((ext) => absolute.replace(/\.(html?|php)$/i, ext)));
      return source ? {status: 'found', path: source} : {status: 'unchecked'};
    }
    return {status: 'missing', path: absolute};
  }

  /**
   * The Markdown file behind a site-root page URL, as the generator maps it: Hugo from every
   * content root, without regard to case (Hugo lowercases URLs: `Format.md` is `/…/format/`);
   * Jekyll collections (`/docs/x/` from `_docs/x.md`); Docusaurus docs beside the site folder.
   */
  sitePage(site: SiteInfo | undefined, path: string): string | undefined {
    const clean = path.replace(/^\/+/, '');
    if (site?.generator === 'hugo') {
      const candidates = hugoContentRoots(site).flatMap((root) => pageCandidates(join(root, clean)));
      return this.firstExisting(candidates) ?? candidates.map((candidate) => this.realPath(candidate)).find((real) => real !== undefined && !this.isDirectory(real));
    }
    const bases = [contentRoot(site)].filter((root): root is string => root !== undefined);
    if (site?.generator === 'jekyll') {
      const [collection, ...rest] = clean.split('/');
      if (collection && rest.length > 0) bases.push(join(site.root, `_${collection}`, '..'));
      if (collection) return this.firstExisting([...bases.flatMap((base) => pageCandidates(join(base, clean))), ...pageCandidates(join(site.root, `_${collection}`, rest.join('/')))]);
    }
    if (site?.generator === 'docusaurus') bases.push(dirname(site.root));
    return this.firstExisting(bases.flatMap((base) => pageCandidates(join(base, clean))));
  }

  /**
   * Docusaurus resolves a Markdown file link from the file's folder, then from the docs folder
   * (`api/Store.md` anywhere in the docs); and serves a doc at its folder plus its front-matter
   * `slug` or `id` or its file name, so `../reducing-boilerplate` from a doc in `usage/structuring-reducers/`
   * is the doc of `usage/` whose id is `reducing-boilerplate`.
   */
  private docusaurusDoc(site: SiteInfo, from: string, target: LocalTarget): string | undefined {
    const docs = contentRoot(site);
    if (!docs) return undefined;
    if (/\.mdx?$/i.test(target.path)) return this.firstExisting([resolve(docs, target.path)]);
    if (extname(target.path) !== '' || target.path.includes('#')) return undefined;
    const url = resolve(dirname(from), target.path.replace(/\/+$/, ''));
    const name = basename(url);
    for (const path of this.docsIn(dirname(url))) {
      const data = this.files.get(path)?.frontMatter?.data;
      const slug = typeof data?.slug === 'string' ? data.slug.replace(/^\.?\/?/, '') : undefined;
      const id = typeof data?.id === 'string' ? data.id : undefined;
      // A number prefix orders docs and is not part of the URL (`01-intro.md` is `intro`).
      const fileName = basename(path).replace(/\.mdx?$/i, '').replace(/^\d+[-_.]/, '');
      if ((slug ?? id ?? fileName) === name || (slug === undefined && id === undefined && fileName.toLowerCase() === name.toLowerCase())) return path;
    }
    return undefined;
  }

  private docsByFolder: Map<string, string[]> | undefined;

  /** The Markdown and MDX files of the run directly in a folder (indexed on first use). */
  private docsIn(folder: string): string[] {
    if (!this.docsByFolder) {
      this.docsByFolder = new Map();
      for (const path of this.files.keys()) {
        if (!/\.mdx?$/i.test(path)) continue;
        const list = this.docsByFolder.get(dirname(path));
        if (list) list.push(path);
        else this.docsByFolder.set(dirname(path), [path]);
      }
    }
    return this.docsByFolder.get(folder) ?? [];
  }

  /** A relative link's target in the content tree Hugo assembles from its mounts (from the file's folder, then from the page URL). */
  private hugoMounted(site: SiteInfo, from: string, target: LocalTarget, absolute: string): string | undefined {
    const root = hugoContentRootOf(from, site);
    if (!root) return undefined;
    const files = hugoContentFileMounts(site);
    for (const base of [absolute, resolve(pageUrlFolder(from), target.path)]) {
      const below = relative(root, base).split(sep).join('/');
      if (below.startsWith('..')) continue;
      const file = files.get(below);
      if (file && this.firstExisting([file])) return file;
      if (isPageUrl(target.path)) {
        const page = this.hugoPage(site, below);
        if (page) return page;
      }
    }
    return undefined;
  }

  /** The page file a Hugo path names from the content root(s) (`GetPage` with a site path), if any. */
  hugoPage(site: SiteInfo, path: string): string | undefined {
    const clean = path.replace(/^\/+/, '');
    if (clean === '') return undefined;
    const candidates = hugoContentRoots(site).flatMap((root) => {
      const absolute = join(root, clean);
      return extname(clean) ? [absolute] : pageCandidates(absolute);
    });
    // Hugo lowercases page paths, so `methods/page/date/` is methods/page/Date.md.
    return this.firstExisting(candidates) ?? candidates.map((candidate) => this.realPath(candidate)).find((real) => real !== undefined && !this.isDirectory(real));
  }

  /**
   * The file an include names, resolved the way its generator does: Hugo's include shortcode
   * (`GetPage` from the page, then from the content root), Jekyll `_includes/` and
   * `include_relative`, MDX imports and MkDocs snippets (from the page or the site root).
   * Undefined when postlint cannot find it (a theme's include, an HTML partial).
   */
  resolveInclude(from: string, include: {path: string; kind: string}): string | undefined {
    const site = this.site(from);
    const path = include.path;
    const tryAll = (candidates: string[]): string | undefined => this.firstExisting(candidates);
    switch (include.kind) {
      case 'hugo': {
        const relativeTo = path.startsWith('/') ? [] : [...(extname(path) ? [resolve(dirname(from), path)] : pageCandidates(resolve(dirname(from), path)))];
        return tryAll(relativeTo) ?? (site?.generator === 'hugo' ? this.hugoPage(site, path) : undefined);
      }
      case 'liquid':
        return site ? tryAll([join(site.root, '_includes', path)]) : undefined;
      case 'liquid-relative':
      case 'mdx':
      case 'mdbook':
        return tryAll([resolve(dirname(from), path)]);
      case 'snippet':
        return tryAll([resolve(dirname(from), path), ...(site ? [join(site.root, path), join(contentRoot(site) ?? site.root, path)] : [])]);
      default:
        return undefined;
    }
  }

  /** Does this file's site render links through a Hugo link render hook? */
  linkHook(from: string): boolean {
    const site = this.site(from);
    return site?.generator === 'hugo' && hasLinkRenderHook(site);
  }

  /** The Markdown file behind a Hugo `ref`/`relref` path: from the page's folder, from the content root, or by its tail. */
  lookupRef(from: string, ref: string): string | undefined {
    const path = ref.replace(/#.*$/, '');
    if (path === '') return undefined;
    const content = contentRoot(this.site(from));
    const bases = path.startsWith('/') ? [content] : [dirname(from), content];
    for (const base of bases) {
      if (!base) continue;
      const absolute = join(base, path);
      const found = this.firstExisting([absolute, ...(extname(absolute) ? [] : pageCandidates(absolute))]);
      if (found) return found;
    }
    const tail = sep + path.replace(/^\/+/, '').split('/').join(sep);
    return [...this.files.keys()].find((file) => file.endsWith(tail) || file.endsWith(`${tail}.md`));
  }

  /** The exact file (or a folder's index file), or a no-index verdict for a folder without one. */
  private findExact(absolute: string, folder: boolean): FileLookup | undefined {
    // A file found by discovery exists with exactly this spelling: no need to walk the disk.
    if (!folder && this.files.has(absolute)) return {status: 'found', path: absolute};
    const real = this.realPath(absolute);
    if (!real || real !== absolute) return undefined;
    if (!this.isDirectory(absolute)) return folder ? undefined : {status: 'found', path: absolute};
    const index = this.firstExisting(indexFileNames.map((name) => join(absolute, name)));
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
      const real = this.realName(join(current, part));
      if (real === undefined) return undefined;
      current = join(current, real);
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
    const index = indexNames.map((name) => join(absolute, name));
    if (target.endsWith('/')) return index;
    return [absolute, ...(extname(absolute) ? [] : [...['.md', '.markdown'].map((ext) => absolute + ext), ...index])];
  }

  private fromSiteRoot(from: string, target: string): string | undefined {
    const site = this.site(from);
    return site ? join(site.root, target) : undefined;
  }

  /** Does a file exist with exactly this name (letter case included)? */
  exists(path: string): boolean {
    return this.realName(path) === basename(path);
  }

  /** The real name of an entry in its folder, matched without regard to case; undefined when absent. */
  realName(path: string): string | undefined {
    const entries = this.listDir(dirname(path));
    if (!entries) return undefined;
    const name = basename(path);
    return entries.exact.has(name) ? name : entries.folded.get(name.toLowerCase());
  }

  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }

  private listDir(dir: string): {exact: Set<string>; folded: Map<string, string>} | null {
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

/** Sites that serve each page as a folder (`a/b.md` at `/a/b/`), so that authors write links relative to that URL. */
function servedAsFolders(site: SiteInfo | undefined): boolean {
  return site?.generator === 'jekyll' || (site?.generator === 'mkdocs' && site.config.use_directory_urls !== false);
}
