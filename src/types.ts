import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import type {Plugin} from 'unified';

/** How loud a rule is: the three words users write in config. */
export type Severity = 'off' | 'warn' | 'error';

/** JSON-Schema fragment for one rule's options (kept loose: it is data, validated by ajv). */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  /** The rule id: the interface users write in config and comments. */
  id: string;
  /** One line, shown by --list-rules and in SARIF. */
  description: string;
  severity: Severity;
  /** Default options; a user's options are merged over these. */
  defaults: Record<string, unknown>;
  /** JSON Schema of the options object. */
  optionsSchema: JsonSchema;
  /** Address of the rule's page (docs/rules/<id>.md under the project's home). */
  docs: string;
  /** Needs the network (skipped with --offline). */
  network?: boolean;
  /** What its fixes mend (for --list-rules and the README); absent when it makes none. */
  fixable?: string;
  /** Its fixes are made only with `--fix-type <id>` or the rule's `fix` option: a guess the writer asks for. */
  fixOnRequest?: boolean;
}

/** Position of a finding, 1-based. */
export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A site-phase finding before it is attached to its file. */
export interface SiteReport extends Span {
  file: string;
  message: string;
  /** Lower the severity to a warning whatever the rule's level (e.g. "links to an empty section"). */
  warnOnly?: boolean;
  /** Extra machine-readable data copied into JSON output. */
  data?: Record<string, unknown>;
  /** The text to change inside the span, and what to write (see src/fix.ts). */
  fix?: import('./fix.js').SiteFix;
}

export interface SiteRuleContext<Options = Record<string, unknown>> {
  index: import('./site/index.js').SiteIndex;
  /** The files this run reports on (the index may hold more). */
  targets: string[];
  options: (file: string) => Options | undefined;
  report: (report: SiteReport) => void;
  settings: import('./settings.js').RunSettings;
}

/** One checked file as `refine` sees it. */
export interface RefineFile {
  /** Absolute path. */
  path: string;
  /** This rule's messages on the file (VFileMessages with the rule's `data`). */
  messages: Array<import('vfile-message').VFileMessage>;
  /** What the file rule noted, if anything. */
  note: unknown;
  options: Record<string, unknown> | undefined;
}

export interface RuleModule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  /** Phase 1: a unified-lint-rule plugin that runs on each file's tree. */
  fileRule?: Plugin<[unknown?], Root>;
  /**
   * Runs once before phase 1 when the rule is on for at least one file: check the rule's own
   * config sections and load what it needs; a UsageError here is a configuration error (exit 2).
   */
  prepare?: (settings: import('./settings.js').RunSettings) => void | Promise<void>;

  /**
   * Phase 1, optional: sees each file's facts as soon as they exist (in the main thread), so that
   * slow work such as link requests starts while other files are still being parsed. Never
   * reports: the site half does, once it has everything.
   */
  prefetch?: (facts: import('./facts.js').FileFacts, settings: import('./settings.js').RunSettings) => void;
  /**
   * Optional, once before phase 1, with the files this rule is on for: a network rule may start its
   * slow work from their raw text before the parser gets to them. Never reports. A network rule's
   * thread needs a core while it works; the promise it may return settles once the thread has
   * nothing left waiting to start (every request sent or answered), and the core goes to parsing.
   */
  prescan?: (paths: string[], settings: import('./settings.js').RunSettings) => void | Promise<void>;
  /**
   * Files besides the post whose contents change this rule's findings on it (a words list, a
   * dictionary): the per-file cache is keyed by their state too.
   */
  cacheInputs?: (settings: import('./settings.js').RunSettings, site: import('./site/detect.js').SiteInfo | undefined) => string[];
  /**
   * After phase 1, optional: sees this rule's messages on every file the run checked, with what
   * its file rule noted there (`file.data.notes[id]`), and names the messages to drop because a
   * signal from all those files together shows they are not worth reporting (a word written
   * the same way in many files of a site is one of its terms). Runs before the site rules.
   */
  refine?: (files: RefineFile[], settings: import('./settings.js').RunSettings) => Set<unknown>;
  /** Phase 2: runs once over the site index. May be async (network rules). */
  siteRule?: (context: SiteRuleContext<Options>) => void | Promise<void>;
}

export type {VFile};
