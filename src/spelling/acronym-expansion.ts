/**
 * A word of an acronym's expansion whose capitals spell the acronym: `RESP (REdis Serialization
 * Protocol)`, `REdis Serialization Protocol (RESP)`. The odd capitals are there on purpose, to
 * show where the letters come from: not a name written in a wrong case.
 */
export function spellsAcronym(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset) === -1 ? source.length : source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  // The expansion in parentheses after the acronym.
  const open = line.lastIndexOf('(', at);
  const close = line.indexOf(')', at);
  if (open !== -1 && close !== -1 && !line.slice(open + 1, at).includes(')')) {
    const acronym = /([A-Z][A-Z0-9]{1,9})\s*$/.exec(line.slice(0, open))?.[1];
    if (acronym && capitals(line.slice(open + 1, close)) === acronym) return true;
  }
  // The acronym in parentheses after the expansion.
  const after = /^[^()]*?\(([A-Z][A-Z0-9]{1,9})\)/.exec(line.slice(at));
  if (after) {
    const words = [...line.slice(0, at + after[0].indexOf('(')).matchAll(/\S+/g)];
    for (let n = 1; n <= Math.min(words.length, after[1]!.length); n++) {
      const phrase = words.slice(-n);
      if (phrase[0]!.index! <= at && capitals(phrase.map((word) => word[0]).join(' ')) === after[1]) return true;
    }
  }
  return false;
}

function capitals(text: string): string {
  return text.replace(/[^A-Z0-9]/g, '');
}

/** An acronym in parentheses (`(DaSH)`): two capitals or more, lower-case letters allowed between them. */
const parenthesizedAcronym = /\(([A-Z][A-Za-z0-9]{1,9})\)/g;
/** An acronym followed by its expansion in parentheses (`DaSH (Data Science Hackathon)`). */
const acronymBeforeExpansion = /(?<![\p{L}\p{N}])([A-Z][A-Za-z0-9]{1,9})[ \t]*\(([^()\n]{3,160})\)/gu;
/** Small words an expansion may hold whose initials the acronym leaves out (`Department of Energy`, `DoE`). */
const skippedInitials = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to']);
/** Link and emphasis markup dropped from the words before an acronym (`[JHU Data Science Hackathon](url) (DaSH)`). */
const inlineMarkup = /\]\([^()\s]*\)|\]\[[^\]\n]*\]|[[\]*_`]/g;

/**
 * Acronyms the page defines by their expansion, with capitals inside (`Data Science Hackathon (DaSH)`,
 * `DaSH (Data Science Hackathon)`): the capitals are the initials of the expansion's words, small words
 * (`of`, `and`) aside. That is the writer's own name for the thing, on the whole page, not a product's
 * name in a wrong case (Plotly's `Dash`). A word with one capital (`Github`) is no acronym.
 */
export function pageDefinedAcronyms(source: string): Set<string> {
  const acronyms = new Set<string>();
  if (!source.includes('(')) return acronyms;
  for (const match of source.matchAll(parenthesizedAcronym)) {
    const acronym = match[1]!;
    const letters = capitals(acronym);
    if (letters.length < 2 || acronyms.has(acronym)) continue;
    const lineStart = source.lastIndexOf('\n', match.index) + 1;
    // Bounded: the expansion is a few words before the parenthesis.
    const before = source.slice(Math.max(lineStart, match.index - 200), match.index).replace(inlineMarkup, ' ');
    if (initialsEnd(before.split(/\s+/).filter((word) => word !== ''), letters)) acronyms.add(acronym);
  }
  for (const match of source.matchAll(acronymBeforeExpansion)) {
    const acronym = match[1]!;
    const letters = capitals(acronym);
    if (letters.length < 2 || acronyms.has(acronym)) continue;
    const words = match[2]!.replace(inlineMarkup, ' ').split(/\s+/).filter((word) => word !== '');
    if (initials(words) === letters) acronyms.add(acronym);
  }
  return acronyms;
}

/** The initials of the words, small words aside, upper-cased. */
function initials(words: readonly string[]): string {
  return words.filter((word) => !skippedInitials.has(word.toLowerCase())).map((word) => word[0]!.toUpperCase()).join('');
}

/** Do the last words, small words aside, begin with `letters` in order, each word capitalized? */
function initialsEnd(words: readonly string[], letters: string): boolean {
  let at = letters.length;
  for (let i = words.length - 1; i >= 0 && at > 0; i--) {
    const word = words[i]!;
    if (skippedInitials.has(word.toLowerCase()) && at < letters.length) continue;
    if (word[0] !== letters[at - 1]) return false;
    at--;
  }
  return at === 0;
}
