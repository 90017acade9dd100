/**
 * The language an Eleventy data file gives the pages it covers (the data cascade: 11ty.dev/docs/data-template-dir/,
 * TemplateData's getLocalDataPaths). `lang` (the key Eleventy's i18n plugin reads) or `locale`, else
 * `language`, at the file's top level. A JSON or YAML file is data; a JavaScript one (`de/de.11tydata.js`)
 * is read as text, never run: its value when the module exports an object literal (`export default {lang:
 * 'de', …}`, `module.exports = {…}`) that gives the key a literal string. The language is `computed`
 * (only a build knows it) when the file's `eleventyComputed` sets one (computed data wins over every other
 * source: 11ty.dev/docs/data-computed/), or when a JavaScript file names such a key in a form not read
 * here (a function it exports, a value from a variable): the page's language is then not said by its data.
 */
import {exportedObjectOf, hasTopLevelKey, literalOf, objectOf} from './config-text.js';
import {isObject, languageTag, namedLanguage} from './common.js';

/** What a data file says of a page's language: a tag, `computed` (not knowable without running), or nothing. */
export type DataLanguage = {tag: string} | 'computed' | undefined;

const languageKeys = ['lang', 'locale', 'language'];

/** A key written as an object's property (`lang:`, `"lang":`, `lang(data) {`, `lang: data =>`). */
const languageProperty = /(?:^|[\s,{])['"]?(?:lang|locale|language)['"]?\s*(?::|\()/m;

/** The language a data file sets, `data` being its parsed top level when it is JSON or YAML (`text` is read for code). */
export function dataFileLanguage(file: string, text: string, data: Record<string, unknown> | undefined): DataLanguage {
  if (!/\b(?:lang|language|locale)\b/.test(text)) return undefined;
  if (/\.[cm]?[jt]s$/i.test(file)) return codeLanguage(text);
  if (!data) return undefined;
  if (isObject(data.eleventyComputed) && languageKeys.some((key) => key in (data.eleventyComputed as object))) return 'computed';
  for (const key of languageKeys) {
    const tag = languageTag(data[key]);
    // Only a tag CLDR names a language counts: a snippet collection's `{"lang": "js"}` names code's language.
    if (tag && namedLanguage(tag)) return {tag};
  }
  return undefined;
}

function codeLanguage(text: string): DataLanguage {
  const object = exportedObjectOf(text);
  // An exported function or binding that names a language key: only running it says what it sets.
  if (object === undefined) return languageProperty.test(text) ? 'computed' : undefined;
  const computed = objectOf(object, 'eleventyComputed');
  if (computed !== undefined && languageProperty.test(computed)) return 'computed';
  for (const key of languageKeys) {
    const tag = languageTag(literalOf(object, key));
    if (tag && namedLanguage(tag)) return {tag};
  }
  // A key whose value is not a literal (`lang: site.lang`, `lang: \`${x}\``): computed. Nested objects are not the page's.
  return languageKeys.some((key) => literalOf(object, key) === undefined && hasTopLevelKey(object, key)) ? 'computed' : undefined;
}

