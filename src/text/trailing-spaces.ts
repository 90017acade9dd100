/**
 * A string without its trailing spaces (U+0020 only, not tabs), cut by hand: `/ +$/` tries again at
 * each space of a long inner run, quadratic on hostile text (tests/front-matter-flat.test.mjs).
 */
export function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end === text.length ? text : text.slice(0, end);
}
