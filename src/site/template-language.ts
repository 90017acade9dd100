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
import {closure, templateText} from './template-ids.js';

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
  // The same templates template-ids.ts reads for the page's ids, read once: a layout's own layout, its includes.
  const rendering = closure(model.layouts, model, site.root);
  // A template pulled in from outside the checkout (a theme's include) may write the tag itself.
  if (rendering.elsewhere !== undefined) return undefined;
  const langs = declaredLanguages(site);
  const declared = new Set<string>();
  for (const file of rendering.files) {
    if (!langs.has(file)) {
      const text = templateText(file, site.root);
      langs.set(file, text === undefined ? undefined : htmlRootLang(text));
    }
    const lang = langs.get(file);
    if (lang !== undefined) declared.add(lang);
  }
  return agreed(declared);
}

/** What each template declares on `<html>`, read once a site (every page of a site shares its layouts). */
const declaredLanguages = perSite((): Map<string, string | undefined> => new Map());
