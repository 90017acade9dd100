/**
 * What most generators share: config reading, file tests, and the defaults a module starts from
 * (`...defaults`) before it says what is its own.
 */
import {statSync} from 'node:fs';
import {readSmallFile, warnNotUsed} from '../../read-text.js';
import {basename, join, relative, resolve, sep} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {parse as parseToml} from 'smol-toml';
import {parseFrontMatterDate} from '../../dates.js';
import {pageCandidates} from '../files.js';
import type {Span} from '../../types.js';
import type {FieldType, Generator, LinkRequest, PageFrontMatter, PublishProblem, ResolveContext, Resolution, SiteInfo} from './types.js';
import {hugoIntro, readOrgFields} from '../../front-matter-hugo-intro.js';
import {listedAbsent} from './detect-listing.js';

/**
 * Suffixes of the non-HTML media types a generator writes a page as when its URL ends in one
 * (Hugo's built-in media types: application/json, application/rss+xml, text/plain, text/calendar…).
 */
const nonDocumentSuffixes = new Set(['json', 'xml', 'rss', 'atom', 'txt', 'csv', 'ics', 'webmanifest', 'yaml', 'yml', 'toml', 'js', 'mjs', 'css', 'svg', 'pdf']);

/** Why a page served at this URL is no HTML document (`/index.json`: "its URL ends in .json"), if so. */
export function nonDocumentUrl(url: string | undefined): string | undefined {
  const suffix = /\.([a-z]+)$/i.exec(url?.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();
  return suffix !== undefined && nonDocumentSuffixes.has(suffix) ? `its URL (${url}) ends in .${suffix}` : undefined;
}

// `throwIfNoEntry: false`: a missing file is the common answer here (layout and config candidates tried in
// turn), and an error object with its stack costs about ten times the stat; other errors still throw.
export function isFile(path: string): boolean {
  // A name the folder under detection lacks needs no stat (detect-listing.ts).
  if (listedAbsent(path)) return false;
  try {
    const info = statSync(path, {throwIfNoEntry: false});
    if (info === undefined) return false;
    // A config file that is a device or a FIFO (a planted link to /dev/zero) is not read: said once.
    if (!info.isFile() && !info.isDirectory()) warnNotUsed(path, 'Cannot read file: it is not a regular file');
    return info.isFile();
  } catch {
    return false;
  }
}

export function isDir(path: string): boolean {
  if (listedAbsent(path)) return false;
  try {
    return statSync(path, {throwIfNoEntry: false})?.isDirectory() === true;
  } catch {
    return false;
  }
}

export function readText(path: string): string | undefined {
  try {
    return readSmallFile(path);
  } catch {
    return undefined;
  }
}

/** A YAML, TOML or JSON config file's data; `{}` when unreadable. JS configs are never run. */
export async function readConfig(path: string): Promise<Record<string, unknown>> {
  try {
    const text = readSmallFile(path);
    let data: unknown;
    if (path.endsWith('.toml')) data = (await import('smol-toml')).parse(text);
    else if (path.endsWith('.json')) data = JSON.parse(text);
    else if (/\.ya?ml$/.test(path)) data = (await import('yaml')).parse(text, {logLevel: 'silent'});
    return isObject(data) ? data : {};
  } catch {
    return {};
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Config lookup without regard to case (Hugo reads its keys that way). */
export function get(data: unknown, ...keys: string[]): unknown {
  let current = data;
  for (const key of keys) {
    if (!isObject(current)) return undefined;
    // The first own key that matches, in Object.entries' order, without an array of pairs a lookup
    // (asked for every link and page: 1.7 % of a run's allocations).
    const wanted = key.toLowerCase();
    let found: unknown;
    for (const name in current) {
      if (Object.hasOwn(current, name) && name.toLowerCase() === wanted) {
        found = (current as Record<string, unknown>)[name];
        break;
      }
    }
    current = found;
  }
  return current;
}

export function stringList(value: unknown, fallback: string[]): string[] {
  return typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : fallback;
}

/** A site-root path looked up in the static roots: the file, a folder's index, a page beside a folder, a compiled stylesheet. */
export function lookInRoots(request: LinkRequest, context: ResolveContext, roots = context.roots): Resolution | undefined {
  for (const root of roots) {
    // `/old/guide/` names the folder old/guide: without the trailing `/`, which the disk's spelling (findExact compares) never has.
    const base = join(root, request.path).replace(/(?<=.)[\\/]+$/, '');
    const found = context.findExact(base, request.folder);
    // `/about/team` next to both about/team.md and an about/team/ folder without an index is the page.
    const page = found?.status === 'no-index' && !request.folder ? context.firstExisting(['.md', '.markdown'].map((ext) => base + ext)) : undefined;
    if (page) return {status: 'found', path: page};
    // `/x/` is answered here only by a folder's index.html as it is served (public/x/index.html): a page
    // source (`x/index.md`) or a folder without an index is left to the generator's page readings.
    if (found && (!request.folder || (found.status === 'found' && /^index\.html?$/i.test(basename(found.path))))) return found;
    // Jekyll and Hugo compile assets/css/site.scss to /assets/css/site.css.
    const compiled = /\.css$/i.test(base) ? context.firstExisting(['.scss', '.sass'].map((ext) => base.replace(/\.css$/i, ext))) : undefined;
    if (compiled) return {status: 'found', path: compiled};
  }
  return undefined;
}

/** The same path with different letter case in one of the roots, or missing. */
export function caseOrMissing(request: LinkRequest, context: ResolveContext, roots = context.roots): Resolution {
  const bases = roots.map((root) => join(root, request.path));
  for (const base of bases) {
    const real = context.realPath(base);
    // realPath drops a folder's trailing `/` (`/` itself is the root): only letter case counts.
    if (real && real !== base.replace(/(?<=.)[\\/]+$/, '')) return {status: 'case', path: base, real};
  }
  return {status: 'missing', path: bases[0] ?? request.path, roots};
}

/** The page file behind a URL path below one of `bases` (`posts/hello/` → posts/hello.md, posts/hello/index.md). */
export function pageBelow(bases: string[], path: string, context: ResolveContext): string | undefined {
  const clean = path.replace(/^\/+/, '');
  return context.firstExisting(bases.flatMap((base) => pageCandidates(resolve(base, clean))));
}

/** Common publish states: `draft: true`, `published: false`, `status: draft`. */
export function draftFlags(frontMatter: PageFrontMatter, keys: {draft?: boolean; published?: boolean; status?: boolean}): PublishProblem[] {
  const data = frontMatter?.data ?? {};
  const at = (key: string): Span => frontMatter?.keyLines[key] ?? frontMatter?.start ?? {line: 1, column: 1};
  const problems: PublishProblem[] = [];
  if (keys.draft && (data.draft === true || data.draft === 'true')) problems.push({kind: 'draft', reason: 'it is marked `draft: true`', span: at('draft'), warning: false});
  if (keys.published && (data.published === false || data.published === 'false')) problems.push({kind: 'draft', reason: 'it is marked `published: false`', span: at('published'), warning: false});
  if (keys.status && typeof data.status === 'string' && /^draft$/i.test(data.status)) problems.push({kind: 'draft', reason: `it has \`status: ${data.status}\``, span: at('status'), warning: false});
  return problems;
}

/** Defaults for a generator module: what holds everywhere, and "unverifiable" for what only a model could know. */
/**
 * The page keys typed where nothing more is known of who reads them (a file outside every site, a generator postlint
 * does not model): a post's title as text, a draft flag, tags and categories as a list or one term. A modelled
 * generator types only the keys it, or a theme or plugin the site model knows, reads (its own `fieldTypes`).
 */
export const postFieldTypes: Readonly<Record<string, readonly FieldType[]>> = {title: ['string'], draft: ['boolean'], tags: ['array', 'string'], categories: ['array', 'string']};

/** The page's title, as text: every generator, or the theme it builds with, shows it (the `<title>`, the heading). */
export const titleFieldType: Readonly<Record<string, readonly FieldType[]>> = {title: ['string']};

export const defaults: Omit<Generator, 'name' | 'title' | 'detect'> = {
  words: [],
  buildOutput: () => [],
  contentRoots: (site) => [site.root],
  staticRoots: (site) => [site.root],
  isPage: () => true,
  pageUrl: () => undefined,
  baseUrl: () => undefined,
  slugFlavor: () => ({name: 'github', options: {}, reason: 'GitHub-style ids'}),
  idsUnknown: () => undefined,
  linkSyntaxes: [],
  inserts: [],
  resolveSiteRoot: () => ({status: 'unverifiable', reason: 'postlint does not know where this generator serves site-root paths from'}),
  resolveRelative: () => undefined,
  resolveSyntax: () => ({status: 'unverifiable', reason: 'postlint does not model this link syntax'}),
  publishState: () => [],
  timeZone: (site: SiteInfo | undefined) => {
    const config = site?.config ?? {};
    const zone = config.timeZone ?? config.timezone ?? config.time_zone;
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  },
  titleSources: ['front-matter'],
  requiredFields: () => [],
  fieldFrom: () => undefined,
  fieldTypes: () => postFieldTypes,
  // With no reader known, an empty `tags:` or `categories:` breaks nothing postlint can name: abstain.
  emptyList: (field) => (field === 'tags' || field === 'categories' ? 'no reader of this list is known here to break on it left empty' : undefined),
  readsDate: (value: unknown) => parseFrontMatterDate(value, undefined) !== undefined,
};

const hourMs = 3600_000;

/**
 * Dated publish states: a date in the future (scheduled) unless the site builds future posts, an
 * expiry date in the past unless it builds expired ones. `dateKeys` in the generator's order (the first present wins).
 */
export function scheduleProblems(
  frontMatter: PageFrontMatter,
  data: Record<string, unknown>,
  zone: string | undefined,
  now: Date,
  keys: {dates: readonly string[]; expiry: readonly string[]; future: boolean; expired: boolean},
): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const at = (key: string): Span => frontMatter?.keyLines[key] ?? frontMatter?.start ?? {line: 1, column: 1};
  for (const key of keys.future ? [] : keys.dates) {
    if (!(key in data)) continue;
    const date = parseFrontMatterDate(data[key], zone);
    if (date && date.instant.getTime() > now.getTime()) {
      const ahead = date.instant.getTime() - now.getTime();
      const soon = ahead <= 24 * hourMs ? ` (in ${describeSpan(ahead)}${date.zoned ? `, reading "${date.text}" in ${zone ?? 'UTC'}` : ''})` : '';
      problems.push({kind: 'scheduled', reason: `it is scheduled for ${formatInstant(date.instant)}${soon}`, span: at(key), warning: true, ...(soon ? {timeLeft: soon} : {})});
    }
    break;
  }
  for (const key of keys.expired ? [] : keys.expiry) {
    if (!(key in data)) continue;
    const date = parseFrontMatterDate(data[key], zone);
    if (date && date.instant.getTime() <= now.getTime()) {
      problems.push({kind: 'expired', reason: `it expired on ${formatInstant(date.instant)}`, span: at(key), warning: true});
    }
  }
  return problems;
}

function describeSpan(ms: number): string {
  // The whole span is rounded to the minute once, so 4 h 59 min 45 s reads "5 h" (not "4 h 60 min").
  const total = Math.round(ms / 60_000);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (total === 0) return 'less than 1 min';
  return hours > 0 ? (minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`) : `${minutes} min`;
}

export function formatInstant(date: Date): string {
  return date.toISOString().replace(/:00\.000Z$/, 'Z').replace('.000Z', 'Z').replace('T', ' ');
}

/** Folders that hold dated posts (Jekyll `_posts`, Hugo `content/posts`, Docusaurus `blog`). */
const postFolders = new Set(['_posts', 'posts', 'post', 'blog', 'articles', 'news']);

export function inPostFolder(path: string, root: string): boolean {
  return relative(root, path).split(sep).slice(0, -1).some((folder) => postFolders.has(folder.toLowerCase()));
}

export {isBelow} from '../../paths.js';

/**
 * The data of a `---` YAML or `+++` TOML front-matter block (or, when the generator reads front
 * matter as Hugo's page lexer does, the block it finds: src/front-matter-hugo-intro.ts), read
 * synchronously; undefined when there is none or it does not parse.
 */
export function readFrontMatterDataSync(text: string, intro = false): Record<string, unknown> | undefined {
  const found = intro ? hugoIntro(text) : undefined;
  if (found?.kind === 'json') {
    try {
      const parsed: unknown = found.block.closed ? JSON.parse(text.slice(found.block.start, found.block.end)) : undefined;
      return isObject(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  if (found?.kind === 'org') {
    const fields = readOrgFields(text.slice(found.start, found.end), 1);
    return fields.unread ? undefined : fields.data;
  }
  const match = found ? [found.value, found.kind === 'yaml' ? '---' : '+++', found.value] : /^(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return undefined;
  try {
    const parsed: unknown = match[1] === '---' ? parseYaml(match[2]!, {logLevel: 'silent'}) : parseToml(match[2]!);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A folder named by a site config setting (`publishDir`, `site_dir`), without trailing slashes; the default when unset. */
/** A site's answer worked out once a run (its config and folders do not change meanwhile), kept with the site. */
export function perSite<T>(compute: (site: SiteInfo) => T): (site: SiteInfo) => T {
  const cache = new WeakMap<SiteInfo, {value: T}>();
  return (site) => {
    let entry = cache.get(site);
    if (!entry) cache.set(site, (entry = {value: compute(site)}));
    return entry.value;
  };
}

export function configFolder(config: Record<string, unknown>, key: string, fallback: string): string {
  const value = config[key];
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\/+$/, '') : fallback;
}

/**
 * A YAML 1.1 timestamp, as js-yaml (Docusaurus, gray-matter) and Ruby's Psych (Jekyll) read one:
 * month, day and hour may have one digit (`2019-07-02 0:00:00`, `2015-11-3 10:30:00`).
 * The day must exist (`2017-02-29` is no date).
 */
export function readsYamlTimestamp(value: unknown): boolean {
  if (parseFrontMatterDate(value, undefined)) return true;
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(\.\d*)?(?:[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/.exec(value.trim());
  if (!match) return false;
  const [, y, m, d, h, mi, sec, frac, zone] = match;
  const pad = (part: string | undefined): string => (part ?? '0').padStart(2, '0');
  const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.replace(/^([-+])(\d{1,2})(?::?(\d{2}))?$/, (_, sign: string, hh: string, mm?: string) => `${sign}${hh.padStart(2, '0')}:${mm ?? '00'}`);
  const text = h === undefined ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${mi}:${sec}${frac ?? ''}${offset}`;
  return parseFrontMatterDate(text, undefined) !== undefined;
}

/**
 * A timestamp as js-yaml reads one (Eleventy's and VitePress's gray-matter): its own YAML 1.1 regex, where a
 * date alone has two-digit month and day, a date-time needs seconds, and an offset is `Z`, `-8` or `+05:30`
 * (not `+0530`: that stays a string). The day must exist.
 */
export function readsJsYamlTimestamp(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return readsYamlTimestamp(text);
  return /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?$/.test(text) && readsYamlTimestamp(text);
}

/**
 * A language tag (`fr`, `pt-BR`, `zh_CN`) in lower case, if `value` is one. A tag with an extended
 * language subtag (`zh-cmn-Hans`, `zh-yue`: RFC 5646 §2.2.2) is given in its canonical form, the extlang
 * as the language (`cmn-hans`, §4.5): ICU's `Intl.Locale` rejects the extlang form, and a page it declares
 * would read as no script at all. An extlang follows only the macrolanguages the IANA registry gives
 * extlangs a Prefix of (`extlangPrefixes`); three letters after another language are a writer's
 * country code (`en-USA`, `de-DEU`), and the tag stays that language's.
 */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(value)) return undefined;
  const tag = value.toLowerCase();
  const extlang = /^([a-z]{2,3})[-_][a-z]{3}(?:[-_]|$)/.exec(tag);
  return extlang && extlangPrefixes.has(extlang[1]!) ? tag.replace(/^[a-z]{2,3}[-_]/, '') : tag;
}

/**
 * The Prefix of every extlang record of the IANA Language Subtag Registry (Arabic, Konkani, Latvian,
 * Malay, sign languages, Swahili, Uzbek, Chinese: `Type: extlang` … `Prefix: zh`), as facelessuser/soupsieve's
 * copy of the registry (css_lang/registry.py) lists them.
 */
const extlangPrefixes: ReadonlySet<string> = new Set(['ar', 'kok', 'lv', 'ms', 'sgn', 'sw', 'uz', 'zh']);

/**
 * The translation suffix of a file name (`index.fr.md` is French), lower-case: when `languages` is
 * undefined any code of a language CLDR names (a title's last words are not one: `ASCII-Art-in-.NET-Code.md`
 * does not declare a language `net`), else only one of its keys (a site's configured languages).
 */
export function languageSuffix(name: string, languages: Record<string, unknown> | undefined): string | undefined {
  const suffix = /\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.(?:md|markdown|mdx)$/i.exec(name)?.[1];
  if (!suffix) return undefined;
  if (languages ? !Object.keys(languages).some((code) => code.toLowerCase() === suffix.toLowerCase()) : !namedLanguage(suffix)) return undefined;
  return suffix.toLowerCase();
}

/**
 * CLDR's English language names, made on first use: ICU loads its locale data for them (~12 ms of
 * CPU and ~7 MB), which a run whose file names carry no language suffix never needs.
 */
let languageNames: Intl.DisplayNames | undefined;

/** Whether CLDR names the language of a tag's primary subtag (`fr`, `pt` of `pt-BR`; not `net`). */
export function namedLanguage(tag: string): boolean {
  try {
    languageNames ??= new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'});
    const primary = tag.split(/[-_]/)[0]!;
    // A retired code that names no one language (`sh`, Serbo-Croatian) CLDR resolves to a language
    // and a script (`sr-Latn`): no site writes it for its prose (it is also the shell's file extension).
    if (/^[a-z]+-[A-Z][a-z]{3}\b/.test(Intl.getCanonicalLocales(primary)[0] ?? '')) return false;
    return languageNames.of(primary) !== undefined;
  } catch {
    return false;
  }
}
