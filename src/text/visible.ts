/** What counts as text a reader sees, shared by the heading and section rules. */

// Letters, numbers and emoji are visible; punctuation, symbols and spaces alone are not.
const visible = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

export function hasVisibleText(value: string): boolean {
  return visible.test(value);
}

// `{#id}`, `{: #id}`, `{ #id .class }`, `{id="x"}` at the end of a heading: an id, not text.
const trailingAttributes = /\s*\{\s*:?\s*(?:[#.][^\s}]+|[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s}]+))(?:\s+(?:[#.][^\s}]+|[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s}]+)))*\s*\}\s*$/;

export function stripCustomId(value: string): string {
  return value.replace(trailingAttributes, '');
}
