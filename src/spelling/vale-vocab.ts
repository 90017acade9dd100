import {isAbsolute, join, resolve} from 'node:path';
import {readSideFile} from '../read-text.js';
import {folders} from './typos-config.js';

/**
 * What a site that checks its prose with Vale already says about its words. Vale (vale.sh/docs/keys/vocab)
 * reads the nearest `.vale.ini` (or `_vale.ini`); its global keys (before the first `[section]`) name
 * `StylesPath` (relative to the ini file) and `Vocab`, one or more vocabularies separated by commas.
 * Each vocabulary is a folder, `<StylesPath>/config/vocabularies/<name>/` since Vale 3
 * (`<StylesPath>/Vocab/<name>/` before), whose `accept.txt` holds one entry a line: a word, a phrase
 * or a regular expression (`(?i)Kinase(s)?`, `[Oo]bservability`), `#` lines being comments. Entries
 * in accept.txt are exceptions to Vale's spelling rule: the site's words. postlint's words are looked
 * up in any case, so `(?i)` changes nothing; a pattern with finitely many spellings (groups of
 * alternatives, `?`, character classes) gives each of them, up to a bound; one matching endlessly
 * many (`*`, `+`, `.`, `\b`) names no word postlint can list, and is left to Vale. A phrase gives its words.
 */
const valeFiles = ['.vale.ini', '_vale.ini'];

/** At most this many spellings from one pattern: more says the entry is about a shape, not words. */
const maxSpellings = 64;

/** The nearest Vale config's file, its folder looked in first, then those above up to the project's top. */
function valeConfig(root: string): {path: string; text: string} | undefined {
  for (const dir of folders(root)) {
    for (const name of valeFiles) {
      const read = readSideFile(join(dir, name));
      if ('text' in read) return {path: dir, text: read.text};
    }
  }
  return undefined;
}

/** The files whose change changes what `valeVocabWords(root)` reads (the vocabularies' files are found through the config). */
export function valeVocabInputs(root: string): string[] {
  const inputs = folders(root).flatMap((dir) => valeFiles.map((name) => join(dir, name)));
  const config = valeConfig(root);
  return config ? [...inputs, ...acceptFiles(config.path, config.text)] : inputs;
}

/** The global keys of an ini text: those before its first `[section]`. */
function globalKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) break;
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const eq = line.indexOf('=');
    if (eq > 0) keys.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return keys;
}

/** Each vocabulary's accept.txt, in both the Vale 3 and the older place. */
function acceptFiles(dir: string, text: string): string[] {
  const keys = globalKeys(text);
  const stylesPath = keys.get('StylesPath');
  const vocab = keys.get('Vocab');
  if (!stylesPath || !vocab) return [];
  const styles = isAbsolute(stylesPath) ? stylesPath : resolve(dir, stylesPath);
  const names = vocab.split(',').map((name) => name.trim()).filter((name) => name !== '' && !/[/\\]|^\.\.?$/.test(name));
  return names.flatMap((name) => [join(styles, 'config', 'vocabularies', name, 'accept.txt'), join(styles, 'Vocab', name, 'accept.txt')]);
}

/** The words the nearest Vale config's vocabularies accept; none without one. An unreadable vocabulary is Vale's to report. */
export function valeVocabWords(root: string): string[] {
  const config = valeConfig(root);
  if (!config) return [];
  const words: string[] = [];
  for (const file of acceptFiles(config.path, config.text)) {
    const read = readSideFile(file);
    if (!('text' in read)) continue;
    for (const raw of read.text.split(/\r?\n/)) {
      const entry = raw.trim();
      if (entry === '' || entry.startsWith('#')) continue;
      for (const spelling of spellings(entry.replace(/^\(\?i\)/, '')) ?? []) {
        for (const word of spelling.split(/\s+/)) if (/\p{L}/u.test(word)) words.push(word);
      }
    }
  }
  return words;
}

/**
 * Every text a pattern matches when it matches finitely many, or undefined: literal characters and
 * escaped punctuation, `[…]` classes of characters (ranges of at most 26), `(…|…)` and `(?:…)` groups,
 * `?` after any of them. Anything else, or more than maxSpellings results, is undefined.
 */
export function spellings(pattern: string): string[] | undefined {
  let at = 0;
  const sequence = (): string[] | undefined => {
    let results = [''];
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') {
      const atom = atomAt();
      if (!atom) return undefined;
      let options = atom;
      if (pattern[at] === '?') {
        at++;
        options = ['', ...atom];
      }
      results = results.flatMap((head) => options.map((tail) => head + tail));
      if (results.length > maxSpellings) return undefined;
    }
    return results;
  };
  const alternatives = (): string[] | undefined => {
    const all: string[] = [];
    for (;;) {
      const one = sequence();
      if (!one) return undefined;
      all.push(...one);
      if (all.length > maxSpellings) return undefined;
      if (pattern[at] !== '|') return all;
      at++;
    }
  };
  const atomAt = (): string[] | undefined => {
    const c = pattern[at]!;
    if (c === '(') {
      if (pattern.startsWith('(?', at) && !pattern.startsWith('(?:', at)) return undefined;
      at += pattern.startsWith('(?:', at) ? 3 : 1;
      const inner = alternatives();
      if (!inner || pattern[at] !== ')') return undefined;
      at++;
      return inner;
    }
    if (c === '[') {
      const close = pattern.indexOf(']', at + 1);
      if (close < 0) return undefined;
      const body = pattern.slice(at + 1, close);
      at = close + 1;
      return characterClass(body);
    }
    if (c === '\\') {
      const next = pattern[at + 1];
      if (next === undefined || /[\p{L}\p{N}]/u.test(next)) return undefined; // \b, \w, \d: classes and anchors
      at += 2;
      return [next];
    }
    if (/[.*+?{}^$]/.test(c)) return undefined;
    at++;
    return [c];
  };
  const result = alternatives();
  return result && at === pattern.length ? [...new Set(result)] : undefined;
}

/** The characters of a class body (`Oo`, `a-z`), or undefined for a negated or escaped one. */
function characterClass(body: string): string[] | undefined {
  if (body === '' || body.startsWith('^') || body.includes('\\')) return undefined;
  const chars: string[] = [];
  const list = [...body];
  for (let i = 0; i < list.length; i++) {
    if (list[i + 1] === '-' && i + 2 < list.length) {
      const from = list[i]!.codePointAt(0)!;
      const to = list[i + 2]!.codePointAt(0)!;
      if (to < from || to - from > 25) return undefined;
      for (let code = from; code <= to; code++) chars.push(String.fromCodePoint(code));
      i += 2;
    } else chars.push(list[i]!);
  }
  return chars;
}
