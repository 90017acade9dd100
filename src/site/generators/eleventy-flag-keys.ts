/**
 * Front-matter keys an Eleventy site's own config compares with a boolean literal in its code
 * (`collection.filter((post) => post.data.published !== false)`): the site defines them as flags.
 * Eleventy itself types no such key (its data cascade hands every key to the templates), so only
 * the site's code says what a key is; a string there (`published: "false"`) is truthy to
 * JavaScript and so not the flag the writer meant (the post is published). A key the code only
 * reads otherwise (`new Date(post.data.published)`) is given no type.
 */
import type {FieldType} from './types.js';
import {withoutComments} from './js-source.js';

// `data.key === false`, `data?.key != true`, and the literal first (`false !== item.data.key`): a
// collection item's and a preprocessor's front matter are `data` (Eleventy's collection item API).
const keyThenLiteral = /\bdata\??\.([A-Za-z_$][\w$]*)\s*[!=]==?\s*(?:true|false)\b/g;
const literalThenKey = /\b(?:true|false)\s*[!=]==?\s*[\w$.?]*?\bdata\??\.([A-Za-z_$][\w$]*)\b(?!\s*[.([?])/g;

/** The keys the config's code compares with `true` or `false`, each typed a boolean. */
export function eleventyFlagKeys(configText: string): Record<string, readonly FieldType[]> {
  const code = withoutComments(configText);
  const keys: Record<string, readonly FieldType[]> = {};
  for (const pattern of [keyThenLiteral, literalThenKey]) for (const match of code.matchAll(pattern)) keys[match[1]!] = ['boolean'];
  return keys;
}
