import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {gunzipSync} from 'node:zlib';

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
}

/**
 * Which lists: every list software-terms turns on by default (tools, services, acronyms,
 * general software words), and the language lists of Python and Node.js, whose words
 * (`asyncio`, `coroutines`, `async`, `await`) turn up in prose about code.
 */
const sources: Array<{name: string; files: 'default' | string[]; brands: boolean}> = [
  {name: '@cspell/dict-software-terms', files: 'default', brands: true},
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

export function vocabulary(): Promise<Vocabulary> {
  loaded ??= load();
  return loaded;
}

interface CspellManifest {
  dictionaryDefinitions?: Array<{name: string; path?: string}>;
  dictionaries?: string[];
}

async function listPaths(source: (typeof sources)[number]): Promise<string[]> {
  const manifestPath = createRequire(import.meta.url).resolve(`${source.name}/cspell-ext.json`);
  // Language packs' manifests are JSON with comments and turn nothing on by default: name their lists.
  if (source.files !== 'default') return source.files.map((file) => join(dirname(manifestPath), file));
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as CspellManifest;
  const enabled = new Set(manifest.dictionaries ?? []);
  return (manifest.dictionaryDefinitions ?? [])
    .filter((d) => enabled.has(d.name) && d.path && /\.txt(\.gz)?$/.test(d.path))
    .map((d) => join(dirname(manifestPath), d.path!));
}

async function load(): Promise<Vocabulary> {
  const vocab: Vocabulary = {lower: new Set(), forms: new Map()};
  const lists = await Promise.all(sources.map(async (source) => {
    const paths = await listPaths(source);
    return {brands: source.brands, texts: await Promise.all(paths.map(readList))};
  }));
  for (const {brands, texts} of lists) {
    for (const text of texts) for (const word of wordList(text)) addWord(vocab, word, brands);
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
