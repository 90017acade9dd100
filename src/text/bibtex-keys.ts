/**
 * The citation keys of a BibTeX file, in file order: `@article{key,` (or `@article(key,`) for each
 * entry that is a reference, not `@string`, `@preamble` or `@comment`. Text outside entries is a
 * comment to BibTeX; an entry's body is skipped to its matching close, braces nested, so an `@` in
 * a field (an address, an abstract) starts nothing.
 *
 * Only the keys are read: a full BibTeX parser (npm's @citation-js/plugin-bibtex, bibtex-parse)
 * converts every field's LaTeX and brings its own leniencies, none of which decides an id.
 * `duplicates`: keys given twice (bibtex-ruby renames the second, Entry#register's `succ!`).
 */
export interface BibtexKeys {
  keys: string[];
  duplicates: string[];
  /** An entry with no key, which bibtex-ruby names itself (Entry#default_key). */
  unnamed: boolean;
}

const notReferences = new Set(['string', 'preamble', 'comment']);

export function bibtexKeys(text: string): BibtexKeys {
  const keys: string[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let unnamed = false;
  const entry = /@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])/g;
  let at = 0;
  while (at < text.length) {
    entry.lastIndex = at;
    const match = entry.exec(text);
    if (!match) break;
    const type = match[1]!.toLowerCase();
    const open = match[2]!;
    const bodyStart = match.index + match[0].length;
    const end = closingOf(text, bodyStart, open === '{' ? '}' : ')');
    if (!notReferences.has(type)) {
      const key = /^[ \t\r\n]*([^,\s{}()]*)[ \t\r\n]*,/.exec(text.slice(bodyStart, Math.min(end, bodyStart + 1000)))?.[1];
      if (key === undefined || key === '') unnamed = true;
      else if (seen.has(key)) duplicates.add(key);
      else {
        seen.add(key);
        keys.push(key);
      }
    }
    at = end + 1;
  }
  return {keys, duplicates: [...duplicates], unnamed};
}

/** The offset of the character that closes an entry's body opened just before `from` (the text's end if none). */
function closingOf(text: string, from: number, close: string): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '{') depth++;
    else if (char === '}') {
      if (depth === 0 && close === '}') return i;
      depth = Math.max(0, depth - 1);
    } else if (char === close && depth === 0) return i;
  }
  return text.length;
}
