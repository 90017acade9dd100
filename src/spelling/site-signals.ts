import {dotless} from './likely.js';
import {namesPackage} from './package-names.js';
import type {VFileMessage} from 'vfile-message';
import type {FileFindings} from '../types.js';
import type {RunSettings} from '../settings.js';
import {collecting} from './collect.js';
import {spellingSettings} from './options.js';
import {inflectsCodeName} from './page-terms.js';
import type {OtherLanguageNote} from './language-notice.js';

/**
 * Signals a careful editor takes from a whole site rather than one page, weighed over the files
 * checked together in one run that share a words root (one site):
 *
 * - British English: with the default language (en-US, not set in config), a site whose files
 *   use more distinct British spellings (`behaviour`, `analyse`, `-isation`) than American ones,
 *   and at least two, is written in British English: its British spellings are not reported.
 *   American spellings stay accepted there too.
 * - Dotted abbreviations: `eg`, `ie` without full stops are reported only on a site whose own
 *   prose writes the dots as its house style: `e.g.` and `i.e.` together at least `dottedDominance`
 *   times as often as the dotless forms reported (dottedStyle). A site that never writes the dots keeps a
 *   house style of its own (GOV.UK writes `eg`), and one that writes both about as often (a blog of
 *   twenty years, `ie` 104 times and `i.e.` 129) has none to hold a use to: which form is the slip
 *   is not an editor's call. With `spelling.language` set, the config has chosen: en-US keeps the
 *   dots, en-GB does not.
 * - Names in code: a likely typo that inflects a name some page of the site writes alone as inline
 *   code (`enumerables`, with `` `Enumerable` `` on another page) is that name's English plural,
 *   unless a suggestion is another form of the name (`runing`, with `` `run` ``: `running`); and a
 *   slip, not a known misspelling, that the site writes as inline code with more evidence
 *   than one bare mention (on two pages, or also in a code block or a link, or introduced as a crate,
 *   a client: `reqwest`, with `` the `reqwest` crate `` on another page) is that name (not `lenght`
 *   beside `` `lenght` ``, nor `memborable` beside one bare `` `memborable` ``).
 * - Names capitalized elsewhere: a known misspelling that two pages or more write capitalized in
 *   running text (`Puppet and Facter`, not at a sentence's start, not Title Case) is the site's name for
 *   a program or product; its lower-case uses (`collected by facter`, `sig-facter`) are that name as
 *   its command or package writes it, not the slip (`factor`). One page's is no evidence.
 * - Short forms: a clipped compound one page introduces beside its long form (`convnet` in "A
 *   Convolutional Neural Network, or convnet for short"; clipped-compounds.ts) is the site's term on
 *   every page, known misspelling (`convent`) or not.
 * - Site terms: a word reported in at least `siteTerms` files is the site's own name or jargon
 *   (typos are one-offs), unless it is a known misspelling or shorter than 3 letters (`eg`, `ie`:
 *   abbreviations without their dots are a habit, not a name).
 */
export interface SpellingNote {
  /** The folder of the file's `.postlint/words.txt`: files sharing it are one site. */
  root: string;
  /** Distinct American spellings the file uses (lower case). */
  american: string[];
  /** Distinct British spellings the file uses (lower case), reported or not. */
  british?: string[];
  /** How often the file's prose writes `e.g.` or `i.e.` with their full stops (left out when never). */
  dotted?: number;
  /** Names the file writes alone as inline code (`enumerable` for `` `Enumerable` ``), lower case. */
  codeNames?: string[];
  /** Of codeNames, those the file shows in a code block or a link, or introduces as a crate, a library, a client…. */
  attestedCodeNames?: string[];
  /** Project names the file links to their own home, as the link and the address write them (`coursier`, `Mosquitto`, `mosquitto`). */
  projects?: string[];
  /** Known misspellings the file's code installs, imports or runs as a family of programs (`ratatui`, `mosquitto`; package-names.ts), as written. */
  packages?: string[];
  /** Its page or passages left unchecked as another language by their text (language-notice.ts). */
  otherLanguage?: OtherLanguageNote;
  /** Short forms the file introduces beside their long form (`convnet` by "Convolutional Neural Network"), lower case (clipped-compounds.ts). */
  clipped?: string[];
  /** Known misspellings the file writes capitalized in running text, as a name (`Facter`), lower case. */
  namedMisspellings?: string[];
  /** Hyphenated words of two parts the file writes whose parts closed up are no known word (`re-mining` → `remining`), lower case. */
  closedUp?: string[];
}

interface WordData {
  word: string;
  variant?: string;
  typo?: boolean;
  likely?: string;
  suggestions?: string[];
}

const minimumBritish = 2;
/** The dotted abbreviations must outnumber the dotless ones this many times to be the site's style (dottedStyle). */
const dottedDominance = 4;
const shortest = 3;

function wordData(message: VFileMessage): WordData | undefined {
  const data = (message as {data?: Partial<WordData>}).data;
  return typeof data?.word === 'string' ? (data as WordData) : undefined;
}

function isNote(note: unknown): note is SpellingNote {
  return typeof note === 'object' && note !== null && typeof (note as SpellingNote).root === 'string' && Array.isArray((note as SpellingNote).american);
}

export function refineSpelling(files: FileFindings[], settings: RunSettings): Set<VFileMessage> {
  const drop = new Set<VFileMessage>();
  const sites = new Map<string, FileFindings[]>();
  for (const file of files) {
    if (!isNote(file.note)) continue;
    const site = sites.get(file.note.root);
    if (site) site.push(file);
    else sites.set(file.note.root, [file]);
  }
  for (const [root, site] of sites) {
    if (britishSite(root, site, settings)) {
      for (const file of site) for (const message of file.findings) if (wordData(message)?.variant === 'en-GB') drop.add(message);
    }
    // A language set in the config is a style chosen (en-US keeps the dots); left unset, the site's own prose says.
    if (!spellingSettings(settings).languageSet) {
      const dotlessUses = site.flatMap((file) => file.findings.filter((message) => dotless.has(wordData(message)?.word.toLowerCase() ?? '')));
      if (dotlessUses.length > 0 && !dottedStyle(root, site, dotlessUses.length, settings)) for (const message of dotlessUses) drop.add(message);
    }
    // A likely typo that inflects a name another page writes as inline code (`enumerables`; `` `Enumerable` ``).
    const names = new Set(site.flatMap((file) => (file.note as SpellingNote).codeNames ?? []));
    const namedCode = codeNamesAttested(site);
    if (!collecting() && names.size > 0) for (const file of site) for (const message of file.findings) if (inflectedCodeName(message, names) || writtenAsCodeName(message, namedCode)) drop.add(message);
    // A project's name another page links to its home (`[coursier](https://get-coursier.io/…)`): the site's name for it.
    const projects = new Set(site.flatMap((file) => (file.note as SpellingNote).projects ?? []));
    if (!collecting() && projects.size > 0) for (const file of site) for (const message of file.findings) if (namedProject(wordData(message)?.word ?? '', projects)) drop.add(message);
    // A package or program family another page's code installs, imports or runs (`cargo add ratatui`, `mosquitto_sub`/`mosquitto_pub`):
    // its owner's name on every page, lower case or capitalised as a product's (`Mosquitto`), though the misspellings list knows the letters (package-names.ts).
    const packages = new Set(site.flatMap((file) => (file.note as SpellingNote).packages ?? []));
    if (!collecting() && packages.size > 0) for (const file of site) for (const message of file.findings) if (namesPackage(wordData(message)?.word ?? '', packages)) drop.add(message);
    // A known misspelling that pages enough write capitalized in running text (`Puppet and Facter`, `Facter 2.x`): the site's name
    // for a program (Puppet's Facter), so its lower-case uses (`collected by facter`, `sig-facter`) are that name, not the slip.
    const named = namedOnPages(site);
    if (!collecting() && named.size > 0) for (const file of site) for (const message of file.findings) if (lowerCasedName(message, named)) drop.add(message);
    // A word the site writes elsewhere with its hyphen (`re-mining`), closed up (`remining`): the same
    // word of the site's field, even where the misspellings list knows the letters as a slip of another
    // (`remaining`). A slip is not written hyphenated: no site writes `un-till` for `untill` (the spelling rule's note leaves out
    // a closed-up form the list gives as the two words apart: `no-one` is British, `noone` a slip).
    const closed = new Set(site.flatMap((file) => (file.note as SpellingNote).closedUp ?? []));
    if (!collecting() && closed.size > 0) for (const file of site) for (const message of file.findings) if (closed.has(wordData(message)?.word.toLowerCase() ?? '')) drop.add(message);
    // A field's short form one page introduces beside its long form (`convnet` by "Convolutional Neural Network"): the
    // site's term on its other pages too, even where the misspellings list knows the letters as a slip (`convent`).
    const clipped = new Set(site.flatMap((file) => (file.note as SpellingNote).clipped ?? []));
    if (!collecting() && clipped.size > 0) for (const file of site) for (const message of file.findings) if (clipped.has(wordData(message)?.word.toLowerCase() ?? '')) drop.add(message);
    // The words workflow lists site terms too: added to the words list, they stay accepted in runs on one file.
    if (!collecting()) for (const message of siteTerms(site)) drop.add(message);
  }
  return drop;
}

/** Pages a name must be written capitalized in running text on to be the site's: one page's `Recieve` mid-sentence may be a slip too. */
const namingPages = 2;

function namedOnPages(site: FileFindings[]): Set<string> {
  const pages = new Map<string, number>();
  for (const file of site) for (const name of (file.note as SpellingNote).namedMisspellings ?? []) pages.set(name, (pages.get(name) ?? 0) + 1);
  return new Set([...pages].filter(([, count]) => count >= namingPages).map(([name]) => name));
}

/** A lower-case use of a name the site writes capitalized (`facter` beside `Facter` on two pages). */
function lowerCasedName(message: VFileMessage, named: ReadonlySet<string>): boolean {
  const word = wordData(message)?.word;
  return word !== undefined && word === word.toLowerCase() && named.has(word);
}

function inflectedCodeName(message: VFileMessage, names: ReadonlySet<string>): boolean {
  const data = wordData(message);
  return (data?.likely === 'misspelling' || data?.likely === 'slip') && inflectsCodeName(data.word, names, data.suggestions ?? []);
}

/**
 * The code names with more evidence than one inline mention: written alone as inline code on two
 * pages or more, or on a page that also shows them in a code block or a link or introduces them as a
 * crate, a library, a client (attestedCodeNames). One page's bare `` `memborable` `` may be a slip
 * the writer made in code too; it does not make the slip a name on every page.
 */
function codeNamesAttested(site: FileFindings[]): Set<string> {
  const pages = new Map<string, number>();
  const attested = new Set<string>();
  for (const file of site) {
    const note = file.note as SpellingNote;
    for (const name of note.codeNames ?? []) pages.set(name, (pages.get(name) ?? 0) + 1);
    for (const name of note.attestedCodeNames ?? []) attested.add(name);
  }
  for (const [name, count] of pages) if (count >= 2) attested.add(name);
  return attested;
}

/**
 * A slip (not a known misspelling) that the site writes as a code name with more evidence than one
 * bare mention (codeNamesAttested): the name of a package or a command named in prose without
 * backticks (`reqwest`, the Rust crate, beside `` The `reqwest` HTTP client `` on another page), not
 * an English word one letter off (`request`). A known misspelling stays one even where some code
 * writes it (`` `lenght` ``, a parameter misspelled too).
 */
function writtenAsCodeName(message: VFileMessage, names: ReadonlySet<string>): boolean {
  const data = wordData(message);
  return data?.likely === 'slip' && data.typo !== true && names.has(data.word.toLowerCase());
}

/**
 * Does the site's prose write the dots as its house style? The dotted forms must be at least
 * `dottedDominance` times as many as the dotless uses reported: a form used four times in five is the
 * site's style and the other its slip. Chosen from the judged sites: the sites writing both forms
 * (dotted:dotless 2:2, ~166:139, 16:6, judged a style of the writer's own, not slips) sit below it; every
 * site whose dotless uses were judged slips wrote the dots 6 times as often or more (36:6 the lowest).
 */
function dottedStyle(root: string, site: FileFindings[], dotlessUses: number, settings: RunSettings): boolean {
  const dotted = site.reduce((sum, file) => sum + ((file.note as SpellingNote).dotted ?? 0), 0);
  const verdict = dotted >= dottedDominance * dotlessUses;
  if (settings.verbose) {
    const counts = `"e.g."/"i.e." ${dotted} time${dotted === 1 ? '' : 's'}, "eg"/"ie" ${dotlessUses}`;
    settings.log(`postlint: spelling: ${root} ${verdict ? `writes the full stops as its style (${counts}); the dotless forms reported` : `has no dotted style to hold to (${counts}); the dotless forms not reported`}`);
  }
  return verdict;
}

function britishSite(root: string, site: FileFindings[], settings: RunSettings): boolean {
  const british = new Set<string>();
  const american = new Set<string>();
  for (const file of site) {
    for (const word of (file.note as SpellingNote).american) american.add(word);
    for (const word of (file.note as SpellingNote).british ?? []) british.add(word);
    for (const message of file.findings) {
      const data = wordData(message);
      // `eg`, `ie` are a way of abbreviating, not a spelling: they say nothing about the site's spellings.
      if (data?.variant === 'en-GB' && !dotless.has(data.word.toLowerCase())) british.add(data.word.toLowerCase());
    }
  }
  const verdict = british.size >= minimumBritish && british.size > american.size;
  if (settings.verbose && british.size > 0) {
    const counts = `${british.size} British spelling${british.size === 1 ? '' : 's'}, ${american.size} American`;
    settings.log(`postlint: spelling: ${root} ${verdict ? `reads as British English (${counts}); British spellings accepted` : `reads as American English (${counts}); British spellings reported`}`);
  }
  return verdict;
}

/** The messages about words reported in at least `siteTerms` files (that file's option) of the site. */
function siteTerms(site: FileFindings[]): VFileMessage[] {
  const filesByWord = new Map<string, number>();
  for (const file of site) {
    const words = new Set(file.findings.flatMap((message) => wordData(message)?.word.toLowerCase() ?? []));
    for (const word of words) filesByWord.set(word, (filesByWord.get(word) ?? 0) + 1);
  }
  const out: VFileMessage[] = [];
  for (const file of site) {
    const threshold = typeof file.options?.siteTerms === 'number' ? file.options.siteTerms : 0;
    if (threshold < 1) continue;
    for (const message of file.findings) {
      const data = wordData(message);
      if (!data || data.typo || data.variant === 'en-GB' || [...data.word].length < shortest) continue;
      if ((filesByWord.get(data.word.toLowerCase()) ?? 0) >= threshold) out.push(message);
    }
  }
  return out;
}

/**
 * A project's name as a page links it, or that name in lower case given its first capital, as a
 * sentence's, a heading's or a verse line's first word writes any name (`Dacquiri:` for the crate
 * `[dacquiri](https://docs.rs/dacquiri)`). Not the reverse: a link's capitalized text (`[Shotcut](…)`)
 * says nothing of a lower-case `shotcut`, which may be a slip of "shortcut".
 */
export function namedProject(word: string, projects: ReadonlySet<string>): boolean {
  if (projects.has(word)) return true;
  const lower = word.toLowerCase();
  if (lower === '') return false;
  return word === lower[0]!.toUpperCase() + lower.slice(1) && word !== lower && projects.has(lower);
}
