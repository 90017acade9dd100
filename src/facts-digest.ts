import {createHash} from 'node:crypto';
import type {FileFacts} from './facts.js';

/**
 * What links into a file see of it: its front matter, headings, ids, terms, includes and template status, not its
 * links or prose. Both caches key on it (a file whose digest is unchanged cannot change a finding
 * on a link into it); the phase-1 cache keeps it beside the file's facts, so that a later run need
 * not read those facts to know it.
 */
export function visibleDigest(facts: FileFacts): string {
  return createHash('sha1').update(JSON.stringify([facts.frontMatter ?? null, facts.headings, facts.anchors, facts.includes ?? [], facts.terms ?? [], facts.htmlHeadings ?? [], facts.idPrefixes ?? [], facts.tabs ?? [], facts.template ?? null])).digest('hex');
}
