import {github} from './github.js';
import {hugo} from './hugo.js';
import {hugoAscii} from './hugo-ascii.js';
import {hugoBlackfriday} from './hugo-blackfriday.js';
import {kramdown} from './kramdown.js';
import {mkdocs} from './mkdocs.js';
import {vitepress} from './vitepress.js';
import {vitepress0} from './vitepress-0.js';
import {mdbook} from './mdbook.js';
import {zola} from './zola.js';
import {astro} from './astro.js';
import {eleventy} from './eleventy.js';
import {markdownItAnchor} from './markdown-it-anchor.js';
import {slugify} from './slugify.js';
import {flavorNames, type FlavorName, type SlugFlavor} from './types.js';

export {flavorNames, type FlavorName, type SlugFlavor, type Slugger} from './types.js';

export const flavors: Record<FlavorName, SlugFlavor> = {
  github,
  hugo,
  'hugo-ascii': hugoAscii,
  'hugo-blackfriday': hugoBlackfriday,
  kramdown,
  mkdocs,
  vitepress,
  'vitepress-0': vitepress0,
  mdbook,
  zola,
  astro,
  eleventy,
  'markdown-it-anchor': markdownItAnchor,
  slugify,
};

export function isFlavorName(name: unknown): name is FlavorName {
  return typeof name === 'string' && (flavorNames as readonly string[]).includes(name);
}

export function flavor(name: FlavorName): SlugFlavor {
  return flavors[name];
}
