/**
 * Files that are no page of their own but are shown in a page whose template code writes them
 * (a Jekyll collection listed by a template): where each is shown, the files each page shows,
 * and the page's ids (the template's and its members' heading ids). The generator says where a
 * file is shown (`Generator.shownIn`); this keeps the answers for the run.
 */
import {nearMissHint} from '../closest.js';
import {readSmallFile} from '../read-text.js';
import {fieldsOnly} from '../frontmatter.js';
import type {FileFacts} from '../facts.js';
import type {SiteInfo} from './detect.js';
import {generatorOf} from './generators/index.js';
import {readFrontMatterDataSync} from './generators/common.js';
import type {PageFrontMatter, ResolveContext, Resolution, ShownIn} from './generators/types.js';
import {fragmentForms, type IdTarget} from './anchors.js';
import type {FragmentVerdict} from './index.js';

/** What the shown pages need from the site index. */
export interface ShownPagesHost {
  readonly files: ReadonlyMap<string, FileFacts>;
  site(path: string): SiteInfo | undefined;
  isPage(path: string): boolean;
  ids(file: string): {ids: Map<string, IdTarget>; unknown?: string};
}

export class ShownPages {
  private readonly shownCache = new Map<string, ShownIn | undefined>();
  private shownPages: Map<string, string[]> | undefined;

  constructor(private readonly host: ShownPagesHost) {}

  /** Forget every answer (a file of the run changed). */
  clear(): void {
    this.shownCache.clear();
    this.shownPages = undefined;
  }

  /** Where a file that is no page of its own is shown, by its generator (a page whose template code writes it). */
  shownIn(path: string): ShownIn | undefined {
    if (this.shownCache.has(path)) return this.shownCache.get(path);
    const site = this.host.site(path);
    const generator = site ? generatorOf(site) : undefined;
    // Whether the file is a page is asked only of a generator that shows files in pages: asked of every file of a big site, it costs.
    const shown = site && generator?.shownIn && !this.host.isPage(path) ? generator.shownIn(path, site, this.host.files.get(path)?.frontMatter) : undefined;
    this.shownCache.set(path, shown);
    return shown;
  }

  /** The files of the run shown in a page (see `shownIn`): their heading ids are ids of that page. */
  shownOn(page: string): string[] {
    if (!this.shownPages) {
      this.shownPages = new Map();
      for (const file of this.host.files.keys()) {
        const shown = this.shownIn(file);
        if (shown && 'page' in shown) this.shownPages.set(shown.page, [...(this.shownPages.get(shown.page) ?? []), file]);
      }
    }
    return this.shownPages.get(page) ?? [];
  }

  /**
   * A relative link in a file a page shows is read from that page's URL: the context to read it
   * in, or why it cannot be read; undefined for a file no page shows.
   */
  relativeContext(from: string, base: ResolveContext): {context: ResolveContext} | {resolution: Resolution} | undefined {
    const shown = this.shownIn(from);
    if (!shown) return undefined;
    if ('unknown' in shown) return {resolution: {status: 'unverifiable', reason: shown.unknown}};
    if (shown.url === undefined) return {resolution: {status: 'unverifiable', reason: `${shown.why}, at a URL only the build knows`}};
    const page = shown.page;
    return {context: {...base, from: page, frontMatterOf: (path) => (path === page ? this.pageFrontMatter(page) : base.frontMatterOf(path))}};
  }

  /** A page's front matter, whatever its extension (a page postlint does not parse, such as an HTML page). */
  private pageFrontMatter(path: string): PageFrontMatter {
    const facts = this.host.files.get(path);
    if (facts) return facts.frontMatter;
    let data: Record<string, unknown> | undefined;
    try {
      data = readFrontMatterDataSync(readSmallFile(path), generatorOf(this.host.site(path)).introFrontMatter === true);
    } catch {
      data = undefined;
    }
    return data ? fieldsOnly(data) : undefined;
  }

  /** Does the fragment name an id of a page postlint does not parse but knows the ids of (a page showing other files)? */
  verdict(page: string, fragment: {written: string; decoded: string}): FragmentVerdict | undefined {
    const members = this.shownOn(page);
    const shown = members.length > 0 ? this.shownIn(members[0]!) : undefined;
    if (!shown || !('page' in shown)) return undefined;
    const known = new Map<string, IdTarget>([...shown.ids.keys()].map((id) => [id, {kind: 'html'}]));
    let unknown = shown.unknownIds;
    for (const member of members) {
      const own = this.host.ids(member);
      for (const [id, target] of own.ids) if (!known.has(id)) known.set(id, target);
      unknown ??= own.unknown;
    }
    for (const form of fragmentForms(fragment.written, fragment.decoded)) {
      const found = known.get(form);
      if (found) return {status: 'ok', target: found};
    }
    const maybe = shown.maybe.find((pattern) => pattern.test.test(fragment.decoded));
    unknown ??= maybe?.why;
    if (unknown) return {status: 'unverifiable', reason: `${unknown}${unknown === shown.unknownIds && shown.byTheme ? nearMissHint(fragment.decoded, known.keys()) : ''}`, known: [...known.keys()]};
    return {status: 'missing', known: [...known.keys()].filter((id) => id !== '')};
  }
}
