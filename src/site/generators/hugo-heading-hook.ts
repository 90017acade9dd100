/**
 * What a Hugo heading render hook (`_markup/render-heading.html`) does to heading ids. Hugo's own
 * rendering writes `id="{{ .Anchor }}"`, the id postlint computes; a hook that writes something
 * else makes ids of its own. A hook often only hands the heading on: Docsy's sites write
 * `{{ template "_default/_markup/td-render-heading.html" . }}`, whose template writes
 * `id="{{- .Anchor | safeURL -}}"`. So the calls a hook makes with the heading itself (`.` or `$`)
 * are followed, a few levels deep: `template "name"` (a `define` of a file read, else
 * `layouts/<name>`), `partial "name"` / `partialCached` (`partials/`, `_partials/`, `.html` added
 * when the name has none), each found in the layout folders in Hugo's order (the site's own, then
 * its themes' and modules', vendored ones under `_vendor/` included: hugoLayoutDirs). The hook
 * itself is the first `_markup/render-heading.html` or `_default/_markup/render-heading.html` in
 * that order: a theme's hook counts when the site has none. A page's type (front matter `type`, else a section's `cascade` `type`, else
 * its top section; `page` at the content root) has hooks of its own first: `<type>/_markup/render-heading.html`
 * in any layout folder overrides the site-wide one for the pages of that type (gohugo.io render-hooks:
 * "different render hooks for each page type"; the language, kind and output-format variants are not read).
 *
 * The reading: Hugo's ids when a template reached writes `id="{{ .Anchor }}"` (through `safeURL`
 * and the like, which leave an anchor as it is); else, when a call could not be followed (its
 * template not in the checkout, the heading handed on inside a `dict`), unknown; else the hook's own ids.
 */
import {basename, dirname, join, relative, resolve} from 'node:path';
import {readSmallFile} from '../../read-text.js';
import {get, isObject, perSite} from './common.js';
import {bundleFrontMatter, hugoContentRootOf, hugoLayoutDirs} from './hugo-site.js';
import type {PageFrontMatter, SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

/**
 * `id="{{ .Anchor }}"`, also through functions that return an anchor unchanged; the value ends with the
 * action (`id="{{ .Anchor }}-x"` or `id="sec-{{ .Anchor }}"` are ids of the hook's own).
 */
const anchorAction = String.raw`\{\{-?\s*\.Anchor(?:\s*\|\s*(?:safeURL|safeHTMLAttr|safeHTML|htmlEscape|string))*\s*-?\}\}`;
const anchorId = new RegExp(String.raw`\bid\s*=\s*(?:"${anchorAction}"|'${anchorAction}'|${anchorAction}(?=[\s>/]))`);
/** `{{ template "name" ctx }}`, `{{ partial "name" ctx }}`, `partialCached "name" ctx …`, read on one action's text. */
const call = /^(template|partial|partialCached)\s+"([^"]+)"\s*([^}]*)$/;
const maxDepth = 4;

function readText(path: string): string | undefined {
  try {
    return readSmallFile(path);
  } catch {
    return undefined;
  }
}

/**
 * The actions of a template's text (`{{- name … -}}` → `name …`), each from its `{{` to the first `}}`
 * after it, in one pass: an opening without a closing ends the reading (none after it closes either).
 */
export function templateActions(text: string): Array<{action: string; start: number; end: number}> {
  const found: Array<{action: string; start: number; end: number}> = [];
  for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', at)) {
    const close = text.indexOf('}}', at + 2);
    if (close === -1) break;
    let action = text.slice(at + 2, close);
    if (action.startsWith('-')) action = action.slice(1);
    action = action.trim();
    if (action.endsWith('-')) action = action.slice(0, -1).trimEnd();
    found.push({action, start: at, end: close + 2});
    at = close + 2;
  }
  return found;
}

/** The bodies of `{{ define "name" }}…{{ end }}` blocks in a template's text (nested blocks counted), in one pass. */
export function defines(text: string): Map<string, string> {
  const found = new Map<string, string>();
  // The open blocks: a define's name and where its body starts, or undefined for if/with/range/block.
  const open: Array<{name: string; from: number} | undefined> = [];
  for (const {action, start, end} of templateActions(text)) {
    const name = /^define\s+"([^"]+)"$/.exec(action)?.[1];
    if (name !== undefined) open.push({name, from: end});
    else if (/^(?:if|with|range|block)\b/.test(action)) open.push(undefined);
    else if (/^end\b/.test(action)) {
      const closed = open.pop();
      if (closed && !found.has(closed.name)) found.set(closed.name, text.slice(closed.from, start));
    }
  }
  return found;
}

export type HeadingHookIds = {kind: 'hugo'} | {kind: 'own'} | {kind: 'unknown'; reason: string};

/** The readings of the site's heading render hooks, by page type ('' for the site-wide hook), each read once. */
const readings = perSite((): Map<string, HeadingHookIds | undefined> => new Map());

/** The reading of the heading render hook of a page type's pages (the site-wide one for ''); undefined when none is in the checkout. */
export function headingHookIds(site: SiteInfo, type = ''): HeadingHookIds | undefined {
  const cache = readings(site);
  if (!cache.has(type)) cache.set(type, readHeadingHook(site, type));
  return cache.get(type);
}

function readHeadingHook(site: SiteInfo, type: string): HeadingHookIds | undefined {
  const dirs = hugoLayoutDirs(site);
  let hook: {file: string; text: string} | undefined;
  // The type's own hook, in any layout folder, comes before every site-wide one.
  if (type !== '') {
    const own = typeHookFile(dirs, type);
    if (own === undefined) return headingHookIds(site);
    hook = own;
  }
  for (const dir of hook ? [] : dirs) {
    for (const folder of ['_markup', join('_default', '_markup')]) {
      const file = join(dir, folder, 'render-heading.html');
      const text = readText(file);
      if (text !== undefined) {
        hook = {file, text};
        break;
      }
    }
    if (hook) break;
  }
  if (!hook) return undefined;
  const defined = defines(hook.text);
  let unfollowed: string | undefined;
  let level = [hook.text];
  // Each template is read once (a partial that calls itself, or many calls of one partial, adds nothing new).
  const followed = new Set<string>([`file:${hook.file}`]);
  for (let depth = 0; depth < maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const text of level) {
      if (anchorId.test(text)) return {kind: 'hugo'};
      for (const {action} of templateActions(text)) {
        const match = call.exec(action);
        if (!match) continue;
        const [, kind, name, argument] = match as unknown as [string, string, string, string];
        // The heading handed on as it is (`partialCached` may add variant keys; a pipe after the call only prints
        // its output): `.Anchor` inside is the heading's anchor. Anything else (a `dict`) is not read.
        const [context, ...rest] = argument.replace(/\|[\s\S]*$/, '').trim().split(/\s+/);
        if (!(context === '.' || context === '$') || (kind !== 'partialCached' && rest.length > 0)) {
          unfollowed ??= `hands the heading to "${name}" as ${argument.trim() === '' ? 'nothing' : `"${argument.trim()}"`}`;
          continue;
        }
        const own = kind === 'template' ? defined.get(name) : undefined;
        const file = own !== undefined ? undefined : templateFile(dirs, kind, name);
        const key = own !== undefined ? `define:${name}` : `file:${file ?? ''}`;
        if (followed.has(key)) continue;
        const text = own ?? (file === undefined ? undefined : readText(file));
        if (text === undefined) {
          unfollowed ??= `calls the template "${name}", which is not in the checkout`;
          continue;
        }
        followed.add(key);
        for (const [key, body] of defines(text)) if (!defined.has(key)) defined.set(key, body);
        next.push(text);
      }
    }
    level = next;
  }
  if (level.some((text) => anchorId.test(text))) return {kind: 'hugo'};
  if (level.length > 0) unfollowed ??= `calls templates more than ${maxDepth} levels deep`;
  return unfollowed === undefined ? {kind: 'own'} : {kind: 'unknown', reason: unfollowed};
}

/** A page type's own heading hook (`<type>/_markup/render-heading.html`), the first in the layout folders' order. */
function typeHookFile(dirs: readonly string[], type: string): {file: string; text: string} | undefined {
  for (const dir of dirs) {
    const file = join(dir, type, '_markup', 'render-heading.html');
    const text = readText(file);
    if (text !== undefined) return {file, text};
  }
  return undefined;
}

/** Where Hugo finds a template a hook names: `template` from the layouts folder, `partial` from `partials/` (or `_partials/`). */
function templateFile(dirs: readonly string[], kind: string, name: string): string | undefined {
  const file = kind === 'template' ? name : /\.\w+$/.test(name) ? name : `${name}.html`;
  const places = kind === 'template' ? [file] : [join('partials', file), join('_partials', file)];
  for (const dir of dirs) {
    for (const place of places) {
      const path = join(dir, place);
      if (readText(path) !== undefined) return path;
    }
  }
  return undefined;
}

/** Why the site's pages' heading ids are not Hugo's own, if they are not (the generator's `idsUnknown`). */
export function headingHookReason(site: SiteInfo, path?: string, frontMatter?: PageFrontMatter): string | undefined {
  const type = path === undefined ? '' : hugoPageType(path, site, frontMatter);
  const reading = headingHookIds(site, type);
  if (reading === undefined || reading.kind === 'hugo') return undefined;
  const whose = type !== '' && reading !== headingHookIds(site) ? `the "${type}" pages' heading render hook` : 'a heading render hook';
  if (reading.kind === 'own') return `goes through ${whose} that makes its own ids`;
  return `goes through ${whose} whose ids postlint cannot read (it ${reading.reason})`;
}

/**
 * A page's type as Hugo gives it: front matter `type`, else one a section above cascades to it (the
 * nearest `cascade: {type: …}`), else its top section below the content root, `page` for a page at the root.
 */
function hugoPageType(path: string, site: SiteInfo, frontMatter?: PageFrontMatter): string {
  const own = frontMatter?.data?.['type'];
  if (typeof own === 'string' && own.trim() !== '') return own.trim().toLowerCase();
  const root = hugoContentRootOf(path, site);
  if (root === undefined) return '';
  const cascaded = cascadedType(resolve(path), resolve(root));
  if (cascaded !== undefined) return cascaded;
  const segments = toPosix(relative(root, path)).split('/');
  return segments.length > 1 ? segments[0]!.toLowerCase() : 'page';
}

/** The `type` the nearest section above the page cascades (a bundle's own cascade is for the pages below it, as in isRenderedHugoPage). */
function cascadedType(path: string, root: string): string | undefined {
  for (let dir = dirname(path); dir.startsWith(root); dir = dirname(dir)) {
    if (dir !== dirname(path) || !/^_?index\./.test(basename(path))) {
      const cascade = get(bundleFrontMatter(dir), 'cascade');
      // A list of cascades: the ones with no target (`_target`, `target`) hold for every page below.
      const entries = Array.isArray(cascade) ? cascade.filter((entry) => isObject(entry) && get(entry, '_target') === undefined && get(entry, 'target') === undefined) : [cascade];
      for (const entry of entries) {
        const type = get(entry, 'type');
        if (typeof type === 'string' && type.trim() !== '') return type.trim().toLowerCase();
      }
    }
    if (dir === root) break;
  }
  return undefined;
}
