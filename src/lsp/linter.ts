import {dirname, resolve, sep} from 'node:path';
import {TextDocument} from 'vscode-languageserver-textdocument';
import type {Diagnostic} from 'vscode-languageserver';
import {run, type RunResult} from '../engine.js';
import type {RunSettings} from '../settings.js';
import {siteFor} from '../site/detect.js';
import type {SiteIndex} from '../site/index.js';
import {UsageError} from '../errors.js';
import {Phase1Cache} from '../cache.js';
import {problemDiagnostic, toDiagnostic} from './diagnostics.js';
import {pathOf} from './uris.js';

/** What the last lint of a workspace folder left: its site index and settings, for completion, hover and definition. */
export interface LintState {
  index: SiteIndex;
  result: RunResult;
}

export interface LinterHooks {
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  log(line: string): void;
}

/**
 * Lints the open documents of one workspace folder together: the rest of each document's site
 * is read from disk, the open documents' unsaved text replaces theirs. Runs are debounced and
 * never overlap; a change during a run starts one more run after it.
 */
export class FolderLinter {
  state: LintState | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly settled: Array<() => void> = [];
  /** Phase-1 results of the files on disk, kept between lints: an edit re-parses only the edited documents. */
  private cache: Phase1Cache | undefined;

  constructor(
    readonly root: string,
    private readonly documents: () => TextDocument[],
    private readonly hooks: LinterHooks,
    private readonly delay: number,
    /** A workspace folder (indexed when a document has no site), or only the folder of a lone file. */
    private readonly workspace: boolean,
  ) {}

  owns(path: string): boolean {
    return path === this.root || path.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep);
  }

  /** Lint soon (after `delay` ms without another call). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, this.delay);
  }

  /** Resolves once no lint is scheduled or running (used before answering requests that need the index). */
  idle(): Promise<void> {
    if (!this.timer && !this.running) return Promise.resolve();
    return new Promise((done) => this.settled.push(done));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private start(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.lint().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.start();
      } else if (!this.timer) {
        for (const done of this.settled.splice(0)) done();
      }
    });
  }

  /** Index the workspace folder now (parse every file for its facts), so that the first lint of an opened file is quick. */
  warm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.start();
  }

  private readonly phase1Cache = (settings: RunSettings): Phase1Cache => (this.cache ? this.cache.forRun(settings) : (this.cache = Phase1Cache.inMemory(settings)));

  /** A run that reports on no file: it only fills the phase-1 cache and the index. */
  private async index(): Promise<void> {
    try {
      let index: SiteIndex | undefined;
      const result = await run({
        cwd: this.root,
        paths: [this.root],
        targets: [],
        offline: true,
        log: (line) => this.hooks.log(line),
        phase1Cache: this.phase1Cache,
        impact: (built) => {
          index = built;
          return new Map();
        },
      });
      if (index) this.state = {index, result};
    } catch (error) {
      this.hooks.log(`postlint: could not index ${this.root}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async lint(): Promise<void> {
    const open = this.documents().filter((document) => document.uri.startsWith('file:') && this.owns(pathOf(document.uri)));
    if (open.length === 0) {
      if (this.workspace && !this.state) await this.index();
      return;
    }
    // Snapshots: the open documents are updated in place while the run is under way, and the
    // findings (positions, fix offsets, the version they are for) belong to the text that was linted.
    const snapshot = open.map((live) => {
      const text = live.getText();
      return {document: TextDocument.create(live.uri, live.languageId, live.version, text), path: pathOf(live.uri), text};
    });
    try {
      const roots = new Set<string>();
      // Each document's site is indexed; a file outside any site and any workspace folder is linted alone
      // (its folder may be a home directory, not something to read through).
      for (const {path} of snapshot) roots.add((await siteFor(dirname(path)))?.root ?? (this.workspace ? this.root : path));
      let index: SiteIndex | undefined;
      const result = await run({
        cwd: this.root,
        paths: [...roots],
        targets: snapshot.map(({path}) => path),
        documents: snapshot.map(({path, text}) => ({path, text})),
        // Network rules (external links) are not run while typing.
        offline: true,
        // The first lint parses the whole site (in worker threads when it is large); after that only
        // the edited documents and files changed on disk are parsed, in this thread.
        phase1Cache: this.phase1Cache,
        log: (line) => this.hooks.log(line),
        impact: (built) => {
          index = built;
          return new Map();
        },
      });
      if (index) this.state = {index, result};
      const byPath = new Map(result.files.map((file) => [resolve(file.cwd, file.path), file]));
      for (const {document, path} of snapshot) {
        const file = byPath.get(path);
        this.hooks.publish(document.uri, document.version, (file?.messages ?? []).map((message) => toDiagnostic(message, document, result.rules)));
      }
    } catch (error) {
      // A configuration error (or a crash) is shown on the documents, and the server lives on.
      const text = error instanceof UsageError ? error.message : `postlint failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
      this.hooks.log(text);
      for (const {document} of snapshot) this.hooks.publish(document.uri, document.version, [problemDiagnostic(text.split('\n')[0]!, document, error instanceof UsageError ? 'postlint-config' : 'postlint-crash')]);
    }
  }
}
