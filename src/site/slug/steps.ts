/**
 * A site's own slugify, read from its config as a chain of string methods (see
 * generators/vitepress-markdown.ts), and how it runs on a heading's text.
 */
/** One step of a slugify written as a chain of string methods (plain data: it crosses worker threads). */
export type SlugifyStep =
  | {op: 'normalize'; form: string}
  | {op: 'replace'; source: string; flags: string; replacement: string}
  | {op: 'lower'}
  | {op: 'upper'}
  | {op: 'trim'};

/** Run the steps on a heading's text. */
export function runSlugify(steps: readonly SlugifyStep[], text: string): string {
  let value = text;
  for (const step of steps) {
    if (step.op === 'normalize') value = value.normalize(step.form as 'NFC' | 'NFD' | 'NFKC' | 'NFKD');
    else if (step.op === 'replace') value = value.replace(new RegExp(step.source, step.flags), step.replacement);
    else if (step.op === 'lower') value = value.toLowerCase();
    else if (step.op === 'upper') value = value.toUpperCase();
    else value = value.trim();
  }
  return value;
}
