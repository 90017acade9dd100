import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {gunzipSync} from 'node:zlib';
import {packageVersion} from './hunspell.js';
import {preparedText} from './word-data.js';

/**
 * The bundled technical vocabulary: word lists maintained with cspell (MIT), read through each
 * package's own manifest so that renamed or added lists follow along. Words keep the case the
 * list gives (`GitHub`, `PostgreSQL`, `npm`).
 */
export interface Vocabulary {
  /** Every word in lower case: spelling accepts a vocabulary word in any case. */
  lower: Set<string>;
  /** Lower case → the forms the general software lists write (`github` → [`GitHub`]): the brand-casing source. */
  forms: Map<string, string[]>;
  /**
   * Forms from lists of product names only (software-terms' tools and web services), exactly as
   * written. The general software-terms list also capitalizes plain
   * terms (`Nullable`, `Initializers`) and writes names the way their owners do not (`Kramdown`,
   * `Lunr`, `dotNET`): brand-casing trusts a form from it only when it has an inner capital.
   */
  names: Set<string>;
}

/**
 * Which lists: every list software-terms turns on by default (tools, services, acronyms,
 * general software words), and the language lists of Python and Node.js, whose words
 * (`asyncio`, `coroutines`, `async`, `await`) turn up in prose about code.
 */
const sources: Array<{name: string; files: 'default' | string[]; brands: boolean; names?: string[]}> = [
  {name: '@cspell/dict-software-terms', files: 'default', brands: true, names: ['dict/software-tools.txt', 'dict/webServices.txt']},
  // Company names (`Tidelift`, `Airbnb`, `YouTube`). Not a list of names for brand-casing: it also
  // holds single words of longer names (`Ben`, `Diego`, `Los`), so only its inner capitals count.
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

/** What the prepared vocabulary was made from: every source package's version and the supplement. */
export function vocabularyVersion(): string {
  const versions = sources.map((source) => `${source.name}@${packageVersion(packageDir(source.name))}`);
  return `${versions.join(',')};${supplement.join(',')}`;
}

/**
 * The vocabulary as text: its lower-case words, a blank line, its forms (`lower<TAB>form…`, in
 * the order they were added: brand-casing takes the first), a blank line, its names.
 */
export function serialize(vocab: Vocabulary): string {
  const forms = [...vocab.forms].map(([lower, list]) => [lower, ...list].join('\t'));
  return [[...vocab.lower].join('\n'), forms.join('\n'), [...vocab.names].join('\n')].join('\n\n');
}

function deserialize(text: string): Vocabulary {
  const [lower = '', forms = '', names = ''] = text.split('\n\n');
  const lines = (part: string): string[] => (part === '' ? [] : part.split('\n'));
  return {
    lower: new Set(lines(lower)),
    forms: new Map(lines(forms).map((line) => {
      const [key, ...list] = line.split('\t');
      return [key!, list];
    })),
    names: new Set(lines(names)),
  };
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
  const vocab: Vocabulary = {lower: new Set(), forms: new Map(), names: new Set()};
  const lists = await Promise.all(sources.map(async (source) => {
    const paths = await listPaths(source);
    const names = new Set((source.names ?? []).map((file) => join(packageDir(source.name), file)));
    return Promise.all(paths.map(async (path) => ({brands: source.brands, names: names.has(path), text: await readList(path)})));
  }));
  for (const {brands, names, text} of lists.flat()) {
    for (const word of wordList(text)) {
      addWord(vocab, word, brands);
      if (names) vocab.names.add(word);
    }
  }
  for (const word of supplement) addWord(vocab, word, false);
  return vocab;
}

async function readList(path: string): Promise<string> {
  const bytes = await readFile(path);
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
  else if (!forms.includes(word)) forms.push(word);
}
