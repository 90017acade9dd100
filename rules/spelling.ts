/**
 * spelling — words that are not in the dictionary, the technical vocabulary or the site's words.
 *
 * Default severity: warn.
 * Options:
 *   ignoreAcronyms: boolean  leave ALLCAPS words (`ORM`, `APIs`) alone (default true)
 *   names: boolean           leave unknown capitalized words alone when they stand next to another
 *                            capitalized word in running text, like a person's name (default true)
 *   siteTerms: number        a word unknown in at least this many of the files checked together
 *                            (same site) is taken for a term of the site and not reported, unless
 *                            it is a known misspelling or shorter than 3 letters (default 3; 0: off)
 *   report: 'likely' | 'unknown' | 'auto'
 *                            which words are reported: likely typos only (the default: known
 *                            misspellings, dotless abbreviations, slips inside common words;
 *                            src/spelling/likely.ts), or every unknown word. The mode is what the
 *                            config says and nothing else: adding a word to a words list never
 *                            widens the report. `auto` (the default before 0.2) picks `unknown`
 *                            when the site keeps a words list and `likely` when it does not.
 *   fix: boolean             let --fix correct a known misspelling that has exactly one correction
 *                            (default false; `--fix-type spelling` does the same for one run)
 * With the default language (not set in config), British spellings (`behaviour`, `analyse`) are
 * accepted on a site whose checked files use more British than American forms (site-signals.ts).
 * Settings shared with brand-casing live in the config's `spelling` section: language (default
 * en-US), words, dictionaries (paths), brands. Project words also come from `.postlint/words.txt`
 * at the site root, from a post's front matter `spelling: {words: [...]}`, and from what a site
 * that used cspell already has: `cspell:ignore` / `cspell:words` comments in a page, and the
 * `words` / `ignoreWords` of a `cspell.json` or `.cspell.json` at the site root.
 *
 * A word of a field is no likely typo: the plural of a word used as a noun after a number
 * (`two criticals`, though lists of misspellings hold `criticals`), or an unknown word the page
 * also writes in another form (`convnets` and `convnet`).
 *
 * A paragraph of 8 words or more, two in five of them unknown and none an English function word
 * (`the`, `and`), is not English (Latin filler, a quoted passage) and is not checked word by word.
 * Only prose is checked (text and headings, front-matter title and description); code, URLs,
 * email addresses, paths, HTML, shortcodes, emoji shortcodes, hashtags, @mentions, words with
 * digits and identifiers are skipped. Each unknown word is reported once per file, at its first
 * use that no control comment silences, with the number of further such uses and up to three
 * suggestions (a `postlint-disable-next-line spelling` over one use leaves the others reported).
 *
 * Fails:
 *   I gave this talk to my collegues.
 * Passes:
 *   I gave this talk about Django and asyncio to my colleagues.
 */
import {defineRule, option} from '../src/rule-kit.js';
import {proseTokens, type ProseToken} from '../src/spelling/prose.js';
import {suggestionsEnabled, type Speller} from '../src/spelling/speller.js';
import {noteWordsRoot} from '../src/spelling/collect.js';
import {matchCase} from '../src/fix.js';
import {pointAt} from '../src/spelling/position.js';
import {frontMatterWords} from '../src/spelling/front-matter.js';
import {spellingSettings} from '../src/spelling/options.js';
import {generatorOf} from '../src/site/generators/index.js';
import {pageLanguage, sameLanguage} from '../src/site/language.js';
import {refineSpelling, type SpellingNote} from '../src/spelling/site-signals.js';
import {dotless, likelyTypo} from '../src/spelling/likely.js';
import {collecting} from '../src/spelling/collect.js';
import {commonWord} from '../src/spelling/common-words.js';
import {otherVariant} from '../src/spelling/variants.js';
import {foreignBlocks, quoted} from '../src/spelling/passages.js';
import {cspellCommentWords} from '../src/spelling/cspell.js';
import {isSilenced, readControl, type ControlDirective} from '../src/control.js';
import {visit} from 'unist-util-visit';
import type {Root} from 'mdast';

/** The page's control comments, read from the tree (the engine applies them again to every finding). */
function controlDirectives(tree: Root): ControlDirective[] {
  const directives: ControlDirective[] = [];
  visit(tree, 'html', (node) => {
    const directive = readControl(node);
    if (directive) directives.push(directive);
  });
  return directives;
}

/** Which unknown words are reported: likely typos only, every unknown word, or (`auto`, kept for old configs) as the site's words list suggests. */
type Report = 'auto' | 'likely' | 'unknown';

/** The options `checkable` reads. */
interface Options {
  ignoreAcronyms: boolean;
  names: boolean;
}

const id = 'spelling';

/** Should this token be looked up at all? */
export function checkable(token: ProseToken, options: Options): boolean {
  if (token.shape === 'identifier') return false;
  if (token.shape === 'acronym' && options.ignoreAcronyms) return false;
  if (token.named) return false;
  // A word in another script (`фреймворк`, `查询参数`, `김정환`) is not English: no English dictionary can judge it.
  if (!/\p{Script=Latin}/u.test(token.text)) return false;
  return !(options.names && token.name);
}

/** Letters English spells without (`ç`, `ã`, `ñ`, `ł`, `ø`), the curly apostrophe aside. */
const nonEnglishLetter = /[^\x00-\x7F’]/;

function misspelled(token: ProseToken, speller: Speller, local: Set<string>): boolean {
  if (local.has(token.text.toLowerCase())) return false;
  if (token.compound && (local.has(token.compound.toLowerCase()) || speller.known(token.compound))) return false;
  const unknown = token.prefix ? !speller.knownPrefix(token.text) : token.suffix ? !speller.knownSuffix(token.text) : !speller.known(token.text);
  // An English word with an accent is known without it (`café`, `naïve`): an unknown word with
  // one is a name or a word of another language (`Michał`, `Introducción`), not an English typo.
  return unknown && !(speller.english && nonEnglishLetter.test(token.text));
}

/** Words before a plural noun that count it (`two criticals`, `3 highs`, `no mediums`). */
const counting = /(?:^|[^\p{L}\p{N}])(?:\d+|zero|no|one|two|three|four|five|six|seven|eight|nine|ten|many|several|few|more|fewer)\s+$/iu;

/** A known misspelling whose correction is the word without its plural s, after a number or quantity: the word used as a noun. */
function countedPlural(word: string, corrections: string[] | undefined, source: string, offset: number): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s') || !(corrections ?? []).includes(lower.slice(0, -1))) return false;
  return counting.test(source.slice(Math.max(0, offset - 20), offset));
}

/** Is another form of this word (with or without a plural or verb ending) also unknown on the page? */
function inflectedElsewhere(lower: string, unknown: ReadonlyMap<string, unknown>): boolean {
  const forms = [`${lower}s`, `${lower}es`, `${lower}ed`, `${lower}ing`];
  for (const ending of ['s', 'es', 'ed', 'ing']) if (lower.endsWith(ending)) forms.push(lower.slice(0, -ending.length));
  return forms.some((form) => form !== lower && unknown.has(form));
}

function stem(word: string): string {
  return word.replace(/’/g, "'").replace(/'s$/i, '');
}

export default defineRule({
  meta: {
    id,
    description: 'Words not in the dictionary, the technical vocabulary or the site\'s own words',
    severity: 'warn',
    messages: {
      withSuggestions: 'Unknown word "{{word}}"{{more}}; did you mean {{suggestions}}? If it is spelled right, add it to .postlint/words.txt',
      unknown: 'Unknown word "{{word}}"{{more}}; if it is spelled right, add it to .postlint/words.txt',
    },
    options: {
      ignoreAcronyms: option.boolean(true),
      names: option.boolean(true),
      siteTerms: option.integer(3, {minimum: 0}),
      report: option.oneOf<Report>(['likely', 'unknown', 'auto'], 'likely'),
      fix: option.boolean(false, 'Let --fix correct known misspellings that have one correction (as --fix-type spelling does).'),
    },
    fixable: 'a known misspelling with exactly one correction (only with --fix-type spelling or the fix option)',
    fixOnRequest: true,
    services: ['speller'],
  },
  async file({tree, text: source, path, frontMatter, site, settings: run, options, report, note, speller: spellers}) {
    // A page in another language (a Dutch blog, `index.fr.md`) is not checked against this dictionary.
    const settings = spellingSettings(run);
    const language = pageLanguage(path, frontMatter?.data, site);
    if (language && !sameLanguage(language, settings.language)) return;
    const tokens = proseTokens(tree, source, frontMatter).filter((token) => checkable(token, options));
    if (tokens.length === 0) return;
    const speller = await spellers.get();
    const local = frontMatterWords(frontMatter);
    for (const word of cspellCommentWords(source)) local.add(word);
    // The site's own generator is named in lower case in its commands (`hugo server`, `jekyll build`).
    for (const word of generatorOf(site).words) local.add(word);
    // Without a words list of the site's own, only likely typos are news; the words workflow lists every word.
    // The report mode is the config's alone (`auto` is the old mode that looked at the words list).
    const everyWord = collecting() || options.report === 'unknown' || (options.report === 'auto' && speller.wordsList);
    const unknown = new Map<string, {first: ProseToken; count: number}>();
    // American spellings in use (`behavior`, `color`): against them the run weighs British ones.
    const american = new Set<string>();
    const unknownFlags = tokens.map((token) => misspelled(token, speller, local));
    const foreign = speller.english ? foreignBlocks(tokens, unknownFlags) : new Set<number>();
    // Uses a control comment silences are not counted, so the first use left is where the word is reported.
    const directives = controlDirectives(tree);
    const silenced = (token: ProseToken): boolean => directives.length > 0 && isSilenced(directives, {ruleId: id, line: pointAt(source, token.offset).line});
    for (const [i, token] of tokens.entries()) {
      if (token.block !== undefined && foreign.has(token.block)) continue;
      if (unknownFlags[i] && silenced(token)) continue;
      if (!unknownFlags[i]) {
        if (speller.variant(token.text) === 'en-US') american.add(token.text.toLowerCase());
        continue;
      }
      // A possessive is reported (and added to the words) as its stem: `Frobnicatte's` → `Frobnicatte`.
      const key = stem(token.text).toLowerCase();
      const seen = unknown.get(key);
      if (seen) {
        seen.count++;
        if (token.offset < seen.first.offset) seen.first = token;
      } else unknown.set(key, {first: token, count: 1});
    }
    const root = spellers.wordsRoot();
    if (unknown.size > 0) noteWordsRoot(path, root);
    note({root, american: [...american]} satisfies SpellingNote);
    for (const {first, count} of unknown.values()) {
      const word = stem(first.text);
      const misspelling = speller.misspelling(word);
      // A British spelling on a site whose language is not set is a variant, not a typo (site-signals.ts weighs it).
      const variant = speller.variant(word);
      let likely = speller.english && !variant && !quoted(source, first)
        ? likelyTypo({word, sentenceStart: first.sentenceStart === true, otherVariant: settings.languageSet && otherVariant(word, settings.language), misspelling, ordinary: (w) => speller.ordinary(w), common: commonWord})
        : undefined;
      // A word of a field: a known "misspelling" that is a word plus a plural s, used as a noun ("two
      // criticals": a count of critical findings), or a slip the page also writes in another form
      // (`convnets` and `convnet`: a term the writer inflects knowingly; typos are not that regular).
      if (likely === 'misspelling' && countedPlural(word, misspelling, source, first.offset)) likely = undefined;
      if (likely === 'slip' && inflectedElsewhere(word.toLowerCase(), unknown)) likely = undefined;
      if (!likely && !everyWord) continue;
      const abbreviation = likely === 'abbreviation' ? [dotless.get(word.toLowerCase())!] : [];
      const suggestions = suggestionsEnabled() ? [...new Set([...abbreviation, ...speller.suggest(word)])].slice(0, 3) : [];
      const more = count > 1 ? ` (${count - 1} more ${count === 2 ? 'use' : 'uses'} in this file)` : '';
      const start = pointAt(source, first.offset);
      // What the run-wide signals weigh (site-signals.ts): a British spelling, a known misspelling.
      const typo = misspelling !== undefined;
      // A known misspelling with one correction is fixed only when asked: --fix-type spelling or `fix: true`.
      const asked = options.fix || run.fixTypes?.includes(id);
      const fixed = asked && misspelling?.length === 1 && source.slice(first.offset, first.offset + word.length) === word;
      report({
        ...(suggestions.length > 0
          ? {messageId: 'withSuggestions', data: {word, more, suggestions: suggestions.map((s) => `"${s}"`).join(', ')}}
          : {messageId: 'unknown', data: {word, more}}),
        place: {...start, endLine: start.line, endColumn: start.column + word.length},
        details: {word, count, suggestions, ...(likely ? {likely} : {}), ...(variant ? {variant} : {}), ...(typo ? {typo} : {})},
        ...(fixed ? {fix: {range: [first.offset, first.offset + word.length], text: matchCase(word, misspelling[0]!)}} : {}),
      });
    }
  },
  /** Site-wide signals (site-signals.ts): a site written in British English, a site's own terms. */
  site({settings, fileFindings, withdraw}) {
    withdraw(refineSpelling(fileFindings(), settings));
  },
});
