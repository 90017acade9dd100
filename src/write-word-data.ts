/**
 * Build step (run by `npm run build` after tsc): prepare the spelling word data in dist/data/
 * (see src/spelling/word-data.ts): for each bundled Hunspell dictionary, every form nspell
 * accepts in lower case or capitalized; the English word list, sorted; and the known English
 * misspellings with their corrections (`word<TAB>corrections` lines); the common words of
 * SUBTLEX-US (common-words.ts); and the technical vocabulary (see vocabulary.ts).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {NSpell} from 'nspell';
import {casedFormsName, casedShape, dataFileName, dataFileText, listShape} from './spelling/word-data.js';
import {dictionaryDir, packageVersion} from './spelling/hunspell.js';
import {SortedWords} from './spelling/sorted-words.js';
import {americanVariants, britishVariants, variantPairs, variantsVersion} from './spelling/variants.js';
import {misspellingLines, misspellingsPackage, part, partName} from './spelling/misspellings.js';
import {load, serialize, vocabularyDataName, vocabularyVersion} from './spelling/vocabulary.js';
import {commonWordList, commonWordsPackage} from './spelling/common-words.js';

const require = createRequire(import.meta.url);
const nspell = require('nspell') as (dictionary: {aff: Uint8Array; dic: Uint8Array}) => NSpell & {data: Record<string, unknown>; flags: Record<string, unknown>; compoundRuleCodes: Record<string, string[]>; compoundRules: RegExp[]};
const outDir = fileURLToPath(new URL('../data/', import.meta.url));
mkdirSync(outDir, {recursive: true});

function write(packageName: string, version: string, words: SortedWords): void {
  writeFileSync(join(outDir, dataFileName(packageName)), dataFileText(packageName, version, [...words].join('\n')));
}

const prepared = new Map<string, SortedWords>();
for (const name of ['dictionary-en', 'dictionary-en-gb']) {
  const dir = dictionaryDir(name, process.cwd());
  if (!dir) throw new Error(`${name} is not installed`);
  const spell = nspell({aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic'))});
  const accepted: string[] = [];
  for (const form of Object.keys(spell.data)) {
    for (const word of [form, form[0]!.toUpperCase() + form.slice(1)]) {
      if (listShape(word) && spell.correct(word)) accepted.push(word);
    }
  }
  const words = SortedWords.fromWords(accepted);
  prepared.set(name, words);
  write(name, packageVersion(dir), words);
  // Words in capitals or with a capital inside (`NASA`, `iOS`): the dictionary's own such forms, for
  // the run to decide them as nspell does (hunspell.ts) without building it. Only where nspell's
  // casing is that simple: no KEEPCASE or FORBIDDENWORD words, and compounds (`21st`) only of parts
  // with a digit, none of them matching an empty word (nspell tests its rules unanchored), so that
  // no word of letters is a compound.
  const digitCompounds = Object.values(spell.compoundRuleCodes).every((parts) => parts.every((part) => /\d/.test(part))) && spell.compoundRules.every((rule) => !rule.test(''));
  const simpleCasing = !spell.flags.KEEPCASE && !spell.flags.FORBIDDENWORD && digitCompounds;
  if (simpleCasing) {
    const own = Object.keys(spell.data).filter((form) => casedShape(form) && !listShape(form) && spell.correct(form));
    write(casedFormsName(name), packageVersion(dir), SortedWords.fromWords(own));
  }
}

// British/American pairs, so that telling them apart reads two small lists, not both dictionaries.
const us = prepared.get('dictionary-en')!;
const gb = prepared.get('dictionary-en-gb')!;
const pairs = variantPairs(gb, (word) => us.has(word), (word) => gb.has(word));
for (const [name, words] of [[britishVariants, pairs.british], [americanVariants, pairs.american]] as const) {
  write(name, variantsVersion(), SortedWords.fromWords(words));
}

const englishDir = dirname(fileURLToPath(import.meta.resolve('word-list')));
write('word-list', packageVersion(englishDir), SortedWords.fromWords(readFileSync(join(englishDir, 'words.txt'), 'utf8').split('\n')));

const commonDir = dirname(createRequire(import.meta.url).resolve(`${commonWordsPackage}/package.json`));
write(commonWordsPackage, packageVersion(commonDir), SortedWords.fromWords(commonWordList(commonDir)));

const misspellingsDir = dirname(createRequire(import.meta.url).resolve(`${misspellingsPackage}/cspell-ext.json`));
const misspellingParts = new Map<string, string[]>();
for (const line of misspellingLines(misspellingsDir)) {
  const name = part(line.slice(0, line.indexOf('\t')));
  const lines = misspellingParts.get(name);
  if (lines) lines.push(line);
  else misspellingParts.set(name, [line]);
}
for (const [name, lines] of misspellingParts) write(partName(name), packageVersion(misspellingsDir), SortedWords.fromWords(lines));

writeFileSync(join(outDir, dataFileName(vocabularyDataName)), dataFileText(vocabularyDataName, vocabularyVersion(), serialize(await load())));
