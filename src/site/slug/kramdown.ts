import type {SlugFlavor} from './types.js';

/**
 * kramdown's basic id: drop everything before the first ASCII letter, keep ASCII letters,
 * digits, spaces and `-`, spaces to `-`, lower-case. kramdown gives it the RAW header source.
 */
export function kramdownBasicId(raw: string): string {
  return raw.replace(/^[^a-zA-Z]+/, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
}

/**
 * kramdown (Jekyll with `kramdown.input: kramdown`): empty ids become `section`; the first
 * occurrence keeps the bare id, later ones get `-1`, `-2`, … counted per base id. Explicit ids
 * never enter that counter. Options: `auto_id_prefix`, `auto_id_stripping` (slug text nodes only).
 */
export const kramdown: SlugFlavor = {
  name: 'kramdown',
  input: 'raw',
  customIds: 'ignored',
  footnoteIds: (label) => [`fn:${label}`, `fnref:${label}`],
  options: ['auto_id_prefix', 'auto_id_stripping'],
  create(options = {}) {
    const prefix = typeof options['auto_id_prefix'] === 'string' ? options['auto_id_prefix'] : '';
    const stripping = options['auto_id_stripping'] === true;
    const used = new Map<string, number>();
    return {
      slug(raw) {
        const source = stripping ? raw.replace(/<[^>]*>/g, '') : raw;
        let id = kramdownBasicId(source) || 'section';
        const count = used.get(id);
        if (count === undefined) used.set(id, 0);
        else {
          used.set(id, count + 1);
          id = `${id}-${count + 1}`;
        }
        return prefix + id;
      },
      reserve() {},
    };
  },
};
