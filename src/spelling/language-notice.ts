import {relative} from 'node:path';
import type {FileFindings} from '../types.js';
import type {RunSettings} from '../settings.js';
import type {Notice} from '../notices.js';
import {toPosix} from '../paths.js';
import {pointAt} from '../text/position.js';
import type {ProseToken} from './prose.js';
import {spellingSettings} from './options.js';
import {languageName} from './other-language.js';

/**
 * What the spelling rule left unchecked because the text itself reads as another language (nothing
 * declared it): a whole page, or passages of a page. The language is a code (`fr`), or '' when only
 * the dictionary said "not English" (mostly unknown words and no English function word: Latin filler).
 */
export interface OtherLanguageNote {
  page?: string;
  /** Each passage's line and language. */
  passages?: Array<[number, string]>;
}

/** At most this many passages a file are noted (the notice counts them; --verbose lists them). */
const maxNotedPassages = 50;

/** The line and language of each passage (paragraph, heading, cell) left unchecked, in page order. */
export function passageLines(tokens: readonly ProseToken[], blocks: ReadonlySet<number>, languages: ReadonlyMap<number, string>, source: string): Array<[number, string]> {
  const lines: Array<[number, string]> = [];
  const seen = new Set<number>();
  for (const token of tokens) {
    if (token.block === undefined || !blocks.has(token.block) || seen.has(token.block)) continue;
    seen.add(token.block);
    lines.push([pointAt(source, token.offset).line, languages.get(token.block) ?? '']);
    if (lines.length >= maxNotedPassages) break;
  }
  return lines;
}

function otherLanguageOf(note: unknown): OtherLanguageNote | undefined {
  if (typeof note !== 'object' || note === null) return undefined;
  const said = (note as {otherLanguage?: unknown}).otherLanguage;
  return typeof said === 'object' && said !== null ? (said as OtherLanguageNote) : undefined;
}

/**
 * One notice a site (files sharing a words root) for the pages and passages whose prose read as
 * another language than the dictionary's and were not checked word by word: a reader of the run
 * learns what was left out and why, and `--verbose` lists each place.
 */
export function otherLanguageNotices(files: readonly FileFindings[], settings: RunSettings): Notice[] {
  const bySite = new Map<string, Array<{path: string; said: OtherLanguageNote}>>();
  for (const file of files) {
    const said = otherLanguageOf(file.note);
    const root = (file.note as {root?: unknown} | undefined)?.root;
    if (!said || typeof root !== 'string') continue;
    if (said.page === undefined && !said.passages?.length) continue;
    bySite.set(root, [...(bySite.get(root) ?? []), {path: file.path, said}]);
  }
  const dictionary = spellingSettings(settings).language;
  const notices: Notice[] = [];
  for (const [site, pages] of bySite) {
    let wholePages = 0;
    let passages = 0;
    const languages = new Map<string, number>();
    const places: string[] = [];
    for (const {path, said} of pages) {
      const where = toPosix(relative(settings.cwd, path));
      if (said.page !== undefined) {
        wholePages++;
        if (said.page) languages.set(said.page, (languages.get(said.page) ?? 0) + 1);
        places.push(`${where} (the page${said.page ? `: ${languageName(said.page)}` : ''})`);
      }
      for (const [line, language] of said.passages ?? []) {
        passages++;
        if (language) languages.set(language, (languages.get(language) ?? 0) + 1);
        places.push(`${where}:${line}${language ? ` (${languageName(language)})` : ''}`);
      }
    }
    const parts = [wholePages > 0 ? `${wholePages} page${wholePages === 1 ? '' : 's'}` : '', passages > 0 ? `${passages} passage${passages === 1 ? '' : 's'}` : ''].filter(Boolean);
    const named = [...languages].sort((a, b) => b[1] - a[1]).map(([language]) => languageName(language));
    notices.push({
      site,
      kind: 'other-language',
      rule: 'spelling',
      withheld: wholePages + passages,
      total: wholePages + passages,
      message: `${parts.join(' and ')} whose prose reads as another language than ${dictionary}${named.length > 0 ? ` (${named.join(', ')})` : ''} not checked word by word`,
      hint: 'declare a page\'s language in its front matter (`lang`) or a passage\'s with `<p lang>` to say so; --verbose lists them',
      ...(settings.verbose ? {places} : {}),
    });
  }
  return notices;
}
