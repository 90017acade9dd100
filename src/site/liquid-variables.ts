/**
 * What a Liquid variable a template sets itself holds, as text with the data parts left as actions:
 * `{% assign comment_id = include.uid | prepend: 'comment-' %}` holds `comment-{{include.uid}}`, and
 * `{% capture anchor %}note-{{ n }}{% endcapture %}` holds `note-{{ n }}` (Shopify Liquid's `assign`,
 * `capture` and its `prepend`/`append` string filters). An id written from such a variable
 * (`id="{{ comment_id }}"`) is then written partly from data (template-ids.ts). Any other filter
 * may change the literal text (`upcase`, `slugify`): the value is then data only, as before.
 */
const assignTag = /\{%-?\s*assign\s+([\w-]+)\s*=\s*([\s\S]*?)\s*-?%\}/g;
const captureTag = /\{%-?\s*capture\s+([\w-]+)\s*-?%\}([\s\S]*?)\{%-?\s*endcapture\s*-?%\}/g;
const quoted = /^(?:'([^']*)'|"([^"]*)")$/;
const stringFilter = /^(prepend|append)\s*:\s*(?:'([^']*)'|"([^"]*)")$/;

/** An assign's expression as text: a quoted start, or data, then its `prepend`/`append` filters. */
function assignedText(expression: string): string {
  const [first, ...filters] = expression.split('|').map((part) => part.trim());
  const start = quoted.exec(first ?? '');
  let text = start ? (start[1] ?? start[2] ?? '') : `{{${first}}}`;
  for (const filter of filters) {
    const match = stringFilter.exec(filter);
    if (!match) return `{{${expression}}}`;
    const literal = match[2] ?? match[3] ?? '';
    text = match[1] === 'prepend' ? literal + text : text + literal;
  }
  return text;
}

/** Each variable the template assigns or captures, with every text it is given. */
export function liquidVariables(text: string): Map<string, string[]> {
  const variables = new Map<string, string[]>();
  const add = (name: string, value: string): void => {
    const forms = variables.get(name) ?? [];
    if (!forms.includes(value)) forms.push(value);
    variables.set(name, forms);
  };
  if (!text.includes('{%')) return variables;
  for (const match of text.matchAll(assignTag)) add(match[1]!, assignedText(match[2]!));
  for (const match of text.matchAll(captureTag)) add(match[1]!, match[2]!.trim());
  return variables;
}

/** An attribute value with each `{{ variable }}` the template sets replaced by its texts (one value per combination of forms). */
export function withVariables(value: string, variables: ReadonlyMap<string, string[]>): string[] {
  if (variables.size === 0) return [value];
  let values = [''];
  let at = 0;
  for (const match of value.matchAll(/\{\{-?\s*([\w-]+)\s*-?\}\}/g)) {
    const forms = variables.get(match[1]!) ?? [match[0]];
    const before = value.slice(at, match.index);
    values = values.flatMap((done) => forms.map((form) => done + before + form)).slice(0, 8);
    at = match.index + match[0].length;
  }
  return values.map((done) => done + value.slice(at));
}
