import {readSideFile} from '../read-text.js';
import {dirname, join, resolve} from 'node:path';
import {parse, printParseErrorCode, type ParseError} from 'jsonc-parser';
import {UsageError} from '../errors.js';
import {wordList} from './vocabulary.js';

/**
 * What a site that used cspell already says about its words, so that it moves over without
 * rewriting them: `cspell:ignore` / `cspell:words` comments in a page (cspell also reads
 * `spell-checker:` and `spellchecker:`), and the `words` and `ignoreWords` of a `cspell.json` or
 * `.cspell.json` (JSON with comments) at the site's root, and the word files of its custom dictionaries.
 */
const comment = /(?<![\p{L}\p{N}_-])(?:cspell|spell-?checker)\s*:\s*(?:ignore|words)(?![\p{L}])([^\n]*)/giu;

/** The words of a page's cspell comments, in lower case (they hold for the whole page, as in cspell). */
export function cspellCommentWords(source: string): string[] {
  if (!/spell/i.test(source)) return [];
  const words: string[] = [];
  for (const match of source.matchAll(comment)) {
    // The comment ends the list: `<!-- cspell:ignore foo -->`, `/* cspell:words foo */`.
    const list = match[1]!.split(/-->|\*\//)[0]!;
    for (const word of list.split(/[\s,]+/)) if (/\p{L}/u.test(word)) words.push(word.toLowerCase());
  }
  return words;
}

/** The cspell config files read, in cspell's own order of preference. */
export const cspellFiles = ['.cspell.json', 'cspell.json'];

/** What a cspell config says about words: its `words` and `ignoreWords`, and the word files of the custom dictionaries it turns on. */
interface CspellConfig {
  words: string[];
  dictionaryFiles: string[];
}

/**
 * Each cspell config in `root`, parsed; none without one. A config that is no JSON is a usage error.
 * Regular files only, size-limited (src/read-text.ts): a FIFO or a link to /dev/zero is a clear error.
 */
function cspellConfigs(root: string): CspellConfig[] {
  const configs: CspellConfig[] = [];
  for (const name of cspellFiles) {
    const path = join(root, name);
    const read = readSideFile(path);
    if ('problem' in read) {
      if (read.code === 'ENOENT' || read.code === 'ENOTDIR') continue;
      throw new UsageError(`cannot read ${path} (${read.problem})`);
    }
    const errors: ParseError[] = [];
    const config = parse(read.text, errors, {allowTrailingComma: true}) as unknown;
    if (errors.length > 0) throw new UsageError(`${path}: not JSON (${printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset}); fix it so its words can be read`);
    if (typeof config !== 'object' || config === null) continue;
    const record = config as Record<string, unknown>;
    const words: string[] = [];
    for (const key of ['words', 'ignoreWords'] as const) words.push(...strings(record[key]).map((word) => word.trim()).filter((word) => word !== ''));
    configs.push({words, dictionaryFiles: customDictionaryFiles(record, dirname(path))});
  }
  return configs;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The word files of the custom dictionaries a config turns on, as cspell reads them: a
 * `dictionaryDefinitions` entry (`{name, path}`) is used only where `dictionaries` names it (`!name`
 * turns it off), and its path is relative to the config's folder. A path with a variable cspell fills
 * in (`${cwd}`, `~`) or a compiled dictionary (`.trie`, `.gz`) is not read: its words stay unknown here.
 * Dictionaries turned on only inside `languageSettings` or `overrides` are not read either.
 */
function customDictionaryFiles(config: Record<string, unknown>, folder: string): string[] {
  const named = strings(config['dictionaries']);
  const on = new Set(named.filter((name) => !name.startsWith('!')));
  for (const name of named) if (name.startsWith('!')) on.delete(name.slice(1));
  const files: string[] = [];
  const definitions = config['dictionaryDefinitions'];
  if (!Array.isArray(definitions)) return files;
  for (const definition of definitions as unknown[]) {
    if (typeof definition !== 'object' || definition === null) continue;
    const {name, path} = definition as Record<string, unknown>;
    if (typeof name !== 'string' || typeof path !== 'string' || !on.has(name)) continue;
    if (/\$\{|^~|\.(?:trie|gz)$/i.test(path)) continue;
    files.push(resolve(folder, path));
  }
  return files;
}

/** The custom dictionaries' word files a cspell config in `root` turns on: they decide the words, so they key the cache. */
export function cspellDictionaryFiles(root: string): string[] {
  try {
    return cspellConfigs(root).flatMap((config) => config.dictionaryFiles);
  } catch (error) {
    // A config that cannot be read is the speller's usage error, named once there; the config files key the cache already.
    if (error instanceof UsageError) return [];
    throw error;
  }
}

/**
 * The words a cspell config in `root` accepts: its `words` and `ignoreWords`, and the lines of its custom
 * dictionaries' word files (one word a line, `#` comments; vocabulary.ts' wordList). A word file that is
 * missing is left out, as cspell warns and goes on; one that cannot be read as a file is a usage error.
 */
export function cspellConfigWords(root: string): string[] {
  const words: string[] = [];
  for (const config of cspellConfigs(root)) {
    words.push(...config.words);
    for (const path of config.dictionaryFiles) {
      const read = readSideFile(path);
      if ('problem' in read) {
        if (read.code === 'ENOENT' || read.code === 'ENOTDIR') continue;
        throw new UsageError(`cannot read ${path}, a dictionary the cspell config names (${read.problem})`);
      }
      words.push(...wordList(read.text));
    }
  }
  return words;
}
