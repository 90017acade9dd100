import type {SlugFlavor} from './types.js';
import {goldmarkFootnotes, hugoSlugger} from './hugo.js';

const letterOrNumber = /^[\p{L}\p{N}]$/u;

/**
 * Blackfriday's SanitizedAnchorName: letters and numbers stay (lower-cased); any run of other
 * characters becomes one `-`, only between kept characters.
 */
export function blackfridaySanitize(text: string): string {
  let id = '';
  let dash = false;
  for (const ch of text) {
    if (letterOrNumber.test(ch)) {
      if (dash && id !== '') id += '-';
      dash = false;
      const lower = ch.toLowerCase();
      id += [...lower].length === 1 ? lower : ch;
    } else {
      dash = true;
    }
  }
  return id;
}

/** Hugo `autoIDType: blackfriday` (Hugo's id registry numbers the duplicates). */
export const hugoBlackfriday: SlugFlavor = {
  name: 'hugo-blackfriday',
  input: 'text',
  lastLineOnly: true,
  customIds: 'in-order',
  footnoteIds: goldmarkFootnotes,
  options: [],
  create: () => hugoSlugger(blackfridaySanitize),
};
