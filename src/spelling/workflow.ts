import {readSideFile} from '../read-text.js';
import {writeFileSafely} from '../safe-write.js';
import {UsageError} from '../errors.js';
import {join, relative, resolve} from 'node:path';
import {run, type RunOptions} from '../engine.js';
import {loadRules} from '../registry.js';
import type {Severity} from '../types.js';
import {disableSuggestions, wordsFile} from './speller.js';
import {startCollecting} from './collect.js';

export interface UnknownWord {
  word: string;
  count: number;
  /** The `.postlint/words.txt` the word would go to (absolute). */
  wordsFile: string;
  /** A known misspelling (`recieve`): a typo to fix, never added to a words list. */
  misspelling?: boolean;
}

const collator = new Intl.Collator('en', {sensitivity: 'base'});

/** Sorted the way a person reads a word list: case-insensitive, then lower case before capitals. */
export function compareWords(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? 1 : a > b ? -1 : 0);
}

/**
 * Every word the spelling rule does not know across the run, with its count. Only the spelling
 * rule runs, without suggestions; config (language, words, overrides) applies as in a normal run.
 */
export async function unknownWords(options: RunOptions): Promise<UnknownWord[]> {
  disableSuggestions();
  const rules = await loadRules();
  const ruleFlags: Record<string, Severity> = {};
  for (const id of rules.keys()) if (id !== 'spelling') ruleFlags[id] = 'off';
  const roots = startCollecting();
  // In the main thread: which words file each word belongs to is noted there (src/spelling/collect.ts).
  const result = await run({...options, ruleFlags: {...options.ruleFlags, ...ruleFlags}, useCache: false, workers: 0});
  // Words root → lower-case word → the listed form and its uses. Project words are accepted in
  // any case, so `Collegues` and `collegues` are one entry, and the lower-case form wins.
  const byRoot = new Map<string, Map<string, {word: string; count: number; misspelling: boolean}>>();
  for (const file of result.files) {
    const root = roots.get(resolve(file.cwd, file.path));
    if (!root) continue;
    // Each use of a word is a message, each carrying the word's uses in the file: counted once a file.
    const counted = new Set<string>();
    for (const message of file.messages) {
      const data = (message as {data?: {word?: unknown; count?: unknown; typo?: unknown}}).data;
      if (message.ruleId !== 'spelling' || typeof data?.word !== 'string' || typeof data.count !== 'number') continue;
      let words = byRoot.get(root);
      if (!words) byRoot.set(root, (words = new Map()));
      const key = data.word.toLowerCase();
      const entry = words.get(key);
      const uses = counted.has(key) ? 0 : data.count;
      counted.add(key);
      if (!entry) words.set(key, {word: data.word, count: uses, misspelling: data.typo === true});
      else {
        entry.count += uses;
        if (data.word === key) entry.word = data.word;
      }
    }
  }
  const list: UnknownWord[] = [];
  for (const [root, words] of byRoot) {
    for (const {word, count, misspelling} of words.values()) list.push({word, count, wordsFile: join(root, wordsFile), ...(misspelling ? {misspelling} : {})});
  }
  return list.sort((a, b) => compareWords(a.word, b.word) || a.wordsFile.localeCompare(b.wordsFile));
}

/** `--list-unknown-words`: one word a line with its count, or JSON. */
export function formatUnknownWords(words: UnknownWord[], format: 'text' | 'json', cwd: string): string {
  if (format === 'json') {
    return JSON.stringify(words.map((w) => ({word: w.word, count: w.count, wordsFile: relative(cwd, w.wordsFile) || w.wordsFile, ...(w.misspelling ? {misspelling: true} : {})})), null, 2) + '\n';
  }
  const merged = new Map<string, number>();
  for (const w of words) merged.set(w.word, (merged.get(w.word) ?? 0) + w.count);
  return [...merged].map(([word, count]) => `${word}\t${count}\n`).join('');
}

/**
 * `--add-words`: append the unknown words to each site's `.postlint/words.txt` (created when
 * missing), keeping the comment lines at its top, the words sorted and each word once (one
 * case of a word is enough: project words are accepted in any case). Known misspellings
 * (`recieve`, `sofware`) are not added: they are typos to fix, and the caller lists them apart.
 */
export function addWords(words: UnknownWord[]): Array<{file: string; added: number}> {
  const byFile = new Map<string, string[]>();
  for (const w of words) if (!w.misspelling) byFile.set(w.wordsFile, [...(byFile.get(w.wordsFile) ?? []), w.word]);
  const results: Array<{file: string; added: number}> = [];
  for (const [file, fresh] of byFile) {
    const read = readSideFile(file);
    if ('problem' in read && read.code !== 'ENOENT') throw new UsageError(`--add-words: ${file}: ${read.problem}`);
    const text = 'text' in read ? read.text : '';
    const lines = text.split(/\r?\n/);
    const header: string[] = [];
    while (lines.length > 0 && (lines[0]!.startsWith('#') || (header.length > 0 && lines[0]!.trim() === '' && lines.length > 1))) header.push(lines.shift()!);
    const existing = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    const merged = dedupe([...existing, ...fresh]);
    const added = merged.length - dedupe(existing).length;
    try {
      writeFileSafely(file, [...header, ...merged].join('\n') + '\n');
    } catch (error) {
      throw new UsageError(`--add-words: ${error instanceof Error ? error.message : String(error)}`);
    }
    results.push({file, added});
  }
  return results;
}

/** One entry per word whatever its case; the lower-case form wins when both are there. */
function dedupe(words: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const word of words) {
    const key = word.toLowerCase();
    const current = byKey.get(key);
    if (current === undefined || (word === key && current !== key)) byKey.set(key, word);
  }
  return [...byKey.values()].sort(compareWords);
}

/** The CLI's words commands; prints to stdout, returns the exit code. */
export async function wordsCommand(command: 'list' | 'add', format: string, options: RunOptions): Promise<number> {
  const words = await unknownWords(options);
  if (command === 'list') {
    process.stdout.write(formatUnknownWords(words, format === 'json' ? 'json' : 'text', options.cwd));
    return 0;
  }
  const results = addWords(words);
  const typos = words.filter((w) => w.misspelling);
  if (format === 'json') {
    const added = results.map((r) => ({...r, file: relative(options.cwd, r.file) || r.file}));
    const misspellings = typos.map((w) => ({word: w.word, count: w.count}));
    process.stdout.write(JSON.stringify(typos.length > 0 ? [...added, {misspellings}] : added, null, 2) + '\n');
    return 0;
  }
  if (results.length === 0 && typos.length === 0) process.stdout.write('No unknown words; nothing to add\n');
  for (const r of results) process.stdout.write(`Added ${r.added} ${r.added === 1 ? 'word' : 'words'} to ${relative(options.cwd, r.file) || r.file}\n`);
  if (typos.length > 0) {
    const list = [...new Map(typos.map((w) => [w.word, w])).keys()].join(', ');
    process.stdout.write(`Not added, known misspellings to fix in the text: ${list}\n`);
  }
  return 0;
}
