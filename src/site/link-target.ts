import type {LinkFact} from '../facts.js';
import type {SiteIndex} from './index.js';

/**
 * Where a link points, through the site index's one resolution (its generator's): the document
 * (none when the target is missing or unverifiable) and the fragment, decoded and as written.
 * The language server uses it for completion, hover and go to definition, so that they agree with
 * what the link rules report. Undefined for what is not a link into the site (other schemes).
 */
export function linkTarget(index: SiteIndex, file: string, link: LinkFact): {document?: string; fragment: string; written: string} | undefined {
  const resolved = index.resolveLink(file, link);
  if (!resolved) return undefined;
  const {resolution} = resolved;
  const document = resolution.status === 'found' ? resolution.path : resolution.status === 'case' ? resolution.real : undefined;
  return {...(document ? {document} : {}), fragment: resolved.fragment?.decoded ?? '', written: resolved.fragment?.written ?? ''};
}
