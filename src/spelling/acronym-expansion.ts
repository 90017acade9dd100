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
const parenthesizedAcronym = /\(([A-Z][A-Za-z0-9]{1,15})\)/g;
/**
 * An acronym followed by its expansion in parentheses (`DaSH (Data Science Hackathon)`), or by a cue that
 * says so: `ReAct pattern (for Reason+Act)` (a word or two between, only with the cue), `ReAct, short for
 * …`, `ReAct stands for …`. Group 1 the acronym, 2 the words between, 3 the cue inside the parenthesis,
 * 4 the parenthesised expansion, 5 the expansion after an open cue (up to the clause's end).
 */
const acronymBeforeExpansion = /(?<![\p{L}\p{N}])([A-Z][A-Za-z0-9]{1,15})((?:[ \t]+\p{Ll}+){0,2})(?:[ \t]*\((for[ \t]+|short[ \t]+for[ \t]+|stands[ \t]+for[ \t]+)?([^()\n]{2,160})\)|(?:,[ \t]*|[ \t]+is[ \t]+|[ \t]+)(?:short[ \t]+for|stands[ \t]+for)[ \t]+([^()\n.,;:!?]{2,160}))/gu;
/** Small words an expansion may hold whose initials the acronym leaves out (`Department of Energy`, `DoE`). */
const skippedInitials = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to']);
/** Link and emphasis markup dropped from the words before an acronym (`[JHU Data Science Hackathon](url) (DaSH)`). */
const inlineMarkup = /\]\([^()\s]*\)|\]\[[^\]\n]*\]|[[\]*_`]/g;
/** What parts an expansion's words: space, and the `+`, `-`, `/` that join its parts (`Reason+Act`, `Retrieval-Augmented`). */
const partSeparator = /[\s+/-]+/;

/**
 * Acronyms the page defines by their expansion, with capitals inside (`Data Science Hackathon (DaSH)`,
 * `DaSH (Data Science Hackathon)`, `ReAct (for Reason+Act)`, `ReAct, short for Reasoning and Acting`): each
 * capital starts a part of the expansion and the letters after it continue that part or are the initials of
 * small words (`of` in `DoE`), so `Da|S|H`, `Re|Act`, `D|o|E`; and the acronym is shorter than its parts (an
 * abbreviation: `Cloud Flare (CloudFlare)` only closes the words up, a name written in a wrong case). That is the
 * writer's own name for the thing, on the whole page, not a product's name in a wrong case (Plotly's `Dash`,
 * `React`). A word with one capital (`Github`) is no acronym.
 */
export function pageDefinedAcronyms(source: string): Set<string> {
  const acronyms = new Set<string>();
  if (source.includes('(')) {
    for (const match of source.matchAll(parenthesizedAcronym)) {
      const acronym = match[1]!;
      if (capitals(acronym).length < 2 || acronyms.has(acronym)) continue;
      const lineStart = source.lastIndexOf('\n', match.index) + 1;
      // Bounded: the expansion is a few words before the parenthesis.
      const before = source.slice(Math.max(lineStart, match.index - 200), match.index).replace(inlineMarkup, ' ');
      if (endsWithExpansion(parts(before), acronym)) acronyms.add(acronym);
    }
  }
  if (!source.includes('(') && !/\b(?:short|stands)[ \t]+for\b/.test(source)) return acronyms;
  for (const match of source.matchAll(acronymBeforeExpansion)) {
    const acronym = match[1]!;
    // Words between the acronym and its expansion only where a cue says it is one (`ReAct pattern (for …)`).
    if (capitals(acronym).length < 2 || acronyms.has(acronym) || (match[2] !== '' && match[3] === undefined && match[5] === undefined)) continue;
    if (abbreviates(acronym, parts(match[4] ?? match[5]!), false)) acronyms.add(acronym);
  }
  return acronyms;
}

/** An expansion's parts, link and emphasis markup dropped. */
function parts(text: string): string[] {
  return text.replace(inlineMarkup, ' ').split(partSeparator).filter((part) => part !== '');
}

/** Do the last parts, from some capitalized one on, expand the acronym (the words before `(DaSH)` in running text)? */
function endsWithExpansion(words: readonly string[], acronym: string): boolean {
  // An expansion has a part per capital at most, and small words between: a few times the acronym's length.
  for (let from = words.length - 1; from >= Math.max(0, words.length - 3 * acronym.length); from--) {
    if (abbreviates(acronym, words.slice(from), true)) return true;
  }
  return false;
}

/**
 * Is the acronym an abbreviation of exactly these parts, in order? A capital starts the next part (in running
 * text, a part starting with that capital); a lower-case letter continues the current part or starts a small
 * word; small words may be left out. Shorter than the parts it uses, or it merely closes them up.
 */
function abbreviates(acronym: string, words: readonly string[], capitalized: boolean): boolean {
  // Small words aside (`the Cloud Flare (CloudFlare)` closes up `Cloud Flare` all the same).
  if (acronym.length >= words.filter((word) => !skippedInitials.has(word.toLowerCase())).join('').length) return false;
  const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
  // at: letters of the acronym read; next: the next part to start; used: letters of the part before `next` read.
  const tried = new Set<string>();
  const read = (at: number, next: number, used: number): boolean => {
    if (at === acronym.length) return words.slice(next).every((word) => skippedInitials.has(word.toLowerCase()));
    const key = `${at} ${next} ${used}`;
    if (tried.has(key)) return false;
    tried.add(key);
    const letter = acronym[at]!;
    const upper = letter !== letter.toLowerCase();
    if (!upper && next > 0 && same(words[next - 1]![used], letter) && read(at + 1, next, used + 1)) return true;
    for (let part = next; part < words.length; part++) {
      const word = words[part]!;
      const small = skippedInitials.has(word.toLowerCase());
      const starts = capitalized && upper ? word[0] === letter : same(word[0], letter);
      // A capital starts a part of substance; a lower-case letter may be a small word's initial (`DoE`).
      if (starts && (upper ? !small || capitalized : small || !capitalized) && read(at + 1, part + 1, 1)) return true;
      if (!small) return false;
    }
    return false;
  };
  return read(0, 0, 0);
}
