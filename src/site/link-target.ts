import {dirname, join, parse, relative} from 'node:path';
import type {LinkFact} from '../facts.js';
import type {SiteIndex} from './index.js';

// Where a link with a fragment points, as no-broken-anchors resolves it; the language server
// uses the same resolution for completion, hover and go to definition.
/** A scheme (`https:`, `mailto:`) or a protocol-relative `//host`: not a file of this site. */
const externalPattern = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Where a link points: the document (undefined when unknown) and the fragment, decoded. */
export function linkTarget(index: SiteIndex, file: string, link: LinkFact): {document?: string; fragment: string; written: string} | undefined {
  const url = link.url.trim();
  const hash = url.indexOf('#');
  if (hash === -1 || (link.kind !== 'shortcode' && externalPattern.test(url))) return undefined;
  const written = url.slice(hash + 1);
  const path = decode(url.slice(0, hash).replace(/\?.*$/, ''));
  const fragment = decode(written);
  if (path === '') return {document: file, fragment, written};
  const site = index.site(file);
  let document: string | undefined;
  // In Hugo a regular page `posts/a.md` is served at `/posts/a/`, so an extension-less relative
  // link is relative to that folder; bundles (index.md, _index.md) sit where their folder is.
  if (site?.generator === 'hugo' && link.kind !== 'shortcode' && !path.startsWith('/') && !/\.(?:md|markdown)$/i.test(path)) {
    const page = parse(file);
    const base = page.name !== 'index' && page.name !== '_index' ? join(page.name, path) : path;
    // `../b/` from a regular page is the regular page `b.md` as often as the bundle `b/index.md`.
    document = index.resolveDocument(file, base) ?? index.resolveDocument(file, `${base.replace(/\/+$/, '')}.md`);
  }
  document ??= index.resolveDocument(file, path);
  if (!document && site?.generator === 'hugo') {
    // Hugo's ref/relref and root-relative links name pages under content/.
    const contentPath = join(site.root, 'content', path.startsWith('/') ? path.slice(1) : path);
    if (link.kind === 'shortcode' || path.startsWith('/')) document = index.resolveDocument(file, relative(dirname(file), contentPath) || '.');
    // Site paths and, through a link render hook's page lookup, any path name pages in every content root.
    if (!document && (link.kind === 'shortcode' || path.startsWith('/') || index.linkHook(file))) document = index.hugoPage(site, path);
  }
  // A Hugo translation (`index.fr.md`) links to the page in its own language when there is one.
  const language = site?.generator === 'hugo' ? /\.([a-z]{2,3}(?:-[a-z]+)?)\.(?:md|markdown)$/i.exec(file)?.[1] : undefined;
  if (document && language && !/\.[a-z]{2,3}(?:-[a-z]+)?\.(?:md|markdown)$/i.test(document)) {
    const translated = document.replace(/\.(md|markdown)$/i, `.${language}.$1`);
    if (index.facts(translated)) document = translated;
  }
  return {...(document ? {document} : {}), fragment, written};
}
