/**
 * Reading an mkdocs.yml as MkDocs does where postlint needs it: PyYAML's Python tags, which name
 * the functions a site hands its extensions (`slugify: !!python/object/apply:pymdownx.slugs.slugify
 * {kwds: {case: lower}}`, `!!python/name:pymdownx.slugs.uslugify`), are kept as
 * `{'!!python/object/apply': 'pymdownx.slugs.slugify', kwds: …}` and `{'!!python/name': …}`
 * instead of being lost; and pymdownx.tabbed's id settings are read from them.
 */
import {isMap, isScalar, isSeq, parseDocument, visit} from 'yaml';
import {isObject, readText} from './common.js';
import type {TabIdOptions} from '../tab-ids.js';
import type {PymdownxEmoji} from '../slug/pymdownx-emoji.js';

const pythonTag = /^tag:yaml\.org,2002:python\/(name|module|object|object\/apply|object\/new):(.*)$/;

/** The YAML config's data with its Python tags kept (see the module comment); `{}` when unreadable. */
export function readMkdocsConfig(path: string): Record<string, unknown> {
  const text = readText(path);
  if (text === undefined) return {};
  try {
    const doc = parseDocument(text, {logLevel: 'silent'});
    visit(doc, (_key, node) => {
      if (!(isScalar(node) || isMap(node) || isSeq(node)) || !node.tag) return;
      const match = pythonTag.exec(node.tag);
      if (!match) return;
      const key = `!!python/${match[1]}`;
      if (isScalar(node)) node.value = {[key]: match[2]};
      else if (isMap(node)) node.set(key, match[2]);
      node.tag = undefined;
    });
    const data: unknown = doc.toJS({maxAliasCount: 1000});
    return isObject(data) ? data : {};
  } catch {
    return {};
  }
}

/** The options an extension is listed with (`- pymdownx.tabbed: {…}`), `{}` when listed by name alone, undefined when not listed. */
function extensionOptions(config: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const extensions = Array.isArray(config.markdown_extensions) ? config.markdown_extensions : isObject(config.markdown_extensions) ? [config.markdown_extensions] : [];
  for (const entry of extensions) {
    if (entry === name) return {};
    if (isObject(entry) && name in entry) return isObject(entry[name]) ? entry[name] : {};
  }
  return undefined;
}

const cases = new Set(['none', 'lower', 'lower-ascii', 'fold']);
const forms = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

/**
 * pymdownx.tabbed's id settings: undefined when the extension is off or has no `slugify` (tabs
 * keep `__tabbed_<set>_<tab>`), `unknown` with the function's name when it names a slugify postlint
 * does not know.
 */
export function tabbedIdOptions(config: Record<string, unknown>): TabIdOptions | {unknown: string} | undefined {
  const options = extensionOptions(config, 'pymdownx.tabbed');
  const slugify = options?.slugify;
  if (!options || !slugify) return undefined;
  const separator = typeof options.separator === 'string' ? options.separator : '-';
  const combineHeaderSlug = options.combine_header_slug === true;
  const applied = isObject(slugify) ? slugify['!!python/object/apply'] : undefined;
  const named = isObject(slugify) ? slugify['!!python/name'] : undefined;
  if (applied === 'pymdownx.slugs.slugify') {
    const given = isObject(slugify) ? slugify.kwds : undefined;
    const kwds = isObject(given) ? given : {};
    const letterCase = typeof kwds.case === 'string' && cases.has(kwds.case) ? (kwds.case as 'none') : 'none';
    const normalize = typeof kwds.normalize === 'string' && forms.has(kwds.normalize) ? (kwds.normalize as 'NFC') : 'NFC';
    return {slugify: {case: letterCase, percentEncode: kwds.percent_encode === true, normalize}, combineHeaderSlug, separator};
  }
  // The deprecated fixed forms (pymdownx/slugs.py) and Python-Markdown's own.
  const fixed: Record<string, TabIdOptions['slugify']> = {
    'pymdownx.slugs.uslugify': {case: 'lower', percentEncode: false, normalize: 'NFC'},
    'pymdownx.slugs.uslugify_encoded': {case: 'lower', percentEncode: true, normalize: 'NFC'},
    'pymdownx.slugs.uslugify_cased': {case: 'none', percentEncode: false, normalize: 'NFC'},
    'pymdownx.slugs.uslugify_cased_encoded': {case: 'none', percentEncode: true, normalize: 'NFC'},
    'pymdownx.slugs.gfm': {case: 'lower-ascii', percentEncode: false, normalize: 'NFC'},
    'pymdownx.slugs.gfm_encoded': {case: 'lower-ascii', percentEncode: true, normalize: 'NFC'},
    'markdown.extensions.toc.slugify': 'toc',
    'markdown.extensions.toc.slugify_unicode': 'toc-unicode',
  };
  const known = typeof named === 'string' ? fixed[named] : undefined;
  if (known) return {slugify: known, combineHeaderSlug, separator};
  return {unknown: typeof applied === 'string' ? applied : typeof named === 'string' ? named : 'a slugify function'};
}

/**
 * How pymdownx.emoji's shortcodes meet heading ids (src/site/slug/pymdownx-emoji.ts): undefined when
 * the extension is off, or when its `to_alt` generator writes the shortname itself (`alt: short`), text the id keeps.
 */
export function pymdownxEmojiIds(config: Record<string, unknown>): PymdownxEmoji | undefined {
  const options = extensionOptions(config, 'pymdownx.emoji');
  if (!options) return undefined;
  const functionName = (value: unknown): string => (isObject(value) && typeof value['!!python/name'] === 'string' ? value['!!python/name'] : '');
  if (functionName(options.emoji_generator).endsWith('.to_alt') && options.alt === 'short') return undefined;
  // Material's index (material.extensions.emoji.twemoji, formerly materialx.emoji.twemoji) adds its icon sets.
  return /^materialx?\./.test(functionName(options.emoji_index)) ? 'pymdownx-material' : 'pymdownx';
}
