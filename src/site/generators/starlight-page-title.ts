/**
 * The id Starlight's page layout writes on every docs page, outside its Markdown: the page title,
 * `<h1 id="_top">` (`PAGE_TITLE_ID = '_top'` in withastro/starlight packages/starlight/constants.ts,
 * written by components/PageTitle.astro, or by components/Hero.astro on a page whose front matter
 * has a `hero`; the skip link and the table of contents's "Overview" entry lead to `#_top`). Since
 * @astrojs/starlight 0.2.0 (withastro/starlight#210, June 2023; 0.1.x wrote `starlight__overview`,
 * which is not modelled: no site of that age is expected).
 *
 * A site may replace those components (`components: {PageTitle: './src/components/Title.astro'}` in
 * the Starlight config; `Page` replaces the whole layout). Starlight's schema asks a replacement to
 * keep `id="_top"` on its `<h1>`, but nothing makes it. The replacement is read (postlint never runs
 * it): when its text writes the id (`_top`, `PAGE_TITLE_ID`) or renders one of Starlight's own
 * components that do (`@astrojs/starlight/components/PageTitle.astro`, as a wrapper that adds to the
 * default does), the id is kept; otherwise (its own `<h1>`, a package's component postlint cannot
 * read) a link to `#_top` is unverifiable. A wrapper that renders the default only on some pages
 * (a homepage of its own) is read as writing it: which page takes which branch only the build knows.
 * A Starlight plugin may replace components too (its `updateConfig`), which postlint cannot see: the
 * schema's contract is taken at its word there.
 */
import {isAbsolute, join, relative} from 'node:path';
import {objectOf, literalOf} from './config-text.js';
import {isFile, perSite, readText} from './common.js';
import {toPosix} from '../../paths.js';
import type {PageFrontMatter, SiteInfo} from './types.js';

const pageTitleId = '_top';

/** The components that write the page title, by the layout's choice: `Page` always, `Hero` on a hero page, else `PageTitle`. */
const titleComponents = ['Page', 'PageTitle', 'Hero'] as const;
type TitleComponent = (typeof titleComponents)[number];

/** The title components the config's `components` replaces, each with the module it names (as written). */
export function titleOverrides(configText: string): Partial<Record<TitleComponent, string>> {
  // The Starlight integration's own options (`starlight({components: {…}})`), when the call is written so.
  const call = /\bstarlight\s*\(\s*\{/.exec(configText);
  const components = objectOf(call ? configText.slice(call.index) : configText, 'components');
  const found: Partial<Record<TitleComponent, string>> = {};
  for (const name of titleComponents) {
    const module = literalOf(components, name);
    if (module !== undefined) found[name] = module;
  }
  return found;
}

/** Text that writes the title's id: the id itself, Starlight's constant, or one of Starlight's components that write it. */
const writesTitleId = /(?<![\w$])(?:_top|PAGE_TITLE_ID)(?![\w$])|['"](?:@astrojs\/starlight\/components\/(?:Page|PageTitle|Hero)\.astro|virtual:starlight\/components\/(?:PageTitle|Hero))['"]/;

/** Why a replacement does not show that it writes the id, or undefined when it does. */
function replacementDoubt(name: TitleComponent, module: string, site: SiteInfo): string | undefined {
  const config = site.configFile ? toPosix(relative(site.root, site.configFile)) : 'the Astro config';
  // Starlight resolves a relative path against the project's root; a package's component is not in the checkout.
  const file = module.startsWith('.') || isAbsolute(module) ? join(site.root, module) : undefined;
  const text = file && isFile(file) ? readText(file) : undefined;
  if (text === undefined) return `${config} replaces Starlight's ${name} component with ${module}, which postlint cannot read, so whether the page title keeps id="${pageTitleId}" only the build knows`;
  return writesTitleId.test(text) ? undefined : `${config} replaces Starlight's ${name} component with ${module}, which does not show that it writes id="${pageTitleId}" on the page title`;
}

/** Each replaced title component's doubt, worked out once a site (its replacement read once, not per page or link). */
const replacementDoubts = perSite((site: SiteInfo): Partial<Record<TitleComponent, string>> => {
  const overrides = (site.config.titleComponents ?? {}) as Partial<Record<TitleComponent, string>>;
  const doubts: Partial<Record<TitleComponent, string>> = {};
  for (const name of titleComponents) {
    const module = overrides[name];
    const doubt = module === undefined ? undefined : replacementDoubt(name, module, site);
    if (doubt !== undefined) doubts[name] = doubt;
  }
  return doubts;
});

/** The page title's id on a docs page Starlight's layout renders: by Starlight, or unknown when the site's replacement may drop it. */
export function pageTitleIds(site: SiteInfo, frontMatter: PageFrontMatter): Array<{id: string; by: string} | {id: string; unknown: string}> {
  const doubts = replacementDoubts(site);
  const hero = typeof frontMatter?.data?.hero === 'object' && frontMatter.data.hero !== null;
  const rendering: TitleComponent[] = ['Page', hero ? 'Hero' : 'PageTitle'];
  for (const name of rendering) {
    const doubt = doubts[name];
    if (doubt !== undefined) return [{id: pageTitleId, unknown: doubt}];
  }
  return [{id: pageTitleId, by: `Starlight's page title (<h1 id="${pageTitleId}">)`}];
}
