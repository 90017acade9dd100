/**
 * The RSS feed Hugo writes beside a list page: `/index.xml` for the home page, `/<section>/index.xml`
 * for a section, `/<taxonomy>/index.xml` and `/<taxonomy>/<term>/index.xml` for taxonomies and terms.
 * Hugo's default outputs are HTML and RSS for the home, section, taxonomy and term kinds, HTML only
 * for a regular page (gohugoio/hugo output/outputFormat.go DefaultOutputFormats and
 * resources/kinds; gohugo.io configuration/outputs); RSS's base name is `index` and its media type's
 * suffix `xml` unless `outputFormats.rss.baseName` says otherwise. `disableKinds = ["rss"]` or an
 * `outputs.<kind>` list without RSS writes none.
 */
import {get, stringList} from './common.js';
import type {LinkRequest, Resolution, SiteInfo} from './types.js';

/** The kinds of list pages, as `outputs` names them. */
export type ListKind = 'home' | 'section' | 'taxonomy' | 'term';

/** Does the site write an RSS feed for list pages of this kind? */
function writesFeed(site: SiteInfo, kind: ListKind): boolean {
  if (stringList(get(site.config, 'disableKinds'), []).some((disabled) => disabled.toLowerCase() === 'rss')) return false;
  const outputs = get(get(site.config, 'outputs'), kind);
  return !Array.isArray(outputs) || outputs.some((format) => typeof format === 'string' && format.toLowerCase() === 'rss');
}

/** The feed's file name: `<baseName>.xml`. */
function feedName(site: SiteInfo): string {
  const baseName = get(get(get(site.config, 'outputFormats'), 'rss'), 'baseName');
  return `${typeof baseName === 'string' && baseName !== '' ? baseName : 'index'}.xml`;
}

/**
 * A site-root link to a list page's feed: the list page it is written for (found), when `listPage`
 * finds one at the folder's URL and its kind writes a feed; undefined otherwise (read as written).
 */
export function hugoFeedTarget(request: LinkRequest, site: SiteInfo, listPage: (folder: LinkRequest) => {resolution: Resolution; kind: ListKind} | undefined): Resolution | undefined {
  const path = request.path;
  const name = feedName(site);
  if (!path.endsWith(`/${name}`)) return undefined;
  const folder = path.slice(0, -name.length);
  const list = listPage({...request, path: folder, folder: true, kind: 'link'});
  if (!list || list.resolution.status !== 'found' || !writesFeed(site, list.kind)) return undefined;
  return list.resolution;
}
