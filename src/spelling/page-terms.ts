import type {Nodes, Root} from 'mdast';
import type {ProseToken} from './prose.js';
import {eachOfTypes} from '../node-index.js';

/**
 * A word of a field inflected in English: the plural or verb form of a term the page itself
 * writes (`enumerables` beside `` `Enumerable` ``, `jitting` beside `JIT`, `referers` beside the
 * HTTP header `Referer`). The misspellings list and the slip check judge such a word against
 * English (`enumerables` → `enumerable`, `referers` → `referrer`, `jitting` → `jilting`); a page
 * that names the term shows the writer inflecting it knowingly. What counts as naming it:
 * - the term alone as inline code, for its plural only (`enumerables`: a past tense such as
 *   `finded` beside `` `find` `` is a wrong English verb, read), or an acronym in the prose that is
 *   no English word in capitals (`JIT` → `jitting`, not `SETUP`): a name of the code or the field,
 *   whose English forms no list has;
 * - the term in the page's prose or inline code (a word of `` `ngx_http_referer_module` ``) when a field's word list knows it and English does not (`Referer`,
 *   listed by the Node.js words, unknown to Hunspell), and the misspellings list corrects the
 *   inflection to another word rather than to a form of the term (`referers` → `referrer`): it
 *   holds the field's own spelling wrong, which the field settles. A correction that is a form of
 *   the term (`criticals` → `critical`, `submited` → `submitted`) says the inflection is the slip.
 * A slip made on a word the page never names that way is still reported (`enumerabels`, `informations`).
 */
export interface PageTerms {
  /** Lower-case terms the page writes alone as inline code. */
  names: Set<string>;
  /** Lower-case acronyms of the page's prose (`JIT`). */
  acronyms: Set<string>;
  /** Lower-case words of the page's prose. */
  written: Set<string>;
}

const identifier = /^[A-Za-z][A-Za-z0-9_]*$/;
const acronym = /^[A-Z]{2,}$/;

/** The names the page writes alone as inline code (`` `Enumerable` ``), lower case, three letters or more. */
export function inlineCodeNames(tree: Root): Set<string> {
  return codeNames(tree).names;
}

/** A kind of software a name is introduced as, right after it (`` `reqwest` crate ``, `` `reqwest` HTTP client ``). */
const kindAfter = /^\s+(?:[A-Za-z][\w-]*\s+)?(?:crate|library|package|module|client|server|command|tool|binary|plugin|gem|framework|daemon|service|extension)s?\b/i;

/** The name an inline code node writes alone, lower case; undefined when it is no such name. */
function nameOf(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed.length >= 3 && identifier.test(trimmed) ? trimmed.toLowerCase() : undefined;
}

/**
 * The page's inline-code names (`inlineCodeNames`) and, of those, the ones it gives more evidence for
 * than one mention (`attested`): written in a fenced or indented code block or in a link, or introduced
 * as a kind of software (`` the `reqwest` crate ``, `` The `reqwest` HTTP client ``). One bare
 * `` `memborable` `` may be a slip written into code; a name the page shows as a project or a program
 * is the code's own. One pass over the code and inline code (node-index.ts): the evidence is kept in the page's order and matched
 * against the names once they are all known.
 */
export function codeNames(tree: Root): {names: Set<string>; attested: Set<string>} {
  const names = new Set<string>();
  // Code block texts and names shown as software, in the page's order.
  const evidence: Array<{code: string} | {name: string}> = [];
  eachOfTypes(tree, ['code', 'inlineCode'], (node, parent) => {
    if (node.type === 'code') {
      evidence.push({code: node.value});
      return;
    }
    const name = nameOf(node.value);
    if (name === undefined) return;
    names.add(name);
    if (!parent) return;
    const siblings = parent.children as readonly Nodes[];
    const next = siblings[siblings.indexOf(node) + 1];
    if (parent.type === 'link' || (next?.type === 'text' && kindAfter.test(next.value))) evidence.push({name});
  });
  const attested = new Set<string>();
  if (names.size === 0) return {names, attested};
  for (const item of evidence) {
    if ('name' in item) attested.add(item.name);
    else for (const word of item.code.toLowerCase().match(/[a-z][a-z0-9_]*/g) ?? []) if (names.has(word)) attested.add(word);
  }
  return {names, attested};
}

export function pageTerms(tree: Root, prose: readonly ProseToken[], names = inlineCodeNames(tree)): PageTerms {
  const acronyms = new Set<string>();
  // The words of the page's inline code names count as written (`referer` of `` `ngx_http_referer_module` ``):
  // the page names the field's term there as surely as in a sentence.
  const written = inlineCodeWords(tree);
  for (const token of prose) {
    const lower = token.text.toLowerCase();
    written.add(lower);
    if (acronym.test(token.text)) acronyms.add(lower);
  }
  return {names, acronyms, written};
}

/** The words of the page's inline code, split at what joins a name's parts (`ngx_http_referer_module` → `ngx`, `http`, `referer`, `module`), lower case. */
function inlineCodeWords(tree: Root): Set<string> {
  const words = new Set<string>();
  eachOfTypes(tree, ['inlineCode'], (node) => {
    for (const word of node.value.toLowerCase().split(/[^a-z]+/)) if (word.length >= 3) words.add(word);
  });
  return words;
}

/** The stems an English ending leaves (`jitting` → `jitt`, `jit`; `enumerables` → `enumerable`), three letters or more. */
export function inflectionStems(lower: string): string[] {
  const stems: string[] = [];
  for (const ending of ['s', 'es', 'ed', 'ing']) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (stem.length < 3) continue;
    stems.push(stem);
    if (ending === 'ed' || ending === 'ing') {
      stems.push(`${stem}e`);
      // A consonant doubled before the ending (`jitting`, `mmapped`).
      if (stem.length >= 4 && stem.at(-1) === stem.at(-2) && !/[aeiou]/.test(stem.at(-1)!)) stems.push(stem.slice(0, -1));
    }
  }
  return stems;
}

/**
 * Does the misspellings list correct an inflection to another word, not to a form of the term
 * (`referers` → `referrer` for `referer`; not `criticals` → `critical`)?
 */
export function correctsToAnotherWord(term: string, corrections: readonly string[]): boolean {
  const root = term.endsWith('e') ? term.slice(0, -1) : term;
  return corrections.length > 0 && corrections.every((correction) => !correction.toLowerCase().startsWith(root));
}

/**
 * Does a correction or suggestion name another form of the stem (`runing` → `running`, for `run`)?
 * Then the word is a wrong inflection of it, a typo whatever names the stem; a correction that is
 * the stem itself (`enumerables` → `enumerable`) only says English has no such plural.
 */
function otherFormOf(stem: string, candidates: readonly string[]): boolean {
  return candidates.some((candidate) => {
    const lower = candidate.toLowerCase();
    return lower !== stem && lower.startsWith(stem);
  });
}

export interface TermJudge {
  /** Is this word known (dictionary, vocabulary, the site's words)? */
  known: (word: string) => boolean;
  /** Is it an ordinary word of the language (Hunspell's), not only a field's term? */
  ordinary: (word: string) => boolean;
  /** The word's corrections and suggestions: the English words it may be a slip for. */
  candidates: () => readonly string[];
}

/**
 * The stems a plural ending leaves (`enumerables` → `enumerable`; `boxes` → `box`): the only
 * inflection a code name excuses. A past tense or a participle of a code name (`finded` beside
 * `` `find` ``, `writed` beside `` `write` ``) is the writer's English verb, and a wrong one.
 */
function pluralStems(lower: string): string[] {
  return inflectionStems(lower).filter((stem) => lower === `${stem}s` || lower === `${stem}es`);
}

/** Does this likely typo pluralize a name the site writes alone as inline code on some page (`enumerables`, `` `Enumerable` `` elsewhere)? */
export function inflectsCodeName(word: string, names: ReadonlySet<string>, candidates: readonly string[]): boolean {
  return names.size > 0 && pluralStems(word.toLowerCase()).some((stem) => names.has(stem) && !otherFormOf(stem, candidates));
}

/** Is this unknown word an English inflection of a term the page names (see PageTerms)? */
export function inflectsPageTerm(word: string, corrections: readonly string[] | undefined, terms: PageTerms, judge: TermJudge): boolean {
  const lower = word.toLowerCase();
  const plurals = pluralStems(lower);
  for (const stem of inflectionStems(lower)) {
    // A code name's plural only (`enumerables`); its past tense is English and read (`finded` beside `` `find` ``).
    if (plurals.includes(stem) && terms.names.has(stem) && !otherFormOf(stem, judge.candidates())) return true;
    // Not an English word in capitals (`SETUP` in a heading is no acronym of a term: `setuped` stays a misspelling).
    if (terms.acronyms.has(stem) && !judge.ordinary(stem) && !otherFormOf(stem, judge.candidates())) return true;
    if (corrections !== undefined && terms.written.has(stem) && judge.known(stem) && !judge.ordinary(stem) && correctsToAnotherWord(stem, corrections)) return true;
  }
  return false;
}
