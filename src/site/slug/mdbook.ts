import {FirstFreeRegistry, type SlugFlavor} from './types.js';

const kept = /^[\p{Alphabetic}\p{N}_-]$/u;
const space = /^\p{White_Space}$/u;

/**
 * mdBook 0.5's `id_from_content`: trim, lower-case (full Unicode), keep Rust's alphanumerics
 * (`Alphabetic` and `Numeric`), `_` and `-`, turn white space into `-`, drop the rest. No
 * collapsing: `a -- b` keeps its run.
 */
export function mdbookId(text: string): string {
  let id = '';
  for (const ch of text.trim().toLowerCase()) {
    if (kept.test(ch)) id += ch;
    else if (space.test(ch)) id += '-';
  }
  return id;
}

/**
 * mdBook 0.5 (mdbook-html): ids from the heading's rendered text (code and link text in, image alt
 * and HTML tags out), repeats numbered `-1`, `-2`, … with the first free number (`unique_id`).
 * Definition-list terms share that registry. `{#id}` heading attributes are used as written and
 * never enter the registry. (mdBook 0.4 lower-cased ASCII only and counted per base id; the
 * difference shows only for non-ASCII capitals and for headings written like `x-1`.)
 */
export const mdbook: SlugFlavor = {
  name: 'mdbook',
  input: 'text',
  customIds: 'ignored',
  footnoteIds: (label) => [`footnote-${label}`, `fr-${label}-1`],
  options: [],
  create() {
    const registry = new FirstFreeRegistry();
    return {slug: (text) => registry.take(mdbookId(text)), reserve() {}};
  },
};
