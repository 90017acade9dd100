/**
 * A page that is the template a program of the repository copies and fills, not a page written for readers:
 * it names itself a template (a folder or its file name says `template`, as `docs/template/client.md`) and
 * holds that program's slots, `{{name}}` placeholders the site's generator leaves as written (no template
 * engine runs over its Markdown): its title is a slot alone (`{{full-name}}` over `===`), or its prose
 * holds three slots or more (`[{{server-name}}]({{server-url}})`, `{{installation}}`). A doc script reads
 * it, puts each client's values in the slots and appends what it generates under the last heading (an
 * "Available configurations" left empty for the variables), so its empty sections are the program's to fill.
 *
 * Either sign alone is not enough: a page in a `templates/` folder is often about templates (a theme's
 * docs), and slots written in a page's prose may be a sample a page about templating shows. Where the
 * generator runs a template language over the Markdown first (Jekyll's Liquid, Eleventy's Nunjucks, VitePress's Vue interpolation), the
 * slots are filled at build and the page is a page like any other.
 */
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walk} from '../walk.js';

/** A slot: a name in double braces, as Mustache, Handlebars, Jinja and a script's own `format` write it (`{{full-name}}`, `{{ server_url }}`). */
const slot = /\{\{\s*[\p{L}_][\p{L}\p{N}_.-]*\s*\}\}/gu;

/** A slot alone, the whole of a title. */
const slotAlone = /^\{\{\s*[\p{L}_][\p{L}\p{N}_.-]*\s*\}\}$/u;

/** Slots a page's prose holds before it is one a program fills. */
const fewestSlots = 3;

/** A folder or the file name has `template` or `templates` as a part of its own (`docs/template/`, `page-template.md`, `_templates/`). */
function pathNamesTemplate(path: string): boolean {
  return path
    .split(/[\\/]/)
    .flatMap((part) => part.replace(/\.[^.]*$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^\p{L}\p{N}]+/u))
    .some((word) => /^templates?$/i.test(word));
}

/**
 * Why the page is a template a program fills, when it is one; undefined otherwise. `templatesRun`: the
 * generator runs a template language over this page before Markdown (then its slots are filled at build).
 */
export function slotTemplate(tree: Root, path: string, templatesRun: boolean): string | undefined {
  if (templatesRun || !pathNamesTemplate(path)) return undefined;
  const title = tree.children.find((node): node is Heading => node.type === 'heading');
  const titleText = title ? toString(title).trim() : '';
  if (title && slotAlone.test(titleText)) return `the page is a template a program fills (its path says template, and its title is the slot ${titleText})`;
  const slots = new Set<string>();
  walk(tree, (node) => {
    // Code shows template syntax; only the prose's slots are the page's own.
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return false;
    if (node.type === 'text') for (const match of node.value.matchAll(slot)) slots.add(match[0].replace(/\s+/g, ''));
    if (node.type === 'link' || node.type === 'image') for (const match of node.url.matchAll(slot)) slots.add(match[0].replace(/\s+/g, ''));
    return true;
  });
  if (slots.size < fewestSlots) return undefined;
  return `the page is a template a program fills (its path says template, and its prose holds the slots ${[...slots].slice(0, 3).join(', ')})`;
}
