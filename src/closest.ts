import {distance} from 'fastest-levenshtein';

/** Nearest candidate by edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: string[], maxDistance = Math.max(2, Math.floor(word.length / 3))): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a candidate that far off cannot be nearer (a page of thousands of ids, a link each).
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "#setup"?` for a fragment near one of a page's ids, else '' (appended to an unverifiable reason). */
export function nearMissHint(fragment: string, ids: Iterable<string>): string {
  const near = closest(fragment, [...ids].filter((id) => id !== ''));
  return near === undefined ? '' : `; did you mean "#${near}"?`;
}
