/**
 * A relative page link in a Hugo page, read as the browser reads it: from the URL Hugo serves the
 * linking page at. Without a render hook Hugo writes a Markdown link's destination as it is
 * (only a link or image render hook may rewrite it: gohugo.io render-hooks/links), and serves a
 * regular page `content/docs/install/airgap.md` at `/docs/install/airgap/` (pretty URLs, the
 * default: gohugo.io content-management/urls). So there `./#x` is the page itself and `../#x` its
 * section, `/docs/install/`, not the `_index.md` of the file's folder and the folder above.
 * A bundle (`index.md`, `_index.md`) is served at its folder and `uglyURLs` serves the page at
 * `/docs/install/airgap.html`: both readings then meet, as the URL says. `relativeURLs` rewrites
 * only site-root URLs, so it changes nothing here.
 */
import {dirname, join, resolve} from 'node:path';
import {pageCandidates} from '../files.js';
import {hugoContentRootOf, hugoContentRoots, hugoLanguagePrefix, renderHookReading} from './hugo-site.js';
import {normalizeUrl, servedPage, urlMap} from './url-map.js';
import {aliasRedirect} from './hugo-aliases.js';
import {hugoUnsanitized} from './hugo-path-sanitize.js';
import {browserPath} from './page-url-place.js';
import {withLanguageSuffix} from './hugo-file-language.js';
import type {Generator, LinkRequest, ResolveContext, Resolution} from './types.js';

/**
 * The page at the URL the browser makes of `request.path` from the linking page's URL; undefined
 * when postlint cannot know that URL (a permalink it cannot expand, a file outside the content
 * tree), when a render hook may rewrite the destination (its own model then decides; `hookMissed`: one that looked
 * it up found nothing and writes it as it is), or when nothing is
 * there (the caller then reads the path from the file's folder, as before); unverifiable when the URL is a list page
 * Hugo generates.
 */
export function hugoPageUrlTarget(generator: Generator, request: LinkRequest, context: ResolveContext, hookMissed = false): Resolution | undefined {
  const site = context.site;
  const from = context.from;
  if (!site || !/\.(?:md|markdown)$/i.test(from)) return undefined;
  const root = hugoContentRootOf(from, site);
  if (!root) return undefined;
  // Markdown links and images may go through a render hook; raw HTML never does.
  const hook = request.kind === 'image' ? 'image' : request.kind === 'link' || request.kind === 'definition' ? 'link' : undefined;
  const reading = hook ? renderHookReading(site, hook, request.path) : undefined;
  // `hookMissed`: a hook that looks the destination up found nothing, so it writes it as it is.
  if (reading !== undefined && reading !== 'as-written' && !hookMissed) return undefined;
  const own = generator.pageUrl(from, site, context.frontMatterOf(from));
  if (own === undefined) return undefined;
  // The browser's own resolution: `..` stops at the root; percent-escapes name the path.
  const target = browserPath(own, request.path);
  if (target === undefined) return undefined;
  if (normalizeUrl(target) === normalizeUrl(own)) return {status: 'found', path: from};
  // The page served at that URL, in the linking page's own content tree (another language's tree
  // has pages at the same paths), in the linking page's language.
  const served = servedPage(urlMap(generator, site, hugoContentRoots(site), context), target, aliasRedirect);
  const mapped = served?.status === 'found' && hugoContentRootOf(served.path, site) === root ? served : undefined;
  // A language's pages are served below its path (`/fr/…`): the rest is the path in its content tree.
  const prefix = hugoLanguagePrefix(from, site);
  if (prefix !== '' && mapped === undefined && target !== prefix && !target.startsWith(`${prefix}/`)) return undefined;
  const below = target.slice(prefix.length).replace(/^\/+/, '');
  if (mapped?.status === 'found' && mapped.redirect !== undefined) return mapped;
  // `../Tea%20Rooms/kettle/`: Hugo serves `Tea Rooms/kettle.md` at its sanitized URL (`/tea-rooms/kettle/`), so a URL
  // with a space or another character its sanitizer drops is no page's, whichever folder the path is read from.
  if (served === undefined && hugoUnsanitized(below)) return {status: 'missing', path: resolve(dirname(from), request.path), pageUrl: {looked: target, page: own}};
  const page = mapped?.status === 'found' ? mapped.path : below === '' ? undefined : context.firstExisting(withLanguageSuffix(pageCandidates(join(root, below)), site, from));
  if (page) return {status: 'found', path: generator.translationOf?.(from, page, context) ?? page};
  // A folder of the content tree without `_index.md` is still a section (or the home page): Hugo writes its
  // list page from templates alone, so its ids are unknown; the file's folder would be another page.
  if (context.isDirectory(join(root, below))) return {status: 'unverifiable', reason: `${below === '' ? 'the home page' : `/${below}`} is a list page Hugo generates (no _index.md), whose ids only its templates know`};
  return undefined;
}
