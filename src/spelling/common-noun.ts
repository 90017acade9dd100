import {escapeRegExp} from '../links/patterns.js';

/**
 * A brand written in lower case and used as a common noun: `create a dropbox`, `add files to the
 * dropbox` (a drop box, the thing the product is named after). All of these together say so:
 * - the owner's form has no capital inside (`GitHub`, `WordPress`, `PayPal` are coined names,
 *   never a common noun; `Dropbox` may be one);
 * - an indefinite article right before it (`a`, `an`): it is counted, as a thing is. `the` points
 *   at a thing only when the page brought it in before with an indefinite article (`create a
 *   dropbox … add files to the dropbox`); `the facebook` alone is the product in a wrong case;
 * - nothing after it that it could be a modifier of: the sentence goes on with punctuation, the
 *   end of the line, or a word that cannot be a noun (`and`, `to`, `is`…). `a dropbox account`,
 *   `a github repo`, `a facebook friend` use the brand to name what the noun belongs to, and are
 *   checked;
 * - its letters are two words of the language (`drop|box`): the common noun the brand spells.
 *   `an ipad.` spells no such noun and is the product in a wrong case.
 */
export function usedAsCommonNoun(source: string, offset: number, word: string, right: string, ordinary: (word: string) => boolean): boolean {
  if (word !== word.toLowerCase() || /\p{Lu}/u.test(right.slice(1))) return false;
  if (!endsNounPhrase(source, offset + word.length) || !twoWords(word, ordinary)) return false;
  const before = source.slice(Math.max(0, offset - 8), offset);
  if (/(?:^|[^\p{L}\p{N}])an?[ \t]+$/iu.test(before)) return true;
  return /(?:^|[^\p{L}\p{N}])the[ \t]+$/iu.test(before) && introducedBefore(source, offset, word);
}

/**
 * An ordinary word with only its first capital, as a title writes each word (`Build a Chatbot in 10
 * Minutes`), against a name whose owner puts a capital inside it (`ChatBot`): counted after an
 * indefinite article and ending its noun phrase, it is the thing the word names, one of many
 * chatbots, not the product. The owner's inner capital is what names the product; `a Chatbot
 * platform` (a modifier) and `Chatbot` with no article are checked.
 */
export function titleCasedCommonNoun(source: string, offset: number, word: string, right: string, ordinary: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (word !== lower[0]!.toUpperCase() + lower.slice(1) || right.toLowerCase() !== lower || !/\p{Lu}/u.test(right.slice(1))) return false;
  if (!endsNounPhrase(source, offset + word.length, true) || !ordinary(lower)) return false;
  return /(?:^|[^\p{L}\p{N}])an?[ \t]+$/iu.test(source.slice(Math.max(0, offset - 8), offset));
}

/**
 * An ordinary word with only its first capital (`Dependency Chatbot` in a heading, `the Chatbot
 * will`), against a name whose owner puts a capital inside it (`ChatBot`), on a page that uses the
 * word in lower case as a counted noun: an indefinite article, at most three words between (`a
 * basic RAG chatbot`; none of them a word that ends a noun phrase: `a project in typescript.` is
 * no such use), and the noun phrase ends after it (`a chatbot that`). The page means the
 * thing; its capital is a title's or an emphasis's, not the product miscased. A page with no such
 * use (`a typescript project` is a modifier) keeps `Typescript` checked.
 */
export function titleCasedNounOfPage(source: string, word: string, right: string, ordinary: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (word !== lower[0]!.toUpperCase() + lower.slice(1) || right.toLowerCase() !== lower || !/\p{Lu}/u.test(right.slice(1)) || !ordinary(lower)) return false;
  if (countedOn?.source !== source) countedOn = {source, words: new Map()};
  let known = countedOn.words.get(lower);
  if (known === undefined) countedOn.words.set(lower, (known = countedOnPage(source, lower)));
  return known;
}

/** The page being read and the words it was asked whether it counts: one scan per word and page. */
let countedOn: {source: string; words: Map<string, boolean>} | undefined;

function countedOnPage(source: string, lower: string): boolean {
  const counted = new RegExp(`(?:^|[^\\p{L}\\p{N}])[Aa]n?[ \\t]+(?:(?!${notModifier})[\\p{L}\\p{N}][\\p{L}\\p{N}-]*[ \\t]+){0,3}${escapeRegExp(lower)}(?![\\p{L}\\p{N}])`, 'gu');
  for (let match = counted.exec(source); match; match = counted.exec(source)) {
    if (endsCountedNoun.test(source.slice(match.index + match[0].length, match.index + match[0].length + 12))) return true;
  }
  return false;
}

/**
 * An ordinary word with only its first capital, against a name whose owner puts a capital inside it
 * (`ChatBot`), as a word of a link's text that spells the name of the site it links to: `[Chatbot
 * magazine](https://chatbotsmagazine.com/)` names that publication, whose host writes it whole; the
 * word is the common noun its name is made of, not the product. Two words or more, all of the
 * host's name (a plural `s` aside): `[Chatbot news](https://chatbotsmagazine.com/)` and `[Chatbot
 * tips](https://example.com/)` are not the site's name, and are checked.
 */
export function wordOfLinkedSiteName(word: string, right: string, link: readonly [number, number, string, string] | undefined, ordinary: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (!link || word !== lower[0]!.toUpperCase() + lower.slice(1) || right.toLowerCase() !== lower || !/\p{Lu}/u.test(right.slice(1)) || !ordinary(lower)) return false;
  const words = link[3].toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < 2 || !words.includes(lower)) return false;
  let host: string;
  try {
    host = new URL(link[2]).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  const name = host.split('.')[0]!.replace(/-/g, '');
  return new RegExp(`^${words.map((part) => `${escapeRegExp(part)}s?`).join('')}$`, 'u').test(name);
}

/** Does the text after a word end the noun phrase (punctuation, end of line, a word that is no noun; in Title Case `In`, `With` too)? */
function endsNounPhrase(source: string, end: number, titleCase = false): boolean {
  const after = source.slice(end, end + 12);
  return (titleCase ? nounPhraseEndTitle : nounPhraseEnd).test(after);
}

/** Words that cannot be inside a noun phrase before its noun: they end one. */
const phraseBreakWords = 'and|or|but|to|in|on|at|of|with|for|from|that|which|where|is|was|are|were|will|can|by|into';
const phraseBreak = `(?:${phraseBreakWords})(?![\\p{L}\\p{N}])`;
/**
 * Words that cannot stand between an article and its noun, so the article counts an earlier word: the
 * words that end a noun phrase, the other prepositions, pronouns, and a word in -ing (`a library using
 * typescript.`, `a guide about typescript.` count `library` and `guide`, not `typescript`). A modifier
 * in -ing (`a working chatbot`) is lost as a count; the page's other uses still count it.
 */
const notModifier = `(?:${phraseBreakWords}|about|above|after|against|along|among|around|as|before|behind|below|beneath|beside|besides|between|beyond|despite|during|like|unlike|than|through|throughout|over|under|until|upon|via|vs|versus|within|without|toward|towards|across|per|plus|not|also|then|when|while|if|because|so|I|we|you|he|she|it|they|me|him|her|us|them|my|our|your|his|its|their|[\\p{L}]+ing)(?![\\p{L}\\p{N}-])`;
const nounPhraseEnd = new RegExp(`^(?:[ \\t]*(?:[.,;:!?)]|\\r?\\n|$)|[ \\t]+${phraseBreak})`, 'u');
const nounPhraseEndTitle = new RegExp(nounPhraseEnd.source, 'iu');
/**
 * The end of a counted noun phrase on the page: as `nounPhraseEnd`, but `and`, `or`, `but` and `to` may join
 * the word to a further modifier (`a typescript or javascript developer`, `a python to typescript
 * converter`), so they end nothing here.
 */
const endsCountedNoun = new RegExp(`^(?:[ \\t]*(?:[.,;:!?)]|\\r?\\n|$)|[ \\t]+(?!(?:and|or|but|to)(?![\\p{L}\\p{N}]))${phraseBreak})`, 'u');

/** Did the page use the word as a common noun with an indefinite article before `offset` (`a dropbox.`)? */
function introducedBefore(source: string, offset: number, word: string): boolean {
  const earlier = new RegExp(`(?:^|[^\\p{L}\\p{N}])an?[ \\t]+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
  const text = source.slice(0, offset);
  for (let match = earlier.exec(text); match; match = earlier.exec(text)) {
    if (endsNounPhrase(source, match.index + match[0].length)) return true;
  }
  return false;
}

/** Can the word be split into two words of the language of three letters or more (`drop` + `box`)? */
function twoWords(word: string, ordinary: (word: string) => boolean): boolean {
  for (let at = 3; at <= word.length - 3; at++) {
    if (ordinary(word.slice(0, at)) && ordinary(word.slice(at))) return true;
  }
  return false;
}
