/**
 * brand-casing — a product or brand name written in a wrong case.
 *
 * Default severity: warn.
 * Options: none. The names come from the bundled technical vocabulary (the same one the
 * spelling rule uses: its lists of tools and services, and inner-capital forms from the rest;
 * see src/spelling/brands.ts) plus the config's `spelling.brands`; `.postlint/words.txt` and
 * `spelling.words` can accept a form as written.
 *
 * Flags `Javascript`, `Github`, `Postgresql`, `Typescript`, `django` ("`Github` is written
 * `GitHub`"). Names that are also ordinary words (`go`, `rust`, `swift`, `express`) are left
 * alone in lower case and at the start of a sentence; code, URLs, paths and ALLCAPS are never checked.
 * On a page in another language than `spelling.language`, lower-case words are left alone.
 *
 * Fails:
 *   We host the code on Github and deploy with Javascript.
 * Passes:
 *   We host the code on GitHub and deploy with JavaScript; we go home early.
 */
import type {RuleModule} from '../src/types.js';
import {docsUrl, fileRule, place, runSettings} from '../src/rule-kit.js';
import {spellingSettings} from '../src/spelling/options.js';
import {pageLanguage, sameLanguage} from '../src/site/language.js';
import {proseTokens, type ProseToken} from '../src/spelling/prose.js';
import {prepareSpelling, spellingCacheInputs, spellerFor, type Speller} from '../src/spelling/speller.js';
import {brandFix} from '../src/spelling/brands.js';
import {pointAt} from '../src/spelling/position.js';

const id = 'brand-casing';

/**
 * A name in lower case inside an all-lower-case hyphenated compound (`github-actions`,
 * `kramdown-parser-gfm`) or in link text its URL spells out is a slug: a package, repository
 * or group named exactly so, not a misspelt brand.
 */
function slug(token: ProseToken): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  return token.named === true || (token.compound !== undefined && token.compound === token.compound.toLowerCase());
}

/** Verdicts depend only on the speller and the word: kept for the whole run, not per file. */
const verdictsBySpeller = new WeakMap<Speller, Map<string, string | undefined>>();

function brandVerdicts(speller: Speller): Map<string, string | undefined> {
  let verdicts = verdictsBySpeller.get(speller);
  if (!verdicts) {
    verdicts = new Map();
    verdictsBySpeller.set(speller, verdicts);
  }
  return verdicts;
}

const check = fileRule<Record<string, never>>(id, async (tree, file) => {
  const source = String(file.value);
  // On a page in another language (a Dutch post) a lower-case word may be one of its ordinary
  // words (`ben`, `staat`): only names written with a capital are judged there (`Whatsapp`).
  const language = pageLanguage(file.path, file.data.frontMatter?.data, file.data.site);
  const foreign = language !== undefined && !sameLanguage(language, spellingSettings(runSettings(file)).language);
  const tokens = proseTokens(tree, source, file.data.frontMatter).filter((token) => token.shape !== 'acronym' && !slug(token) && !(foreign && token.text === token.text.toLowerCase()));
  if (tokens.length === 0) return;
  const speller = await spellerFor(file);
  const verdicts = brandVerdicts(speller);
  for (const token of tokens) {
    const word = token.text;
    const key = `${token.sentenceStart ? '.' : ''}${word}`;
    if (!verdicts.has(key)) verdicts.set(key, brandFix(word, speller, token.sentenceStart ?? false));
    const right = verdicts.get(key);
    if (right === undefined) continue;
    const start = pointAt(source, token.offset);
    const message = file.message(`\`${word}\` is written \`${right}\``, {
      place: place({...start, endLine: start.line, endColumn: start.column + word.length}),
    });
    Object.assign(message, {data: {word, expected: right}});
  }
});

export default {
  meta: {
    id,
    description: 'Product and brand names written in a wrong case (Github for GitHub)',
    severity: 'warn',
    defaults: {},
    optionsSchema: {properties: {}, additionalProperties: false},
    docs: docsUrl(id),
  },
  prepare: prepareSpelling,
  cacheInputs: spellingCacheInputs,
  fileRule: check,
} satisfies RuleModule;
