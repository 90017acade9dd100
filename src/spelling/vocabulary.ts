import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {dictionaryDir, packageVersion} from './hunspell.js';
import {preparedText} from './word-data.js';
import {SortedWords} from './sorted-words.js';
import {FormMap, WordSet} from './word-set.js';
import {brandHistoryVersion, currentName} from './brand-history.js';
import {brandHomonymsVersion, caseCollides} from './brand-homonyms.js';
// A static import: the bundled CLI runs as a script that cannot import() (src/bundle-loader.ts), and the list is 86 short names.
import {htmlEventAttributes} from 'html-event-attributes';

/**
 * The bundled technical vocabulary: word lists maintained with cspell (MIT), read through each
 * package's own manifest so that renamed or added lists follow along. Words keep the case the
 * list gives (`GitHub`, `PostgreSQL`, `npm`).
 */
export interface Vocabulary {
  /** Every word in lower case: spelling accepts a vocabulary word in any case. */
  lower: WordSet;
  /** Lower case → the forms the general software lists write (`github` → [`GitHub`]): the brand-casing source. */
  forms: FormMap;
  /**
   * Product and brand names as their owners write them (`Gmail`, `GitHub`, `macOS`): the one
   * source of brand-casing's right forms. Taken from Simple Icons, whose every title is checked
   * against the owner's own brand page; not from the cspell lists, which write names against
   * their owners' usage (`GMail`, `CorePack`, `Apparmor`, `Ccache`) and list identifiers as
   * names (`TSConfigs`, `Kube`).
   */
  names: WordSet;
  /**
   * Names of `names` written with only their first capital (`Coreboot`, `Setuptools`) that no
   * second source about names writes so: Simple Icons once title-cased every title ("Made icon
   * titles Title case"), so its capital alone does not say the owner capitalizes a name many
   * write in lower case (`coreboot`, `setuptools`). Held against a form with other capitals
   * (`GMail`), not against the lower-case one.
   */
  titleCased: WordSet;
  /**
   * Simple Icons' titles of two words or more whose first word the one-word title of the same letters
   * writes otherwise (`Adblock Plus` beside `AdBlock`, `Nginx Proxy Manager` beside `NGINX`): another
   * product, whose owner writes that word so inside its own name. Written whole, the word is right.
   */
  longerNames: WordSet;
}

/**
 * Which lists: every list software-terms turns on by default (tools, services, acronyms,
 * general software words), and the language lists of Python and Node.js, whose words
 * (`asyncio`, `coroutines`, `async`, `await`) turn up in prose about code.
 */
const sources: Array<{name: string; files: 'default' | string[]; brands: boolean}> = [
  {name: '@cspell/dict-software-terms', files: 'default', brands: true},
  // Company names (`Tidelift`, `Airbnb`, `YouTube`), for spelling: it also holds single words of
  // longer names (`Ben`, `Diego`, `Los`).
  {name: '@cspell/dict-companies', files: ['dict/companies.txt'], brands: true},
  // Web development words (`lifecycle`, `srcset`, `frontmatter`), in lower case.
  {name: '@cspell/dict-fullstack', files: ['dict/fullstack.txt'], brands: false},
  // Identifier lists: their lower-case `django` is code (`import django`), not how prose writes the name.
  {name: '@cspell/dict-python', files: ['dict/python.txt'], brands: false},
  {name: '@cspell/dict-node', files: ['dict/node.txt'], brands: false},
];

/**
 * Everyday words of writing about the web that neither Hunspell's en_US nor the cspell lists
 * above know (found on our clean example posts). Kept short on purpose: anything longer belongs
 * in a maintained list.
 */
const supplement = ['renderer', 'renderers', 'stylesheet', 'stylesheets', 'autolink', 'autolinks', 'autolinked'];

/**
 * The names of the web platform's events (`seeked`, `canplaythrough`, `beforeunload`), from the
 * HTML standard's event handler attributes (`onseeked`) as `html-event-attributes` (MIT, wooorm)
 * keeps them: the words writing about media, streams and pages uses for what happens (a stream
 * that "can't be seeked"), some of which the misspellings list takes for English mistakes
 * (`seeked` → `sought`). A list about names, maintained with the standard, not a hand list.
 */
const eventNamesPackage = 'html-event-attributes';

function eventNamesDir(): string {
  return dirname(createRequire(import.meta.url).resolve(eventNamesPackage));
}

/** `onseeked` → `seeked`: an event handler attribute names its event after `on`. */
export function eventNames(attributes: readonly string[]): string[] {
  return attributes.filter((name) => /^on[a-z]{2,}$/.test(name)).map((name) => name.slice(2));
}

let loaded: Promise<Vocabulary> | undefined;

/** The vocabulary: from the copy the build prepares (one file read), else from the packages' lists. */
export function vocabulary(): Promise<Vocabulary> {
  loaded ??= Promise.resolve().then(() => {
    const prepared = preparedText(vocabularyDataName, vocabularyVersion());
    return prepared === undefined ? load() : deserialize(prepared);
  });
  return loaded;
}

/** The name of the prepared vocabulary's data file (see write-word-data.ts). */
export const vocabularyDataName = 'postlint-vocabulary';

/** The list of brand names: Simple Icons' titles (CC0), each checked against its owner's usage. */
const namesPackage = 'simple-icons';

/** The titles' data file (the package exports no package.json); the package folder is two up. */
function namesFile(): string {
  return createRequire(import.meta.url).resolve(`${namesPackage}/icons.json`);
}

function namesDir(): string {
  return dirname(dirname(namesFile()));
}

/** What the prepared vocabulary was made from: every source package's version and the supplement. */
export function vocabularyVersion(): string {
  const versions = [...sources.map((source) => `${source.name}@${packageVersion(packageDir(source.name))}`), `${namesPackage}@${packageVersion(namesDir())}`, `${namesCheck}@${packageVersion(namesCheckDir())}`, `${eventNamesPackage}@${packageVersion(eventNamesDir())}`];
  // `sorted`: the file's format (serialize), so that a file of an older build is not read as this one.
  return `${versions.join(',')};${supplement.join(',')};sorted;title-cased;longer-names;renames=${brandHistoryVersion};homonyms=${brandHomonymsVersion}`;
}

/**
 * Four sorted lists (SortedWords), a blank line between: the lower-case words, the
 * `lower<TAB>forms…` lines (sorted by their key; a line's forms keep the order they were added in,
 * brand-casing takes the first), the names, the title-cased names.
 */
export function serialize(vocab: Vocabulary): string {
  const forms = [...vocab.forms].map(([lower, list]) => [lower, ...list].join('\t'));
  return [vocab.lower, forms, vocab.names, vocab.titleCased, vocab.longerNames].map((list) => [...SortedWords.fromWords(list)].join('\n')).join('\n\n');
}

/** The prepared lists are searched where they lie in the file's text (slices of it, not copies). */
function deserialize(text: string): Vocabulary {
  const [lower = '', forms = '', names = '', titleCased = '', longerNames = ''] = sections(text);
  return {lower: new WordSet(new SortedWords(lower)), forms: new FormMap(new SortedWords(forms)), names: new WordSet(new SortedWords(names)), titleCased: new WordSet(new SortedWords(titleCased)), longerNames: new WordSet(new SortedWords(longerNames))};
}

function sections(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n\n'); end !== -1; end = text.indexOf('\n\n', start)) {
    parts.push(text.slice(start, end));
    start = end + 2;
  }
  parts.push(text.slice(start));
  return parts;
}

interface CspellManifest {
  dictionaryDefinitions?: Array<{name: string; path?: string}>;
  dictionaries?: string[];
}

function packageDir(name: string): string {
  return dirname(createRequire(import.meta.url).resolve(`${name}/cspell-ext.json`));
}

async function listPaths(source: (typeof sources)[number]): Promise<string[]> {
  const manifestPath = join(packageDir(source.name), 'cspell-ext.json');
  // Language packs' manifests are JSON with comments and turn nothing on by default: name their lists.
  if (source.files !== 'default') return source.files.map((file) => join(dirname(manifestPath), file));
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as CspellManifest;
  const enabled = new Set(manifest.dictionaries ?? []);
  return (manifest.dictionaryDefinitions ?? [])
    .filter((d) => enabled.has(d.name) && d.path && /\.txt(\.gz)?$/.test(d.path))
    .map((d) => join(dirname(manifestPath), d.path!));
}

/** The vocabulary from the packages' own lists (the build prepares a copy: see write-word-data.ts). */
export async function load(): Promise<Vocabulary> {
  const vocab: Vocabulary = {lower: new WordSet(), forms: new FormMap(), names: new WordSet(), titleCased: new WordSet(), longerNames: new WordSet()};
  const lists = await Promise.all(sources.map(async (source) => {
    const paths = await listPaths(source);
    return Promise.all(paths.map(async (path) => ({brands: source.brands, text: await readList(path)})));
  }));
  for (const {brands, text} of lists.flat()) {
    for (const word of wordList(text)) addWord(vocab, word, brands);
  }
  for (const word of supplement) addWord(vocab, word, false);
  for (const word of eventNames(htmlEventAttributes)) addWord(vocab, word, false);
  // Not added to the words: a right form is a word in that form only (spelling accepts it so:
  // Speller.listedName), where a word of the lists is accepted in any case.
  const dic = await readFile(join(namesCheckDir(), 'index.dic'), 'utf8');
  const written = innerCapitalNames(dic);
  const capitalized = capitalizedNames(dic);
  // A title that kept a form its owner has since dropped (`MailChimp`) is read as today's (`Mailchimp`).
  for (const name of brandNames(await readFile(namesFile(), 'utf8')).map(currentName)) {
    // The dictionary's form may be one the owner has since dropped (`MasterCard`): the rename stands.
    if (writtenOtherwise(name, written) && currentName(written.get(name.toLowerCase())!) !== name) continue;
    // Two products named alike but for case (`UIkit`, Apple's `UIKit`): neither form is the one.
    if (caseCollides(name)) continue;
    vocab.names.add(name);
    if (titleCasedOnly(name, (form) => capitalized.has(form) || (vocab.forms.get(form.toLowerCase())?.includes(form) ?? false))) vocab.titleCased.add(name);
  }
  for (const title of longerNames(await readFile(namesFile(), 'utf8'), vocab.names)) vocab.longerNames.add(title);
  return vocab;
}

/** The dictionary's words that start with a capital (`Django`, `Linux`, `BlackBerry`): its proper names. */
export function capitalizedNames(dic: string): Set<string> {
  const names = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim();
    if (/^\p{Lu}/u.test(word)) names.add(word);
  }
  return names;
}

/**
 * A title with only its first capital (`Coreboot`) that no second source about names writes so
 * (`written`: the dictionary's proper names, the cspell lists of companies and software): its
 * capital may be Simple Icons' own title case, not the owner's. Measured on the judged findings
 * of our real-site rounds, lower-case writings held to such a title were wrong 20 times in 33
 * (`coreboot`, `setuptools`, `dlib`, `liquibase`), held to a corroborated one 28 in 112.
 */
export function titleCasedOnly(title: string, written: (form: string) => boolean): boolean {
  if ([...title].length < 2 || title.slice(1) !== title.slice(1).toLowerCase() || title[0] === title[0]!.toLowerCase()) return false;
  return !written(title);
}

/**
 * The English dictionary (Hunspell en_US, `dictionary-en`) lists proper names as lexicographers
 * found them written (`BlackBerry`, `MySpace`, `PayPal`): a second source about names, to check
 * Simple Icons' titles against.
 */
const namesCheck = 'dictionary-en';

function namesCheckDir(): string {
  const dir = dictionaryDir(namesCheck, process.cwd());
  if (!dir) throw new Error(`${namesCheck} is not installed`);
  return dir;
}

/** The dictionary's words with a capital after a lower-case letter (`BlackBerry`), by lower case. */
export function innerCapitalNames(dic: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim();
    if (/\p{Ll}\p{Lu}/u.test(word)) names.set(word.toLowerCase(), word);
  }
  return names;
}

/**
 * A title with only its first capital (`Blackberry`) that the dictionary writes with inner
 * capitals (`BlackBerry`): two sources about names disagree, and the plain form is the weaker
 * one — an icon's title is often a logo's capitals written plainly, while inner capitals are
 * always someone's deliberate form. Such a name has no one right form and is not held to either.
 * (A title with inner capitals, `SourceForge`, `OCaml`, stands against a plainer dictionary form.)
 */
export function writtenOtherwise(title: string, written: ReadonlyMap<string, string>): boolean {
  if (title.slice(1) !== title.slice(1).toLowerCase()) return false;
  const other = written.get(title.toLowerCase());
  return other !== undefined && other !== title;
}

/**
 * The one-word titles of Simple Icons' data (`Gmail`, `GitHub`, `macOS`): a prose token is one
 * word, so `Next.js` or `Visual Studio Code` could never match one.
 */
export function brandNames(json: string): string[] {
  const data = JSON.parse(json) as unknown;
  const icons = Array.isArray(data) ? data : (data as {icons?: unknown}).icons;
  if (!Array.isArray(icons)) return [];
  return icons
    .map((icon) => (icon as {title?: unknown}).title)
    .filter((title): title is string => typeof title === 'string' && /^\p{L}[\p{L}\p{N}]*$/u.test(title));
}

/**
 * The titles of two words or more (letters and digits, one space between) whose first word a
 * one-word title writes in another case (`Adblock Plus` against `AdBlock`).
 */
export function longerNames(json: string, names: {has(word: string): boolean}): string[] {
  const data = JSON.parse(json) as unknown;
  const icons = Array.isArray(data) ? data : (data as {icons?: unknown}).icons;
  if (!Array.isArray(icons)) return [];
  const oneWord = new Map<string, string>();
  for (const title of brandNames(json)) if (names.has(title)) oneWord.set(title.toLowerCase(), title);
  const longer: string[] = [];
  for (const icon of icons) {
    const title = (icon as {title?: unknown}).title;
    if (typeof title !== 'string' || !/^\p{L}[\p{L}\p{N}]*(?: [\p{L}\p{N}]+)+$/u.test(title)) continue;
    const first = title.slice(0, title.indexOf(' '));
    const listed = oneWord.get(first.toLowerCase());
    if (listed !== undefined && listed !== first) longer.push(title);
  }
  return longer;
}

async function readList(path: string): Promise<string> {
  const bytes = await readFile(path);
  // node:zlib loads only here: a run reads the vocabulary prepared at build time (dist/data).
  const {gunzipSync} = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Plain words of a cspell/postlint word list: `#` comments, blank lines and cspell's affix or forbidden-word syntax left out. */
export function wordList(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '' || /[*+!~:\s]/.test(line)) continue;
    words.push(line);
  }
  return words;
}

export function addWord(vocab: Vocabulary, word: string, withForm = true): void {
  const lower = word.toLowerCase();
  vocab.lower.add(lower);
  if (!withForm) return;
  const forms = vocab.forms.get(lower);
  if (!forms) vocab.forms.set(lower, [word]);
  else if (!forms.includes(word)) vocab.forms.set(lower, [...forms, word]);
}
