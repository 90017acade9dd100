/**
 * The silent `e` of a stem kept before `-able` (`unparseable` for `unparsable`), an accepted
 * variant where no dictionary settles the word. English drops a stem's silent e before a suffix
 * that opens with a vowel (desire → desirable), but writers and dictionaries keep it in many
 * `-able` words, and guides give both spellings: like → likeable/likable, size → sizeable/sizable,
 * move → moveable/movable, rate → rateable/ratable (the Government of Canada's Writing Tips Plus,
 * "Spelling words ending in a silent e"; the Macquarie Australian English Dictionary's note on
 * `-able`: "some writers retain the e … rateable"). The common-misspellings lists disagree among
 * themselves for the same reason (the American one has `unparseable` → `unparsable`, the British
 * one `cachable` → `cacheable`).
 *
 * So a known misspelling whose correction is the same word without that `e` is a variant, not a
 * slip, when the dictionary knows the stem (`parse`, after a negative prefix) and neither spelling
 * of the derived word: a field's derivation, which no dictionary spells one way. Where the
 * dictionary has the word without the e (`desirable`, `removable`, `writable`), the form with it
 * (`undesireable`) is held to that word and still reported; so is a dropped e the stem needs
 * (`noticable`: the list's correction adds the e, not drops it).
 */
const prefixes = ['un', 'non', 'in', 'im', 'ir', 'il', 'dis', 're', 'de', 'pre'];
const kept = /^(.+e)(abl(?:e|y|eness)|abilit(?:y|ies))$/;

export function keptSilentE(word: string, corrections: readonly string[] | undefined, ordinary: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  const match = kept.exec(lower);
  if (!match || corrections === undefined) return false;
  const [, withE, ending] = match as unknown as [string, string, string];
  const dropped = `${withE.slice(0, -1)}a${ending.slice(1)}`;
  if (!corrections.some((correction) => correction.toLowerCase() === dropped) || ordinary(dropped)) return false;
  const stems = [withE, ...prefixes.filter((prefix) => withE.startsWith(prefix)).map((prefix) => withE.slice(prefix.length))];
  return stems.some((stem) => stem.length >= 4 && ordinary(stem));
}
