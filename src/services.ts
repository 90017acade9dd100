import type {FileFacts} from './facts.js';
import type {RunSettings} from './settings.js';
import type {SiteInfo} from './site/detect.js';
import type {Speller} from './spelling/speller.js';
import type {CheckReport} from './links/index.js';
import type {LinkOptions} from './links/options.js';
import {defaultMaxFileSize} from './defaults.js';
// The main thread loads no HTTP code: requests live in the worker (src/links/worker.ts).
import {collectLinks, isExcluded} from './links/collect.js';
import {linkOptions} from './links/options.js';
import {RemoteLinkSession} from './links/remote.js';
import {prepareSpelling, spellingCacheInputs} from './spelling/speller.js';

/**
 * Services the engine owns for one run, which rules ask for by name in `meta.services` and use
 * through their context. The engine decides when their slow work starts (before phase 1, while
 * files are parsed); rules only ask for answers.
 */

/** The link checker as a site half sees it. */
export interface LinkService {
  /** The config's `links` section, read and checked. */
  readonly options: LinkOptions;
  /** Ask for a URL (and the fragments wanted in it); a URL already asked for is not asked again. */
  want(url: string, fragments: string[]): void;
  /** Every answer, once all URLs asked for are settled. */
  results(): Promise<CheckReport>;
}

/** The speller as a file half sees it. */
export interface SpellerFileService {
  /** The speller for this file's site and spelling settings (built once a run per site). */
  get(): Promise<Speller>;
  /** The folder whose `.postlint/words.txt` holds the file's site words. */
  wordsRoot(): string;
}

/** The run's link checker: one session in a worker thread, started at most once. */
export class LinkChecker implements LinkService {
  private session: RemoteLinkSession | undefined;
  private linkOptions: LinkOptions | undefined;

  constructor(private readonly settings: RunSettings) {}

  get options(): LinkOptions {
    // Read here first, so that a config mistake is a usage error on the main thread; the link
    // worker reads them again and is the one that warns (say, of an unset variable).
    this.linkOptions ??= linkOptions({...this.settings, log: () => {}});
    return this.linkOptions;
  }

  private started(): RemoteLinkSession {
    if (!this.session) {
      // The options first: a mistake in them stops the run before a thread starts.
      void this.options;
      this.session = new RemoteLinkSession(this.settings);
    }
    return this.session;
  }

  /**
   * Before phase 1: the link worker reads the files itself and starts on the links a
   * conservative pre-scan is sure of (src/links/prescan.ts), so requests begin before the first
   * parse ends. Settles once the worker has nothing left waiting to start.
   */
  prescan(paths: string[]): Promise<void> {
    const session = this.started();
    session.prescan(paths, this.settings.config.maxFileSize ?? defaultMaxFileSize);
    return session.quiet;
  }

  /** Phase 1: start checking a file's URLs while the other files are still being parsed. */
  prefetch(facts: FileFacts): void {
    const {options} = this;
    for (const occurrence of collectLinks(facts, options.frontMatterFields)) {
      if (occurrence.url && !isExcluded(occurrence, options)) this.want(occurrence.url, occurrence.fragment !== undefined ? [occurrence.fragment] : []);
    }
  }

  want(url: string, fragments: string[]): void {
    this.started().want(url, fragments);
  }

  results(): Promise<CheckReport> {
    return this.started().results();
  }
}

/** The run's speller, as the engine prepares it: configuration checked and dictionaries found before phase 1. */
export const spellerService = {
  /** Check the `spelling` config section and load the dictionaries: a mistake there is a configuration error. */
  prepare: (settings: RunSettings): Promise<void> => prepareSpelling(settings),
  /** Files besides the post whose contents change spelling findings on it (words lists, dictionaries): part of the cache key. */
  cacheInputs: (settings: RunSettings, site: SiteInfo | undefined): string[] => spellingCacheInputs(settings, site),
};
