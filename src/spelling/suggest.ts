/**
 * Suggestions one edit away (a letter added, dropped or changed, two letters swapped), ranked by
 * shared letter pairs. Hunspell's full search (nspell's `suggest`, which also tries two edits)
 * took about 300 ms a word on this machine; this takes about a millisecond and finds the slips
 * writers make (`collegues` → `colleagues`).
 */
export function oneEditAway(word: string, isWord: (candidate: string) => boolean, alphabet: string): string[] {
  const lower = word.toLowerCase();
  const letters = [...new Set([...alphabet, ...lower])].filter((c) => c !== "'" || lower.includes("'"));
  const seen = new Set<string>([lower]);
  const found: string[] = [];
  for (const candidate of singleEdits(lower, letters)) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    if (candidate.length > 1 && isWord(candidate)) found.push(candidate);
  }
  const pairs = bigrams(lower);
  const score = (candidate: string): number => bigrams(candidate).filter((pair) => pairs.includes(pair)).length;
  const ranked = found.map((candidate, order) => ({candidate, order, score: score(candidate)}));
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map((r) => matchCase(word, r.candidate));
}

/**
 * Every word one edit from `word`: two neighbours swapped, a letter added, dropped or changed,
 * leaving `margin` letters untouched at each end (0: anywhere).
 */
export function* singleEdits(word: string, letters: Iterable<string>, margin = 0): Generator<string> {
  const n = word.length;
  const alphabet = [...letters];
  for (let i = margin; i + 1 < n - margin; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = margin; i <= n - margin; i++) for (const c of alphabet) yield word.slice(0, i) + c + word.slice(i);
  for (let i = margin; i < n - margin; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = margin; i < n - margin; i++) for (const c of alphabet) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
}

function bigrams(word: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < word.length - 1; i++) pairs.push(word.slice(i, i + 2));
  return pairs;
}

/** `Collegues` → `Colleagues`: keep a capital first letter or all capitals. */
function matchCase(original: string, suggestion: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return suggestion.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/**
 * A quick, exact test that `candidate` may be within `edits` Levenshtein edits of the word whose
 * `pieces` are given (`editPieces`): split into edits + 1 pieces, one edit (a letter added,
 * dropped or changed) spoils at most one piece, so a word that close holds one piece unchanged.
 * A candidate holding none is further away: its distance need not be computed. A suggestion
 * search scans the whole technical vocabulary, and on a cold start (code not yet optimized) the
 * distances were a third of its time.
 */
export function mayBeWithin(pieces: readonly string[], candidate: string): boolean {
  for (let i = 0; i < pieces.length; i++) if (candidate.includes(pieces[i]!)) return true;
  return false;
}

/** `word` cut into `edits + 1` pieces of near-equal length, none empty (fewer for a shorter word). */
export function editPieces(word: string, edits: number): string[] {
  const count = Math.min(edits + 1, word.length);
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) pieces.push(word.slice(Math.floor((i * word.length) / count), Math.floor(((i + 1) * word.length) / count)));
  return pieces;
}
