import {createRequire} from 'node:module';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {NSpell} from 'nspell';
import {UsageError} from '../errors.js';

interface HunspellData {
  aff: Uint8Array;
  dic: Uint8Array;
}

const loaded = new Map<string, Promise<NSpell>>();

/**
 * The Hunspell dictionary package for a language tag: `en-US` is `dictionary-en`, other tags
 * `dictionary-<tag>` in lower case (`en-GB` → dictionary-en-gb), then the bare language.
 */
export function packageNames(language: string): string[] {
  const tag = language.toLowerCase().replace(/_/g, '-');
  if (tag === 'en' || tag === 'en-us') return ['dictionary-en'];
  const base = tag.split('-')[0]!;
  return base === tag ? [`dictionary-${tag}`] : [`dictionary-${tag}`, `dictionary-${base}`];
}

/**
 * Load (once per process) the Hunspell checker for a language; nothing is read until asked.
 * Packages installed next to postlint come first, then those installed in the user's project (`projectDir`).
 */
export function hunspell(language: string, projectDir: string): Promise<NSpell> {
  const key = language.toLowerCase().replace(/_/g, '-');
  let spell = loaded.get(key);
  if (!spell) {
    spell = load(language, projectDir);
    loaded.set(key, spell);
  }
  return spell;
}

async function load(language: string, projectDir: string): Promise<NSpell> {
  const {default: nspell} = await import('nspell');
  const names = packageNames(language);
  for (const name of names) {
    const data = await importDictionary(name, projectDir);
    if (data) return nspell(data);
  }
  throw new UsageError(`spelling.language "${language}": no Hunspell dictionary installed; run npm install ${names[0]}`);
}

async function importDictionary(name: string, projectDir: string): Promise<HunspellData | undefined> {
  let specifier = name;
  try {
    import.meta.resolve(name);
  } catch {
    try {
      specifier = pathToFileURL(createRequire(join(projectDir, 'package.json')).resolve(name)).href;
    } catch {
      return undefined;
    }
  }
  return ((await import(specifier)) as {default: HunspellData}).default;
}
