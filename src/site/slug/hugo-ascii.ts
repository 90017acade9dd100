import type {SlugFlavor} from './types.js';
import {goldmarkFootnotes, hugoSanitize, hugoSlugger} from './hugo.js';

/** Hugo `autoIDType: github-ascii`: as `hugo`, accents stripped and other non-ASCII dropped. */
export const hugoAscii: SlugFlavor = {
  name: 'hugo-ascii',
  input: 'text',
  lastLineOnly: true,
  customIds: 'in-order',
  footnoteIds: goldmarkFootnotes,
  options: [],
  create: () => hugoSlugger((text) => hugoSanitize(text, true)),
};
