import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {Point, Position} from 'unist';
import type {RunSettings} from './settings.js';
import type {FrontMatter} from './frontmatter.js';
import type {SiteInfo} from './site/detect.js';
import type {BareUrl} from './bare-urls.js';
import type {SiteIndex} from './site/index.js';
import type {Fix, SiteFix} from './fix.js';
import type {SpellerFileService, LinkService} from './services.js';

/** How loud a rule is: the three words users write in config. */
export type Severity = 'off' | 'warn' | 'error';

/** JSON-Schema fragment for one rule's options (kept loose: it is data, validated by ajv). */
export type JsonSchema = Record<string, unknown>;

/**
 * One option of a rule: its JSON Schema and its default, built with `option.*` (src/options.ts)
 * so that the TypeScript type comes from the same declaration (`OptionsOf`).
 */
export interface OptionSpec<T> {
  schema: JsonSchema;
  default: T;
  /** Never set: carries the option's TypeScript type. */
  readonly type?: T;
}

export type OptionSpecs = Record<string, OptionSpec<unknown>>;

/** The options object a rule's halves see: every option, its type from its spec. */
export type OptionsOf<S extends OptionSpecs> = {[K in keyof S]: S[K] extends OptionSpec<infer T> ? T : never};

/** What the engine owns and a rule may ask for: the link checker, the speller. */
export type ServiceName = 'links' | 'speller';

/** What a rule file declares in `meta` (see defineRule in src/rule-kit.ts). */
export interface RuleMetaInput<S extends OptionSpecs = OptionSpecs, M extends Record<string, string> = Record<string, string>> {
  /** The rule id: the interface users write in config and comments. */
  id: string;
  /** One line, shown by --list-rules, in SARIF and the README's rule table. */
  description: string;
  /** Default level. */
  severity: Exclude<Severity, 'off'>;
  /** Message templates by id; `{{name}}` is filled from a report's `data`. */
  messages: M;
  /** The options, each with its schema and default (`option.*`); absent when the rule has none. */
  options?: S;
  /** What its fixes mend (for --list-rules and the README); absent when it makes none. */
  fixable?: string;
  /** Its fixes are made only with `--fix-type <id>` or the rule's `fix` option: a guess the writer asks for. */
  fixOnRequest?: boolean;
  /** Needs the network (skipped with --offline). */
  network?: boolean;
  /** Engine services the rule asks for through its context. */
  services?: ServiceName[];
  /**
   * The rule checks that a page is finished (its images, links, sections; no placeholders): it says
   * nothing inside a page that will not go live until someone publishes it (a draft, `published:
   * false`, an expired post, a chapter the book does not list; see `heldBack` in src/publish.ts).
   * no-drafts reports such a page itself, no-unpublished-links the links into it.
   */
  leavesDraftsAlone?: boolean;
  /**
   * Rules whose finding about the same word at the same place is the same problem said better
   * (spelling yields to brand-casing on `jenkins`), or whose finding at the place a finding names
   * as its cause (`data.sameProblemAt`) is that problem itself: one problem, one finding (src/same-problem.ts).
   */
  yieldsTo?: string[];
}

/** A rule's meta as the engine, the config and the docs read it: the declaration plus what derives from it. */
export interface RuleMeta extends Omit<RuleMetaInput, 'options'> {
  /** Default options (derived from `options`); a user's options are merged over these. */
  defaults: Record<string, unknown>;
  /** JSON Schema of the options object (derived from `options`). */
  optionsSchema: JsonSchema;
  /** Address of the rule's page (docs/rules/<id>.md under the project's home). */
  docs: string;
  services: ServiceName[];
}

/** Position of a finding, 1-based. */
export interface Span {
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

/** Where a finding is: a unist point or position (from a node), or a span. */
export type Place = Point | Position | Span;

/** What every report says: which message, filled with what, where, and how to mend it. */
interface ReportBase<Id extends string> {
  messageId: Id;
  /** Fills the message's `{{name}}` slots; every slot must be filled. */
  data?: Record<string, string | number>;
  place: Place;
  /** 'warn': a warning whatever the rule's level (a finding of a milder kind: "links to an empty section"). */
  severity?: 'warn';
  /** Machine-readable facts about the finding, copied into JSON output as `data`. */
  details?: Record<string, unknown>;
}

export interface FileReport<Id extends string = string> extends ReportBase<Id> {
  /** Offsets into the file's text and what to write there. */
  fix?: Fix;
}

export interface SiteReport<Id extends string = string> extends ReportBase<Id> {
  /** The absolute path of the file the finding is on. */
  file: string;
  /** The text to change inside the place, and what to write (see src/fix.ts). */
  fix?: SiteFix;
}

/** Phase 1: what a rule's file half sees of one file. */
export interface FileContext<Options = Record<string, unknown>, Id extends string = string> {
  /** The file's absolute path. */
  path: string;
  /** The file's text as parsed (template code fenced, lone CRs made LFs: same offsets as on disk). */
  text: string;
  tree: Root;
  frontMatter: FrontMatter | undefined;
  site: SiteInfo | undefined;
  /** URLs written as plain text (src/bare-urls.ts). */
  bareUrls: BareUrl[];
  /** First lines (1-based) of MDX 1 component tags read as one element: their code is JSX, not a code sample (src/text/jsx-tags.ts). */
  componentLines: readonly number[];
  /** The generator reads the file as MDX (`.mdx`, or `.md` where it reads Markdown so): its components' children are prose, its `{…}` expressions and ESM lines are not. */
  mdx: boolean;
  settings: RunSettings;
  options: Options;
  report: (report: FileReport<Id>) => void;
  /** Plain data the rule's site half reads back for this file (it survives workers and the cache). */
  note: (value: unknown) => void;
  /** The speller for this file (rules that declare `services: ['speller']`). */
  speller: SpellerFileService;
}

/** One checked file's phase-1 findings of this rule, as its site half sees them. */
export interface FileFindings {
  /** Absolute path. */
  path: string;
  findings: VFileMessage[];
  /** What the file half noted there (`context.note`). */
  note: unknown;
  options: Record<string, unknown> | undefined;
}

/** Phase 2: what a rule's site half sees, once per run. */
export interface SiteContext<Options = Record<string, unknown>, Id extends string = string> {
  index: SiteIndex;
  /** The files this run reports on (the index may hold more). */
  targets: string[];
  options: (file: string) => Options | undefined;
  report: (report: SiteReport<Id>) => void;
  settings: RunSettings;
  /**
   * This rule's phase-1 findings on every checked file, with what its file half noted: signals
   * from the whole site may show some are not worth reporting (`withdraw`).
   */
  fileFindings: () => FileFindings[];
  withdraw: (findings: Iterable<VFileMessage>) => void;
  /**
   * Say something about the run once (not a finding, no exit-code change): findings withheld
   * because the site evidently works in a way postlint does not model (src/notices.ts).
   */
  notice?: (notice: import('./notices.js').Notice) => void;
  /** The link checker (rules that declare `services: ['links']`). */
  links: LinkService;
}

/**
 * A rule: its meta, and up to two halves. The file half runs in phase 1 on each file's tree (in
 * any worker thread, in any order); the site half once in phase 2 over every file's facts. They
 * share nothing but facts and notes, which is why they are two functions, not one closure.
 */
export interface RuleModule<Options = Record<string, unknown>, Id extends string = string> {
  meta: RuleMeta;
  // Method syntax: a rule with its own options type is still a RuleModule in the registry's map.
  file?(context: FileContext<Options, Id>): void | Promise<void>;
  site?(context: SiteContext<Options, Id>): void | Promise<void>;
}

export type {VFile};
