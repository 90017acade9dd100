import {dirname, resolve} from 'node:path';
import {TextDocument} from 'vscode-languageserver-textdocument';
import type {Diagnostic} from 'vscode-languageserver';
import type {VFile} from 'vfile';
import type {RunSettings} from '../settings.js';
import {forgetSites, siteFor} from '../site/detect.js';
import type {SiteIndex} from '../site/index.js';
import {UsageError} from '../errors.js';
import {Phase1Cache} from '../cache.js';
import {IncrementalRun, type DiskChange} from '../incremental.js';
import type {PostlintConfig} from '../config.js';
import {problemDiagnostic, toDiagnostic} from './diagnostics.js';
import {pathOf} from './uris.js';
import {isBelow, outermost} from '../paths.js';

/** What completion, hover and definition read: the live site index and the settings. */
export interface LintState {
  index: SiteIndex;
  settings: RunSettings;
  config: PostlintConfig;
}

export interface LinterHooks {
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  log(line: string): void;
  /** A long task begins (indexing); the function returned ends it. */
  progress(message: string): Promise<() => void>;
}

/** A file changed on disk, as the watcher reports it. */
export interface WatchedChange {
  path: string;
  change: DiskChange;
}

/**
 * The open documents of one workspace folder and the index of their sites, kept current one
 * change at a time (src/incremental.ts): typing re-parses the edited document only, and the
 * documents whose findings may change (itself; for a renamed heading, the documents linking to
 * it) are published again. Work is serialized: one change is applied at a time, in order.
 */
export class FolderLinter {
  private current: IncrementalRun | undefined;
  /** The settings (config files, generator configs) changed: the next step starts a new run. */
  private stale = true;
  /** Documents edited since the last step, by path (debounced). */
  private readonly edited = new Set<string>();
  /** The text and version each published document's findings belong to. */
  private readonly linted = new Map<string, TextDocument>();
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Phase-1 results of the files on disk, kept across runs: a reload parses only what changed. */
  private cache: Phase1Cache | undefined;

  constructor(
    readonly root: string,
    private readonly documents: () => TextDocument[],
    private readonly hooks: LinterHooks,
    private readonly delay: number,
    /** A workspace folder (indexed when a document has no site), or only the folder of a lone file. */
    private readonly workspace: boolean,
  ) {}

  get state(): LintState | undefined {
    const current = this.current;
    return current ? {index: current.index, settings: current.settings, config: current.settings.config} : undefined;
  }

  owns(path: string): boolean {
    return path === this.root || isBelow(path, this.root);
  }

  /** A document was opened or edited: check it soon (after `delay` ms without another edit). */
  edit(path: string): void {
    this.edited.add(path);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.step();
    }, this.delay);
  }

  /** Index the folder now, so that the first check of an opened document is quick. */
  warm(): void {
    this.step();
  }

  /** A document was closed: the file on disk takes its place in the index. */
  close(path: string): void {
    this.edited.delete(path);
    this.linted.delete(path);
    this.enqueue(async (run) => this.publish(run, await run.close(path)));
  }

  /** Files changed on disk (content files; settings changes go through `reload`). */
  disk(changes: WatchedChange[]): void {
    this.enqueue(async (run) => {
      const affected = new Set<string>();
      for (const {path, change} of changes) for (const each of await run.disk(path, change)) affected.add(each);
      await this.publish(run, affected);
    });
  }

  /**
   * Config files or a generator config changed: settings and sites are read again, the index rebuilt. After a side
   * file the model read (`sideFile`), the in-memory results too: they are keyed by each page's own text, not by it.
   */
  reload(sideFile = false): void {
    this.stale = true;
    if (sideFile) this.cache = undefined;
    forgetSites();
    this.step();
  }

  /** A words list changed: the open documents' file rules run again. */
  recheck(): void {
    this.enqueue(async (run) => this.publish(run, await run.recheck()));
  }

  /** A document was saved: its external links are checked (network, the link cache) and it is published again. */
  saved(path: string): Promise<void> {
    return this.enqueue(async (run) => {
      if (await run.checkExternal(path)) await this.publish(run, new Set([path]));
    });
  }

  /** Resolves once no change is waiting (an edit still in its debounce is applied now). */
  idle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.step();
    }
    return this.queue;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Apply the edits waiting (starting a run first when there is none or the settings changed). */
  private step(): void {
    void this.enqueue(async (run) => {
      const affected = new Set<string>();
      for (const path of this.takeEdits()) {
        const live = this.open().get(path);
        if (!live) continue;
        this.linted.set(path, snapshot(live));
        for (const each of await run.edit(path, live.getText())) affected.add(each);
      }
      await this.publish(run, affected);
    });
  }

  private takeEdits(): string[] {
    const paths = [...this.edited];
    this.edited.clear();
    return paths;
  }

  /** The open `file:` documents of this folder, by path. */
  private open(): Map<string, TextDocument> {
    return new Map(this.documents().filter((document) => document.uri.startsWith('file:') && this.owns(pathOf(document.uri))).map((document) => [pathOf(document.uri), document]));
  }

  /** Run one task after the others, on a current run; a failure is shown on the open documents and logged, never thrown. */
  private enqueue(task: (run: IncrementalRun) => Promise<void>): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        const run = await this.ready();
        if (run) await task(run);
      } catch (error) {
        this.fail(error);
      }
    });
    return this.queue;
  }

  /**
   * The current run, or a new one when the settings changed or an open document lies outside what
   * it indexed (a file of another site): the whole sites are indexed then, with the open documents checked.
   */
  private async ready(): Promise<IncrementalRun | undefined> {
    const open = this.open();
    const roots = new Set<string>();
    // Each document's site is indexed; a file outside any site and any workspace folder is indexed
    // alone (its folder may be a home directory, not something to read through).
    for (const path of open.keys()) roots.add((await siteFor(dirname(path)))?.root ?? (this.workspace ? this.root : path));
    if (open.size === 0 && this.workspace) roots.add(this.root);
    if (this.current && !this.stale && [...roots].every((root) => this.current!.covers(root))) return this.current;
    for (const root of this.current && !this.stale ? this.current.roots : []) roots.add(root);
    this.stale = false;
    this.current = undefined;
    // What the new run reads is the documents as they are now: pending edits are part of it.
    this.edited.clear();
    const snapshots = [...open].map(([path, live]) => ({path, document: snapshot(live)}));
    const done = await this.hooks.progress(`indexing ${this.root}`);
    try {
      const {run, result} = await IncrementalRun.start({
        cwd: this.root,
        roots: outermost(roots),
        documents: snapshots.map(({path, document}) => ({path, text: document.getText()})),
        log: (line) => this.hooks.log(line),
        phase1Cache: (settings) => (this.cache ? this.cache.forRun(settings) : (this.cache = Phase1Cache.inMemory(settings))),
      });
      this.current = run;
      const byPath = new Map(result.files.map((file) => [resolve(file.cwd, file.path), file]));
      for (const {path, document} of snapshots) {
        this.linted.set(path, document);
        this.send(document, byPath.get(path), run);
      }
      return run;
    } catch (error) {
      // Not started: the next change tries again (the config may be fixed by then).
      this.stale = true;
      for (const {path, document} of snapshots) this.linted.set(path, document);
      throw error;
    } finally {
      done();
    }
  }

  private async publish(run: IncrementalRun, paths: Set<string>): Promise<void> {
    const targets = [...paths].filter((path) => this.linted.has(path));
    if (targets.length === 0) return;
    const files = await run.lint(targets);
    const byPath = new Map(files.map((file) => [resolve(file.cwd, file.path), file]));
    for (const path of targets) this.send(this.linted.get(path)!, byPath.get(path), run);
  }

  private send(document: TextDocument, file: VFile | undefined, run: IncrementalRun): void {
    this.hooks.publish(document.uri, document.version, (file?.messages ?? []).map((message) => toDiagnostic(message, document, run.rules)));
  }

  /** A configuration error (or a crash) is shown on the open documents, and the server lives on. */
  private fail(error: unknown): void {
    const text = error instanceof UsageError ? error.message : `postlint failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
    this.hooks.log(text);
    for (const document of this.linted.values()) this.hooks.publish(document.uri, document.version, [problemDiagnostic(text.split('\n')[0]!, document, error instanceof UsageError ? 'postlint-config' : 'postlint-crash')]);
  }
}

/** The text and version that findings are computed for (the live document changes under a running check). */
function snapshot(live: TextDocument): TextDocument {
  return TextDocument.create(live.uri, live.languageId, live.version, live.getText());
}
