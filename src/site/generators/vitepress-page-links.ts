/**
 * Which internal link VitePress takes for a page: `treatAsHtml` in vuejs/vitepress
 * src/shared/shared.ts (@ ed2bfb266ef788e86d1a73fe3cd7708a4cd5e260, since 1.0.0-rc.35, #3400
 * commit b29b3b38). The text after the path's last `.` is looked up in a fixed list of asset
 * extensions (plus the comma-separated `VITE_EXTRA_EXTENSIONS`); anything else is a page, so
 * `/api/dex.sell` is the page `api/dex.sell.md`: the link plugin rewrites it (`.html` unless
 * cleanUrls) and the dead-link check looks it up among the pages. Before rc.35 any dotted
 * `\w+` ending but html/md (`/\.(?!html|md)\w+($|\?)/i`) was a file: the link was left as written
 * and never checked, so the host alone decides whether `/api/dex.sell` reaches `dex.sell.html`.
 */

/** VitePress's list (md and html are left out on purpose: they are pages). */
const knownExtensions = new Set(
  ('3g2,3gp,aac,ai,apng,au,avif,bin,bmp,cer,class,conf,crl,css,csv,dll,doc,eps,epub,exe,gif,gz,ics,ief,jar,jpe,jpeg,jpg,js,json,jsonld,m4a,' +
    'man,mid,midi,mjs,mov,mp2,mp3,mp4,mpe,mpeg,mpg,mpp,oga,ogg,ogv,ogx,opus,otf,p10,p7c,p7m,p7s,pdf,png,ps,qt,roff,rtf,rtx,ser,svg,t,tif,' +
    'tiff,tr,ts,tsv,ttf,txt,vtt,wav,weba,webm,webp,woff,woff2,xhtml,xml,yaml,yml,zip').split(','),
);

/**
 * True when VitePress (rc.35 and later) takes a link path with a dot after its last `/` for a page
 * (`/api/dex.sell`), given the site's extra extensions. A path without a dot in its last segment is
 * left to the ordinary page reading.
 */
export function dottedPageName(path: string, extra: readonly string[] = []): boolean {
  const clean = path.replace(/[?#].*$/, '');
  // `/api/dex.sell/` is the folder's index (`dex.sell/index.md`), which the ordinary reading finds.
  if (clean.endsWith('/')) return false;
  const last = clean.slice(clean.lastIndexOf('/') + 1);
  if (!last.includes('.') || /\.(md|html)$/i.test(last)) return false;
  // treatAsHtml takes everything after the path's last `.`: the last segment's, as it holds a dot.
  const extension = last.slice(last.lastIndexOf('.') + 1).toLowerCase();
  return !knownExtensions.has(extension) && !extra.includes(extension);
}

/**
 * `VITE_EXTRA_EXTENSIONS` as the site sets it (`process.env.VITE_EXTRA_EXTENSIONS = 'foo,bar'` in
 * its config, or a `.env` file's `VITE_EXTRA_EXTENSIONS=foo`): the list, or undefined when it is
 * mentioned but its value cannot be read from the text.
 */
export function extraExtensions(texts: readonly string[]): string[] | undefined {
  const extra: string[] = [];
  for (const text of texts) {
    if (!text.includes('VITE_EXTRA_EXTENSIONS')) continue;
    // Quoted in code or a `.env` file; bare only as a `.env` line (in code a bare word is a variable).
    const quoted = /VITE_EXTRA_EXTENSIONS['"`]?\s*[=:]\s*['"`]([^'"`\n]*)['"`]/.exec(text)?.[1];
    const value = quoted ?? /^\s*VITE_EXTRA_EXTENSIONS\s*=\s*([^\s'"`#]*)\s*$/m.exec(text)?.[1];
    if (value === undefined || value.includes('${')) return undefined;
    extra.push(...value.split(',').map((ext) => ext.trim().toLowerCase()).filter(Boolean));
  }
  return extra;
}

/** A link path whose last segment ends in one of VitePress's asset extensions (or the site's extra ones): a link to a file. */
function fileName(path: string, extra: readonly string[]): boolean {
  const last = path.replace(/[?#].*$/, '').split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  if (dot < 0) return false;
  const extension = last.slice(dot + 1).toLowerCase();
  return knownExtensions.has(extension) || extra.includes(extension);
}

/**
 * The tags and attributes whose relative URL Vue's template compiler turns into an import, which
 * Vite resolves from the page's source folder: `defaultAssetUrlOptions.tags` of
 * templateTransformAssetUrl.ts in vuejs/core packages/compiler-sfc (VitePress passes the site's
 * `vue` options to @vitejs/plugin-vue and sets none of its own: src/node/plugin.ts).
 */
const importedAttributes = new Set(['video src', 'video poster', 'source src', 'img src', 'image href', 'use href']);

/**
 * Does VitePress leave this relative link as written, for the browser to resolve against the
 * page's URL? A Markdown link to a file (treatAsHtml false: the link plugin skips it, and the
 * dead-link check too; "PDFs or other documents referenced by links … are not treated as assets:
 * place them within the public directory", docs/en/guide/asset-handling.md), and any HTML
 * attribute but Vue's asset URLs (`<a href="./d3.js" download>`). An image is an import.
 */
export function leftForBrowser(kind: string, path: string, element: string | undefined, extra: readonly string[]): boolean {
  if (kind === 'html') return element !== undefined && !importedAttributes.has(element);
  return (kind === 'link' || kind === 'definition') && fileName(path, extra);
}
