import {isAbsolute, resolve} from 'node:path';
import type {RunSettings} from '../settings.js';
import {UsageError} from '../errors.js';

/** The config's top-level `spelling` section, shared by the spelling and brand-casing rules. */
export interface SpellingSettings {
  /** BCP 47 tag of an installed Hunspell dictionary package (`en-US` → dictionary-en). */
  language: string;
  /** The config sets `language` (else en-US is a default, and a British site may be read as British). */
  languageSet: boolean;
  /** Extra accepted words. */
  words: string[];
  /** Absolute paths of word lists (one a line) or Hunspell `.dic` files. */
  dictionaries: string[];
  /** Extra brand names in their right case; also accepted by spelling. */
  brands: string[];
}

const defaults = {language: 'en-US'};

/** Read and check `spelling` from the config; paths become absolute (relative to the config file). */
export function spellingSettings(settings: RunSettings): SpellingSettings {
  const raw = (settings.config.spelling ?? {}) as Record<string, unknown>;
  const known = new Set(['language', 'words', 'dictionaries', 'brands']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) throw new UsageError(`spelling.${key}: unknown setting; use language, words, dictionaries or brands`);
  }
  const language = raw.language ?? defaults.language;
  if (typeof language !== 'string' || !/^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i.test(language)) {
    throw new UsageError(`spelling.language: expected a language tag such as "en-US" or "en-GB", got ${JSON.stringify(language)}`);
  }
  return {
    language,
    languageSet: raw.language !== undefined,
    words: stringList(raw.words, 'words'),
    dictionaries: stringList(raw.dictionaries, 'dictionaries').map((path) => (isAbsolute(path) ? path : resolve(settings.configDir, path))),
    brands: stringList(raw.brands, 'brands'),
  };
}

function stringList(value: unknown, name: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new UsageError(`spelling.${name}: expected a list of strings`);
  }
  return value as string[];
}
