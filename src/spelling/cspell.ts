import {readSideFile} from '../read-text.js';
import {join} from 'node:path';
import {parse, printParseErrorCode, type ParseError} from 'jsonc-parser';
import {UsageError} from '../errors.js';

/**
 * What a site that used cspell already says about its words, so that it moves over without
 * rewriting them: `cspell:ignore` / `cspell:words` comments in a page (cspell also reads
 * `spell-checker:` and `spellchecker:`), and the `words` and `ignoreWords` of a `cspell.json` or
 * `.cspell.json` (JSON with comments) at the site's root.
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

/** The words a cspell config in `root` accepts; none without one. A config that is no JSON is a usage error. */
export function cspellConfigWords(root: string): string[] {
  const words: string[] = [];
  for (const name of cspellFiles) {
    const path = join(root, name);
    // Regular files only, size-limited (src/read-text.ts): a FIFO or a link to /dev/zero is a clear error.
    const read = readSideFile(path);
    if ('problem' in read) {
      if (read.code === 'ENOENT' || read.code === 'ENOTDIR') continue;
      throw new UsageError(`cannot read ${path} (${read.problem})`);
    }
    const {text} = read;
    const errors: ParseError[] = [];
    const config = parse(text, errors, {allowTrailingComma: true}) as unknown;
    if (errors.length > 0) throw new UsageError(`${path}: not JSON (${printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset}); fix it so its words can be read`);
    if (typeof config !== 'object' || config === null) continue;
    for (const key of ['words', 'ignoreWords'] as const) {
      const list = (config as Record<string, unknown>)[key];
      if (Array.isArray(list)) for (const word of list) if (typeof word === 'string' && word.trim() !== '') words.push(word.trim());
    }
  }
  return words;
}
