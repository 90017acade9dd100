import {existsSync} from 'node:fs';
import {dirname, extname, resolve} from 'node:path';
import {isBelow} from './paths.js';
import {VFile} from 'vfile';
import './vfile-data.js';
import {addRuleFailures, addSiteMessage, activeRules, fileResult, finish, listUnverifiable, placeSiteFixes, run, runSiteRules, type Document, type FileResult, type RunResult, type RunState} from './engine.js';
import {Phase1Runner, type Phase1Job} from './phase1.js';
import {discover, skipDirs} from './discover.js';
import {defaultExtensions} from './defaults.js';
import {rulesForFile, type ResolvedRule} from './config.js';
import {siteFor, unbuiltReason} from './site/detect.js';
import type {FileChange, SiteIndex} from './site/index.js';
import type {Phase1Cache} from './cache.js';
import type {RunSettings} from './settings.js';
import type {RuleModule, Span, SiteReport} from './types.js';
import {LinkChecker} from './services.js';
import {collectLinks} from './links/collect.js';

export interface IncrementalStart {
  cwd: string;
  /** Folders (or single files) whose files make up the index. */
  roots: string[];
  /** Unsaved texts to check, as if on disk. */
  documents: Document[];
  log: (line: string) => void;
  /** Phase-1 results kept across starts (a reload after a config change parses only what changed). */
  phase1Cache?: (settings: RunSettings) => Phase1Cache;
}

/** How a file on disk changed (the LSP's FileChangeType, by name). */
export type DiskChange = 'created' | 'changed' | 'deleted';

/** An on-save verdict: a site report without its place (it goes wherever the URL is written then). */
type Verdict = Omit<SiteReport, 'file' | 'place'>;

/** One network rule's on-save verdicts for a document, keyed by the URL as written. */
interface ExternalVerdicts {
  rule: RuleModule;
  verdicts: Map<string, Verdict[]>;
}


/**
 * One run kept alive and updated file by file, for the language server: the first run indexes
 * the whole site (as the CLI does); after that, an edited document is parsed alone and its facts
 * replace the old ones in the site index (`SiteIndex.update`), a file changed on disk likewise,
 * and the site rules run again only on the open documents the change can affect. Nothing walks or
 * hashes the whole site again until the settings change (then a new run is started).
 */
export class IncrementalRun {
  /** The open documents' texts (what phase 1 last read for them). */
  private readonly texts = new Map<string, string>();
  /** On-save verdicts of the network rules by document. */
  private readonly external = new Map<string, ExternalVerdicts[]>();
  private readonly runner: Phase1Runner;

  private constructor(private readonly state: RunState, readonly roots: string[], documents: Document[]) {
    this.runner = new Phase1Runner(state.rules, state.settings);
    for (const {path, text} of documents) this.texts.set(path, text);
  }

  /** Index the roots and check the documents; their findings come back in `result`. */
  static async start(options: IncrementalStart): Promise<{run: IncrementalRun; result: RunResult}> {
    let state: RunState | undefined;
    const documents = options.documents.map(({path, text}) => ({path: resolve(options.cwd, path), text}));
    const result = await run({
      cwd: options.cwd,
      paths: options.roots,
      targets: documents.map(({path}) => path),
      documents,
      // External links are checked on request only (checkExternal).
      offline: true,
      log: options.log,
      ...(options.phase1Cache ? {phase1Cache: options.phase1Cache} : {}),
      observe: (observed) => (state = observed),
    });
    if (!state) throw new Error('the run ended without its state');
    return {run: new IncrementalRun(state, options.roots, documents), result};
  }

  get index(): SiteIndex {
    return this.state.index;
  }

  get settings(): RunSettings {
    return this.state.settings;
  }

  get rules(): RunResult['rules'] {
    return this.state.rules;
  }

  /** Is this file (or site root) inside what the run indexed? */
  covers(path: string): boolean {
    return this.roots.some((root) => path === root || isBelow(path, root));
  }

  /** The open documents. */
  documents(): string[] {
    return [...this.texts.keys()];
  }

  /** An open document's text changed (or a document was opened): the documents whose findings may change. */
  async edit(path: string, text: string): Promise<Set<string>> {
    this.texts.set(path, text);
    const guard = this.state.index.guardKey();
    const indexed = await this.reindex(path);
    return indexed ? this.affected(path, indexed.change, guard) : new Set([path]);
  }

  /** A document was closed: the file on disk is what the index holds again. */
  async close(path: string): Promise<Set<string>> {
    this.texts.delete(path);
    this.external.delete(path);
    this.state.checked.delete(path);
    return this.disk(path, 'changed');
  }

  /**
   * A file changed on disk (a watcher event). An open document's text wins over its file; a file
   * that discovery would not have found (another extension, ignored, outside the roots) is not indexed.
   */
  async disk(path: string, change: DiskChange): Promise<Set<string>> {
    if (this.texts.has(path)) return new Set();
    const {index} = this.state;
    // Events may come late or out of order: what is on disk now decides.
    const guard = index.guardKey();
    if (change === 'deleted' && !existsSync(path)) {
      this.state.perFile.delete(path);
      return this.affected(path, index.remove(path), guard);
    }
    if (!index.facts(path) && !(await this.discoverable(path))) return new Set();
    const indexed = await this.reindex(path);
    return indexed ? this.affected(path, indexed.change, guard) : new Set();
  }

  /** Every open document is checked again (a words list changed): their file rules run again. */
  async recheck(): Promise<Set<string>> {
    for (const path of this.texts.keys()) await this.reindex(path);
    return new Set(this.texts.keys());
  }

  /**
   * Phase 1 for one file, from its open document's text (file rules too) or else from disk (facts
   * only), and its facts into the index: how the index changed, or undefined when the file's site
   * never builds it (then it is neither checked nor indexed, as in the CLI).
   */
  private async reindex(path: string): Promise<{change: FileChange | undefined} | undefined> {
    const text = this.texts.get(path);
    const job = await this.job(path, text, text !== undefined);
    if (unbuiltReason(path, job.site) !== undefined) return undefined;
    const output = await this.runner.lint(job);
    if (text !== undefined) this.state.checked.set(path, output);
    const {index} = this.state;
    return {change: output.facts ? index.update(output.facts, job.site) : index.remove(path)};
  }

  /**
   * Check a document's external links now (on save), through the link checker and its on-disk
   * cache as the CLI does; the verdicts are shown with the document's findings until the next
   * save, on whichever lines the same URLs are then written. The rules checked so are those that
   * need the network (`meta.network`), which the kept run leaves out. False when all are off for it.
   */
  async checkExternal(path: string): Promise<boolean> {
    const {index} = this.state;
    const network = this.networkRules(path);
    const facts = index.facts(path);
    if (network.length === 0 || !facts) return false;
    const settings: RunSettings = {...this.state.settings, offline: false};
    // One link checker (one link thread, its cache and limits) for the whole check.
    const links = new LinkChecker(settings);
    const written = new Map(collectLinks(facts, links.options.frontMatterFields).map((occurrence) => [`${occurrence.line}:${occurrence.column}`, occurrence.raw]));
    const found: ExternalVerdicts[] = [];
    for (const {rule, setting} of network) {
      const verdicts = new Map<string, Verdict[]>();
      await rule.site!({
        index,
        targets: [path],
        settings,
        options: () => setting.options,
        report: ({file: _file, place, ...rest}) => {
          const start = 'start' in place ? place.start : place;
          const raw = written.get(`${start.line}:${start.column}`);
          if (raw === undefined) return;
          const list = verdicts.get(raw) ?? [];
          list.push(rest);
          verdicts.set(raw, list);
        },
        // The on-save check has no file findings to weigh.
        fileFindings: () => [],
        withdraw: () => undefined,
        links,
      });
      found.push({rule, verdicts});
    }
    this.external.set(path, found);
    return true;
  }

  /** The rules on for this file that need the network, with their settings (the kept run is offline, so its own lists leave them out). */
  private networkRules(path: string): Array<{rule: RuleModule; setting: ResolvedRule}> {
    const {rules, loaded} = this.state;
    const on = rulesForFile(path, loaded, rules, {});
    return [...rules.values()].flatMap((rule) => {
      const setting = on.get(rule.meta.id);
      return rule.meta.network && rule.site && setting ? [{rule, setting}] : [];
    });
  }

  /** The findings of these open documents against the index as it is now. */
  async lint(targets: Iterable<string>): Promise<VFile[]> {
    const {rules, perFile, index, settings, checked, known} = this.state;
    const open = [...this.texts.keys()];
    const results: FileResult[] = open.map((path) => fileResult(path, checked.get(path), settings, index.facts(path)));
    const wanted = new Set(targets);
    const reported = results.filter((result) => wanted.has(result.path));
    const files = new Map(reported.map((result) => [result.path, result.file]));
    // Rules that weigh all checked files (spelling's site signals) see every open document.
    const links = new LinkChecker(settings);
    const failures = await runSiteRules({rules, perFile, settings, checked: new Set(open), links}, results, reported, index);
    for (const {path, facts} of reported) {
      const external = this.external.get(path);
      if (!external || !facts) continue;
      const network = new Map(this.networkRules(path).map(({rule, setting}) => [rule.meta.id, setting]));
      const occurrences = collectLinks(facts, links.options.frontMatterFields);
      for (const {rule, verdicts} of external) {
        const setting = network.get(rule.meta.id);
        if (!setting) continue;
        if (rule.meta.leavesDraftsAlone && index.heldBack(path, settings.now)) continue;
        const withRule = new Map([[path, new Map<string, ResolvedRule>([[rule.meta.id, setting]])]]);
        for (const occurrence of occurrences) {
          for (const verdict of verdicts.get(occurrence.raw) ?? []) {
            const place: Span = {line: occurrence.line, column: occurrence.column, ...(occurrence.endLine !== undefined ? {endLine: occurrence.endLine, endColumn: occurrence.endColumn ?? occurrence.column} : {})};
            addSiteMessage(files, withRule, rule, {...verdict, file: path, place});
          }
        }
      }
    }
    placeSiteFixes(reported, new Map(this.texts), settings);
    listUnverifiable(reported, index);
    for (const {file, facts} of reported) finish(file, facts, known, rules);
    addRuleFailures(reported, failures);
    return reported.map((result) => result.file);
  }

  /**
   * Which open documents a change to one file can affect: itself; for new ids, the documents
   * whose links lead into it; for a new file, a deleted one, new front matter or a new decision of
   * the model guard, all of them.
   */
  private affected(path: string, change: FileChange | undefined, guardBefore: string): Set<string> {
    const open = [...this.texts.keys()];
    const found = new Set(open.filter((each) => each === path));
    // The model guard decides on the whole site: when the edit moved a group over or under its thresholds, any open document may change.
    if (change === 'shape' || this.state.index.guardKey() !== guardBefore) return new Set(open);
    if (change === 'ids') for (const each of open) if (each !== path && this.state.index.dependencies(each).has(path)) found.add(each);
    return found;
  }

  private async job(path: string, text: string | undefined, check: boolean): Promise<Phase1Job> {
    const {sites, perFile, loaded, rules, settings} = this.state;
    if (!sites.has(path)) sites.set(path, await siteFor(dirname(path)));
    let active = perFile.get(path);
    if (!active) perFile.set(path, (active = activeRules(path, loaded, rules, {}, settings)));
    return {path, active: check ? [...active] : [], site: sites.get(path), ...(text !== undefined ? {text} : {})};
  }

  /** Would discovery have found this new file: one of the extensions, inside a root, not ignored? */
  private async discoverable(path: string): Promise<boolean> {
    const extensions = (this.state.loaded.config.extensions ?? defaultExtensions).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`).toLowerCase());
    if (!extensions.includes(extname(path).toLowerCase()) || !this.covers(path) || path.split(/[\\/]/).some((part) => skipDirs.has(part))) return false;
    try {
      return (await discover([path], {...this.state.discoverOptions, warn: () => {}})).includes(path);
    } catch {
      return false;
    }
  }
}
