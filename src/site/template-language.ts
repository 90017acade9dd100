/**
 * The language the templates that render a page declare on its `<html>` element (html-root-lang.ts):
 * what the built page says to browsers, screen readers and search engines, and the strongest word a
 * site that sets no language in its config has on the language of its pages (a Jekyll blog whose
 * `_layouts/default.html` writes `<html lang="hu">`).
 *
 * The templates are the generator's own model of them (`Generator.templates`, the one
 * src/site/template-ids.ts reads): the page's layout, then what each template pulls in (a Jekyll or
 * Eleventy layout's own `layout`, its includes), nearest first. Every `<html>` tag among them must
 * declare the same literal language: a `lang` written with template code (`{{ page.lang | default:
 * site.lang }}`, `{{ .Site.LanguageCode }}`) or two tags that disagree (Hugo's candidate layouts)
 * declare nothing here. A layout in a theme outside the checkout leaves it unknown. A page rendered
 * with no layout (a Jekyll file with no front matter is copied as it is; `layout: none`), or with one
 * the generator cannot name, takes the language every template of the site declares, when they all
 * declare the same one: the site's language as its templates write it.
 */
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import type {PageFrontMatter, SiteInfo} from './generators/types.js';
import {generatorOf} from './generators/index.js';
import {perSite, readText} from './generators/common.js';
import {htmlRootLang} from './html-root-lang.js';

/** At most this many templates are read for one page (a layout's includes pull in more). */
const mostTemplates = 50;

/** One literal language if every declaration agrees on it; undefined for none, template code or a disagreement. */
function agreed(declared: ReadonlySet<string>): string | undefined {
  const [only] = declared;
  return declared.size === 1 && only !== '' && only !== 'template' ? only : undefined;
}

/** The site's templates (the files of its template folders, not below them): the language their `<html>` tags agree on. */
const siteTemplatesLanguage = perSite((site: SiteInfo): string | undefined => {
  const model = generatorOf(site).templates?.(site.root, site, undefined);
  const declared = new Set<string>();
  for (const folder of model?.folders ?? []) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const text = readText(join(folder, name));
      const lang = text === undefined ? undefined : htmlRootLang(text);
      if (lang !== undefined) declared.add(lang);
    }
  }
  return agreed(declared);
});

/** The language the templates rendering `path` declare on `<html>`, if they declare one literally and agree. */
export function templatesLanguage(path: string, site: SiteInfo, frontMatter: PageFrontMatter): string | undefined {
  const model = generatorOf(site).templates?.(path, site, frontMatter);
  if (!model || model.elsewhere !== undefined) return undefined;
  // No layout, or one the generator cannot name: every template of the site counts (as for template-ids.ts).
  if (model.layouts === undefined || model.layouts.length === 0) return siteTemplatesLanguage(site);
  const read = readTemplates(site);
  const declared = new Set<string>();
  const seen = new Set<string>();
  const queue = [...model.layouts];
  while (queue.length > 0 && seen.size < mostTemplates) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let template = read.get(file);
    if (template === undefined) {
      const text = readText(file);
      // A template pulled in from outside the checkout (a theme's include) may write the tag itself.
      template = text === undefined ? {references: []} : {lang: htmlRootLang(text), references: model.references(text, file), elsewhere: model.pullsElsewhere?.(text, file) !== undefined};
      read.set(file, template);
    }
    if (template.elsewhere) return undefined;
    if (template.lang !== undefined) declared.add(template.lang);
    queue.push(...template.references);
  }
  return agreed(declared);
}

/** What one template says, read once a site (every page of a site shares its layouts). */
interface ReadTemplate {
  lang?: string | undefined;
  references: string[];
  elsewhere?: boolean;
}

const readTemplates = perSite((): Map<string, ReadTemplate> => new Map());
