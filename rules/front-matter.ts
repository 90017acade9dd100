/**
 * front-matter — front matter that parses, with the fields a post needs.
 *
 * Default severity: error.
 * Options:
 *   required: string[]   fields every post must have (default ["title", "date"]). A Jekyll-style
 *                        file name (`2021-01-21-my-post.md`) supplies the date, and Jekyll
 *                        `_drafts/` need none (they are dated when published). Hugo section
 *                        pages (`_index.md`) are exempt: they are lists, not posts. In a detected
 *                        site, "date" is asked only of posts (a folder named _posts, posts, post,
 *                        blog, articles or news): docs pages are not dated. MkDocs and Docusaurus
 *                        pages with a `#` heading have their title from it.
 *   types: {field: type | type[]}   the type each field must have, one of "string", "number",
 *                        "boolean", "array", "object", "date" (default: title string, draft
 *                        and published boolean, tags and categories array or string)
 *   dates: string[]      fields that must hold a date generators can read (default date,
 *                        publishDate, lastmod, expiryDate)
 *   requireFrontMatter: boolean   report files with no front matter at all (default false: a
 *                        file without front matter is a README or a plain page, not a post)
 *
 * Fails:
 *   ---
 *   title: "Broken: quote
 *   ---
 * Passes:
 *   ---
 *   title: Hello
 *   date: 2024-01-01
 *   ---
 */
import {basename, relative, sep} from 'node:path';
import type {Root} from 'mdast';
import type {RuleMeta, RuleModule, Span} from '../src/types.js';
import {docsUrl, filePath, fileRule, place} from '../src/rule-kit.js';
import {parseFrontMatterDate} from '../src/dates.js';
import {hugoTitleFallback, isRenderedHugoPage, outsideContent} from '../src/site/hugo.js';

type FieldType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'date';

interface Options {
  required: string[];
  types: Record<string, FieldType | FieldType[]>;
  dates: string[];
  requireFrontMatter: boolean;
}

const fieldTypes: FieldType[] = ['string', 'number', 'boolean', 'array', 'object', 'date'];

const meta: RuleMeta = {
  id: 'front-matter',
  description: 'Front matter must parse and carry the required fields, with readable dates and the right types',
  severity: 'error',
  defaults: {
    required: ['title', 'date'],
    types: {title: 'string', draft: 'boolean', published: 'boolean', tags: ['array', 'string'], categories: ['array', 'string']},
    dates: ['date', 'publishDate', 'lastmod', 'expiryDate'],
    requireFrontMatter: false,
  },
  optionsSchema: {
    properties: {
      required: {type: 'array', items: {type: 'string'}},
      types: {
        type: 'object',
        additionalProperties: {oneOf: [{enum: fieldTypes}, {type: 'array', items: {enum: fieldTypes}, minItems: 1}]},
      },
      dates: {type: 'array', items: {type: 'string'}},
      requireFrontMatter: {type: 'boolean'},
    },
    additionalProperties: false,
  },
  docs: docsUrl('front-matter'),
};

/** Folders that hold dated posts (Jekyll `_posts`, Hugo `content/posts`, Docusaurus `blog`). */
const postFolders = new Set(['_posts', 'posts', 'post', 'blog', 'articles', 'news']);

function isPost(path: string, root: string): boolean {
  return relative(root, path).split(sep).slice(0, -1).some((folder) => postFolders.has(folder.toLowerCase()));
}

function hasTopHeading(tree: Root): boolean {
  return tree.children.some((node) => node.type === 'heading' && node.depth === 1);
}

/** YAML 1.1 (Ruby's Psych, so Jekyll) reads one-digit months and days (`2015-6-8 12:00:00`). */
function padDate(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[Tt\s])/, (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`) : value;
}

/**
 * A first line `---` (or `+++`) followed by a `key:` (or `key =`) line, and no closing fence:
 * front matter that was meant, left open (a thematic break at the top of a page is not followed by a key).
 */
function unclosedFence(source: string): string | undefined {
  const match = /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n?|\n)[ \t]*[\w"'-]+[ \t]*[:=]/.exec(source);
  if (!match) return undefined;
  const fence = match[1]!;
  const lines = source.split(/\r\n?|\n/);
  return lines.slice(1).some((line) => line.trimEnd() === fence) ? undefined : fence;
}

// Jekyll posts carry their date in the file name.
const datedFileName = /^\d{4}-\d{2}-\d{2}-/;

const check = fileRule<Options>(meta.id, (tree, file, options) => {
  const fm = file.data.frontMatter;
  if (!fm) {
    const unclosed = unclosedFence(String(file.value));
    if (unclosed) {
      // Its fields, a `draft: true` too, are read by no generator rule: never a silent pass.
      file.message(`Front matter opened by \`${unclosed}\` on line 1 is never closed; add a closing \`${unclosed}\` line (until then none of its fields is read)`, {place: {line: 1, column: 1}});
      return;
    }
    if (options.requireFrontMatter) file.message('File has no front matter; start it with a `---` block holding at least a title', {place: {line: 1, column: 1}});
    return;
  }
  if (fm.error) {
    // A Hugo archetype is a template: its front matter is only YAML/TOML once `hugo new` fills it in.
    const site = file.data.site;
    if (site?.generator === 'hugo' && outsideContent(filePath(file), site) && /\{\{/.test(String(file.value))) return;
    file.message(fm.error.message, {place: place(fm.error)});
    return;
  }
  const at = (field: string): Span => fm.keyLines[field] ?? fm.start;
  const name = basename(filePath(file));
  const isSectionPage = /^_index\./.test(name);
  const fence = fm.format === 'yaml' ? 'YAML' : 'TOML';

  const site = file.data.site;
  // Hugo builds pages only from its content roots, and never renders headless bundles or
  // snippet folders (`build.render: never`): those files need no page fields.
  const notAPage = site?.generator === 'hugo' && !isRenderedHugoPage(filePath(file), site, fm.data);
  for (const field of isSectionPage || notAPage ? [] : options.required) {
    if (field in fm.data) continue;
    // Jekyll dates posts by file name, and drafts get their date when they are published.
    if (field === 'date' && (datedFileName.test(name) || filePath(file).split(sep).includes('_drafts'))) continue;
    // In a detected site only posts are dated: a docs page (Hugo docs, MkDocs, Docusaurus docs) has no date.
    if (field === 'date' && site && !isPost(filePath(file), site.root)) continue;
    // MkDocs, Docusaurus and VitePress take a page's title from its first `#` heading.
    if (field === 'title' && site && ['mkdocs', 'docusaurus', 'vitepress'].includes(site.generator) && hasTopHeading(tree)) continue;
    // A Hugo theme whose title template falls back on the file name shows a title anyway.
    if (field === 'title' && site?.generator === 'hugo' && hugoTitleFallback(site)) continue;
    // A VitePress page drawn by a Vue component (`page: true`, a `layout`) takes the site's title.
    if (field === 'title' && site?.generator === 'vitepress' && (fm.data.page === true || typeof fm.data.layout === 'string')) continue;
    file.message(`Front matter has no "${field}" field; add one to the ${fence} block`, {place: place(fm.start)});
  }

  const title = fm.data.title;
  if (typeof title === 'string' && title.trim() === '') file.message('Title is empty; give the post a title', {place: place(at('title'))});

  // Template code (a Hugo archetype's `{{ .Date }}`) is filled in later: its value cannot be judged.
  const lines = String(file.value).split('\n');
  const templated = (field: string): boolean => /\{\{|\{%/.test(lines[(fm.keyLines[field]?.line ?? 0) - 1] ?? '');

  for (const field of options.dates) {
    const value = fm.data[field];
    if (value === undefined || value === null || value === '' || templated(field)) continue;
    if (!parseFrontMatterDate(value, undefined) && !(site?.generator === 'jekyll' && parseFrontMatterDate(padDate(value), undefined))) {
      file.message(`"${field}" is not a date generators can read (${JSON.stringify(String(value))}); write it as YYYY-MM-DD or ISO 8601 (2024-05-01T09:30:00+02:00)`, {place: place(at(field))});
    }
  }

  for (const [field, expected] of Object.entries(options.types)) {
    if (!(field in fm.data) || templated(field)) continue;
    const value = fm.data[field];
    const allowed = Array.isArray(expected) ? expected : [expected];
    const actual = typeOf(value);
    if ((actual !== 'null' && allowed.includes(actual)) || (allowed.includes('date') && parseFrontMatterDate(value, undefined))) continue;
    file.message(`"${field}" should be ${allowed.map(article).join(' or ')}, not ${article(actual)} (${JSON.stringify(value)})${hint(allowed, actual)}`, {place: place(at(field))});
  }
});

function typeOf(value: unknown): FieldType | 'null' {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return 'date';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

function article(type: string): string {
  return type === 'array' || type === 'object' ? `an ${type}` : type === 'null' ? 'empty' : `a ${type}`;
}

function hint(allowed: FieldType[], actual: string): string {
  if (allowed.includes('boolean') && actual === 'string') return '; write true or false without quotes';
  if (allowed.includes('string') && (actual === 'number' || actual === 'boolean')) return '; put the value in quotes';
  return '';
}

export default {meta, fileRule: check} satisfies RuleModule;
