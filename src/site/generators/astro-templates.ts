/**
 * The templates that render an Astro collection entry's page (Astro docs, "Content collections:
 * generating routes from content"; "Layouts"): the dynamic route under `src/pages/` whose
 * `getStaticPaths` makes one page of each entry (`params: {slug: post.id}`, astro-collections.ts),
 * and the components it imports (`import Layout from '../layouts/Post.astro'`, relative or through a
 * tsconfig `paths` alias), theirs in turn. The `id` attributes their markup writes are ids of every
 * entry's page (template-ids.ts, astro-markup.ts): `<div id="comments">` beside the rendered `<Content />`.
 *
 * An `.astro` component imported from a package (not in the checkout) may write any id: the page's
 * ids beyond those known are then unknown. Entries with no such route (a listing page only, a custom
 * loader, a route postlint cannot read) have no templates here.
 */
import {join, relative} from 'node:path';
import {collectionOf, type AstroCollection} from './astro-collections.js';
import {moduleFile, tsconfigAliases, type Alias} from './tsconfig-paths.js';
import {perSite} from './common.js';
import type {SiteInfo, TemplateModel} from './types.js';
import {toPosix} from '../../paths.js';
import {astroScript} from '../astro-markup.js';

/** The component script's imports of `.astro` components: `import Card from '../components/Card.astro'`. */
const componentImport = /\bimport\s+(?!type\s)[\w$*{},\s]{0,400}?\bfrom\s+['"]([^'"]+\.astro)['"]/g;

const aliasesOf = perSite((site: SiteInfo): Alias[] => tsconfigAliases(site.root));

/** The site's own templates that render a collection entry's page; undefined for a file no route renders as a page. */
export function astroTemplates(path: string, site: SiteInfo): TemplateModel | undefined {
  const collections = Array.isArray(site.config.collections) ? (site.config.collections as AstroCollection[]) : [];
  const page = collectionOf(path, collections)?.page;
  if (page === undefined) return undefined;
  const aliases = aliasesOf(site);
  return {
    folders: [join(site.root, 'src')],
    layouts: [join(site.root, 'src', 'pages', page)],
    references: (text, file) => imports(text, file, aliases).flatMap((entry) => (entry.file === undefined ? [] : [entry.file])),
    pullsElsewhere: (text, file) => {
      const outside = imports(text, file, aliases).find((entry) => entry.file === undefined);
      return outside && `is rendered with ${toPosix(relative(site.root, file))}, which imports the component ${outside.specifier}: not in the checkout, it may write that id`;
    },
  };
}

/** Each `.astro` component a component's script imports, with its file when it is the site's own. */
function imports(text: string, file: string, aliases: readonly Alias[]): Array<{specifier: string; file: string | undefined}> {
  return [...astroScript(text).matchAll(componentImport)].map((match) => ({specifier: match[1]!, file: moduleFile(file, match[1]!, aliases)}));
}
