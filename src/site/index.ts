import {readdirSync, statSync} from 'node:fs';
import {basename, dirname, extname, join, resolve} from 'node:path';
import type {FileFacts} from '../facts.js';
import type {SiteInfo} from './detect.js';

const indexNames = ['index.md', '_index.md', 'README.md', 'index.markdown', 'readme.md'];

/**
 * The site-wide index built in phase 2 from every file's facts. Everything cross-file asks it;
 * rules never touch the file system themselves.
 */
export class SiteIndex {
  readonly files = new Map<string, FileFacts>();
  readonly sites = new Map<string, SiteInfo | undefined>();
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
