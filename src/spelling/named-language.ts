/**
 * The English names of languages (`Italian`, `French`, `Brazilian Portuguese`), English's own aside:
 * ICU's display names of the ISO 639-1 codes, so no list is kept by hand.
 */
let names: ReadonlySet<string> | undefined;

/** Made on first need: ICU's display names cost a start-up that a run whose pages name no language should not pay. */
function languageNames(): ReadonlySet<string> {
  if (names !== undefined) return names;
  const found = new Set<string>();
  const display = new Intl.DisplayNames(['en'], {type: 'language'});
  for (let first = 97; first <= 122; first++) {
    for (let second = 97; second <= 122; second++) {
      const code = String.fromCharCode(first, second);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      // ICU echoes a code it has no name for.
      if (name !== undefined && name !== code && !/^english$/i.test(name)) found.add(name.toLowerCase());
    }
  }
  names = found;
  return found;
}

/**
 * Does the rest of the span's line say which language it is in (`_Dal monolite al cloud_ at a meetup
 * (in Italian)`, `*Le bon code* (French)`)? A title set apart, then the language named in parentheses
 * before the line ends, with no other title set apart between: a talk's, a book's or a post's title in
 * that language, as the writer lists it. Its words are that language's, not English slips.
 */
export function languageNamedAfter(source: string, end: number): boolean {
  const lineEnd = source.indexOf('\n', end);
  const rest = source.slice(end, Math.min(lineEnd === -1 ? source.length : lineEnd, end + 200));
  for (const match of rest.matchAll(/\((?:in[ \t]+)?([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\)/g)) {
    // Another title set apart before the language (`_One_ and _Two_ (in Italian)`): which one is meant is unclear.
    if (/(?:^|[^\p{L}\p{N}])[_*"\u201C]\p{L}/u.test(rest.slice(1, match.index))) return false;
    if (languageNames().has(match[1]!.toLowerCase())) return true;
  }
  return false;
}
