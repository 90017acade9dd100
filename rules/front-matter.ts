/**
 * # front-matter
 *
 * Default: **error**. Front matter that does not parse (YAML or TOML, at the line and column of the
 * error), required fields that are missing, dates that generators cannot read, fields of the wrong
 * type, and an empty title.
 *
 * ```md example
 * ---
 * title: 2024
 * date: 2024-02-30
 * draft: "no"
 * ---
 * ```
 *
 * ```text output
 * 2:1  error  "title" should be a string, not a number (2024); put the value in quotes  front-matter
 * 3:1  error  "date" is not a date generators can read ("2024-02-30"); write it as YYYY-MM-DD or ISO 8601 (2024-05-01T09:30:00+02:00)  front-matter
 * 4:1  error  "draft" should be a boolean, not a string ("no"); write true or false without quotes  front-matter
 * ```
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `required` | `[]` | fields every page must have besides those its generator needs (see [Site generators](../generators.md)) |
 * | `types` | `{}` | your own schema: the type (or types) each field must have: `string`, `number`, `boolean`, `array`, `object`, `date`; checked on every page, over the keys the generator reads (below) |
 * | `dates` | `["date", "publishDate", "lastmod", "expiryDate"]` | fields that must hold a readable date |
 * | `requireFrontMatter` | `false` | report files with no front matter at all |
 *
 * On a Hugo site field names are read without regard to case, as Hugo reads them: `Title:` is the
 * title and `Draft: true` a draft. Hugo casts its flags (`draft`, `headless`, `published`) with
 * cast.ToBool, so `draft = "false"` is a boolean to it (and `draft = "true"` a draft); a string it
 * cannot read as one (`"no"`) is reported.
 *
 * A key is **typed only where something that builds the page reads it**: the generator, or a theme or plugin the
 * site model knows. An empty key no one reads (`tags:` on a VitePress page: its default theme reads no tags, and a
 * custom theme is the site's own code) is no defect and is left alone. What each reads, of the common keys:
 *
 * | generator | typed |
 * | --- | --- |
 * | Hugo | `title`, `draft`, `published`, and each of the site's taxonomies (`taxonomies`, else `tags` and `categories`) as a list or one term; an empty taxonomy is no terms |
 * | Jekyll | `title`, `published`, `tags`, `categories` (a list or one string; empty is none); no `draft` (a draft is a file in `_drafts/`) |
 * | Eleventy | `title`, `tags` (a list or one tag; empty is none); `draft` only where the config reads it (a drafts preprocessor) |
 * | Docusaurus | `title`, `draft`; on docs and blog posts `tags`, an array only: Joi's `Joi.array()` refuses one tag as a string and an empty `tags:`, and the build stops |
 * | VitePress | `title` (its default theme reads no `draft`, `tags` or `categories`) |
 * | MkDocs | `title`; `tags` with a tags plugin on, a list (one string stops Material's build from 9.6; empty is no tags from 9.6 and a failed build before it: left alone, the version not read); a Material blog post's `draft`, and its `categories` as a list (empty is none) |
 * | Astro | only the content collection's own schema; Starlight docs pages `title` and `draft` besides (its docsSchema) |
 * | other (mdBook, Zola, unmodelled, outside every site) | `title`, `draft`, `tags`, `categories` as a generic post; an empty `tags:` or `categories:` is left alone |
 *
 * Your `types` are checked on every page and win over the generator's for a key both name, an empty value
 * too (`tags:` is then reported even where the generator reads it as no tags). Before, `types` defaulted to
 * `{"title": "string", "draft": "boolean", "tags": ["array", "string"], "categories": ["array", "string"]}`
 * on every page; set that to keep checking those keys where no reader reads them.
 *
 * A key **the generator or the site defines** is typed by that definition besides the `types` option:
 * Jekyll's `published` is a boolean (`published: "false"` is a string, true to Ruby, and publishes the
 * page), Hugo's a boolean or a date (an alias of publishDate); an Astro content collection entry's
 * keys as the site's own zod schema types them (`published: z.coerce.date()` wants a date, read from
 * the content config or a module it imports; a union or a transform types nothing); a plain `z.date()` takes a
 * Date only, a YAML timestamp written without quotes, so a quoted date there is a string (the build stops);
 * `z.coerce.date()` takes whatever `new Date(value)` reads (zod hands the value to it first), so
 * `2024-05-01:09:30.000Z` is a date there, but a day the month lacks (`2024-02-30`, rolled over), or text V8 reads only by skipping words or taking 2001 for a missing year (`TODO 2024`, `May 1`), is not. A date
 * reported unreadable is not reported again as the wrong type. A key no
 * generator defines (Eleventy passes every key to its templates as data) has no type to be wrong
 * against: `published: 2024-01-05` there is the site's own date. A key an Eleventy site's config compares
 * with `true` or `false` (`post.data.published !== false`) is the site's flag, a boolean: `published: "false"`
 * is a string, truthy to JavaScript, and publishes the post.
 *
 * A **number or boolean where text is wanted** (`title: 404`) is the generator's to print: Hugo reads
 * `title`, `linkTitle`, `description` and `slug` with cast.ToString, Jekyll's Liquid and Eleventy's template
 * engines print any field the generator does not read itself as its text, so the page is titled
 * "404"; Docusaurus's front-matter Joi turns a number (not a boolean) into its text. It is left alone
 * there when that text is the text written (`1.10` becomes "1.1" and is reported). Elsewhere it stays
 * reported: Starlight's `title: z.string()`, like an Astro collection's, refuses it and stops the build.
 *
 * A required field that (nearly) no page of a site or section has (at least 10 pages asked for it,
 * at most 20 % of them with it) is one the site evidently does not use there: those findings are
 * left out, with one notice for the run (the model guard; `"site": {"guard": false}` reports them).
 * One page without it among pages that have it is reported.
 *
 * A file with **no front matter at all** is not reported by default: it is a README or a plain
 * page, not a post (set `requireFrontMatter` to report it).
 *
 * Which fields a page needs, and where else a field may come from, is the generator's. Hugo posts
 * (files under `posts/`, `blog/`, …) need a title and a date, docs pages a title, section pages
 * (`_index.md`) nothing (and one left with `title:` empty is titled from its folder), a page whose layout writes no title in the
 * branch Hugo renders for its section, or only behind `if .Title` / `with .Title`, nothing either (`title: ''` is no title to Hugo,
 * as the key left out: a note theme's untitled notes), and a theme whose title template falls back on the file name (hugo-book's
 * `docs/title.html`) makes `title` optional; Jekyll posts take their date and title from the file
 * name; MkDocs takes a title from `nav`, front matter, the first `#` heading or the file name;
 * Docusaurus from the first `#` heading or the file name; VitePress from the first `#` heading (or
 * the site's title for a layout page or a page only Vue components draw; a dynamic route's
 * template, `[pkg].md` with a paths loader, needs none); an unmodelled generator needs nothing. Outside every site a
 * file with front matter is read as a post (title and date). Files the site never builds need
 * nothing: files outside Hugo's content roots (archetypes), headless or `build.render: never`
 * bundles, `.github/` templates, a README outside MkDocs' docs folder. A Jekyll post in `_posts` named with
 * a date Jekyll does not read (`2019-1-5_title.md`; a post is named `YYYY-MM-DD-title.ext`) is
 * dropped by Jekyll without a word: reported once, at 1:1. Dates are read as the
 * generator reads them (Hugo uses Go's layouts, so `2019-04-09T8:09:26-07:00` is a date; Jekyll
 * reads `2015-6-8`, and what YAML leaves a string with Ruby's `Time.parse`: `2019-3-5 10:00`,
 * `2020-01-01 10:00 PST`, `March 5, 2019`, `Wed Jun 29 21:13:22 -0500 2011`, while a day the month lacks stays reported; Eleventy reads its date words `Last Modified`, `Created`, `git Last Modified`
 * and `git Created`, in any case, as the file's or git's dates). A list left empty (`tags:` with no
 * value) is reported only where its reader refuses it (Docusaurus' Joi array stops the build), and left
 * alone where the reader reads it as no items (Hugo's taxonomies, Jekyll's and Eleventy's `tags`) or no
 * reader reads the key (the table above). Eleventy pages need no field of their own:
 * a folder's data file (`posts/posts.11tydata.json`) or a layout may give the title and date.
 * Values holding template code (`{{ .Date }}` in an archetype) are not type-checked. On a Jekyll site a
 * key with no value (`title:`) of a field Jekyll does not read itself is the key left out, as Liquid reads
 * it (nil either way: a layout's `{% if page.title %}` passes over both; `title: ''` is a string, truthy
 * to Liquid, and still reported empty): no wrong type, and missing only where a field is required.
 *
 * A **key given twice** is read as the generator's YAML reader reads it. Jekyll (Ruby's Psych) and
 * MkDocs (PyYAML) keep the last one without a word: a repeat with the same value changes nothing
 * for the reader and is left alone; one with another value is reported at the repeat as a warning
 * (the page builds, but the first value is lost: a `redirect_from` whose old addresses no longer
 * redirect); a first value that is empty (`tags: []` filled below) loses nothing and is left alone.
 * Hugo did the same before v0.152 (go-yaml v2): with an older Hugo pinned in the site's build files
 * (`HUGO_VERSION`, a release download: docs/generators.md) it is read that way. Elsewhere
 * (gray-matter's js-yaml in Eleventy, Docusaurus, VitePress and Astro; Hugo since v0.152, or with no
 * version pinned) the reader refuses the block, and it is reported as front matter that does not parse.
 *
 * A **bare `yes`, `no`, `on` or `off`** (`draft: yes`) is read as the generator's YAML reader reads
 * it: a boolean to YAML 1.1 readers, Jekyll's Psych (any casing), MkDocs' PyYAML (lower, Title,
 * UPPER) and Hugo's go-yaml v2 before v0.152 (`y` and `n` too), so the page is a draft and no wrong
 * type is reported; text to js-yaml (Docusaurus, Eleventy, VitePress, Astro) and to Hugo since v0.152
 * or with no version pinned, where `draft: yes` is the string it is reported as. A quoted `"yes"` is
 * text to every reader.
 *
 * A **tab starting a line inside a flow collection** (`related: [` then a tab and an item) is white
 * space to libyaml (Jekyll's Psych, MkDocs' PyYAML CSafeLoader), to Hugo's Go readers (go-yaml v2,
 * goccy/go-yaml) and to js-yaml (Docusaurus, Eleventy, VitePress, Astro with or without Starlight):
 * the block is read as they read it, its fields too (a value quoted over several lines inside the
 * collection, `type: '{` … `}'`, holds text, not brackets). A tab as block indentation, or a list never
 * closed, is an error to every reader; where the generator's reader is not known, the error stays.
 *
 * A **flow collection continued at column 0** (`tags: [a, b, long` then `name, c]` on the next line)
 * is read by libyaml (Jekyll's Psych; PyYAML, MkDocs, in both its loaders), which checks indentation
 * in block context only (scanner.c: `yaml_parser_unroll_indent` does nothing inside a flow
 * collection): the block is read as it reads it, its fields too. The `yaml` package and js-yaml
 * refuse it, and on other generators (Hugo's readers were not checked) the error stays.
 *
 * A **quoted value continued on a line less indented than its own** (a list item `- "[a link` whose
 * next line starts `](…)` at column 0) is read on, as libyaml (Psych, PyYAML, Hugo's go-yaml v2),
 * goccy/go-yaml (Hugo since v0.152) and js-yaml (a warning) read it: none checks indentation inside a
 * quoted scalar. A quote never closed is reported at the quote that opens the value, and other
 * syntax errors at their own line, not at the block's first.
 *
 * A **Marp slide deck** (a `marp: true` line in its front matter, as Marp for VS Code and marp-cli find
 * it) has Marp's directives for front matter, read by Marpit's loose YAML: a directive's plain value
 * is text (`style: section { font-size: 28px; }`, `backgroundColor: #fff`). Where the site's generator
 * builds the file anyway (Jekyll warns and goes on without the fields, unless `strict_front_matter`)
 * or not at all, the block is read as Marp reads it, and only what Marp refuses too is an error.
 *
 * A page **written as something other than an HTML document** needs no page fields: Hugo's `url:
 * index.json` or `outputs: [json]` (a search index), a Jekyll or Eleventy `permalink: /feed.xml`.
 *
 * Left alone, in short: files with no front matter (unless `requireFrontMatter`), files the site
 * never builds or writes as no HTML document, fields a generator takes from elsewhere (file name, nav, first heading, a
 * folder's data file), a generator's own date words and empty lists it reads as empty, and values
 * holding template code. A page not going live until someone edits it (a draft, `published: false`,
 * an expired post) need not have its fields yet; its front matter must still parse, with readable
 * dates and the right types.
 *
 * ## Examples
 *
 * Fails (a quote left open):
 *
 * ```md example
 * ---
 * title: "Broken: quote
 * ---
 * ```
 *
 * ```text output
 * 2:8  error  Invalid YAML front matter: Missing closing "quote  front-matter
 * ```
 *
 * Passes:
 *
 * ```md example
 * ---
 * title: Hello
 * date: 2024-01-01
 * ---
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import type {Root} from 'mdast';
import type {Span} from '../src/types.js';
import {heldBack} from '../src/publish.js';
import {defineRule, option} from '../src/rule-kit.js';
import {asGeneratorParses, generatorOf} from '../src/site/generators/index.js';
import {FrontMatterGuard, type WithheldField} from '../src/front-matter-guard.js';
import type {VFileMessage} from 'vfile-message';
import type {SiteIndex} from '../src/site/index.js';
import type {FieldType, PageInput} from '../src/site/generators/types.js';
import {readSmallFile} from '../src/read-text.js';
import {unbuiltForgeTemplate} from '../src/site/forge-template.js';
import {readsJsYamlTimestamp} from '../src/site/generators/common.js';


const fieldTypes: FieldType[] = ['string', 'number', 'boolean', 'array', 'object', 'date'];

function hasTopHeading(tree: Root): boolean {
  return tree.children.some((node) => node.type === 'heading' && node.depth === 1);
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

export default defineRule({
  meta: {
    id: 'front-matter',
    description: 'Front matter must parse and carry the required fields, with readable dates and the right types',
    severity: 'error',
    messages: {
      unclosed: 'Front matter opened by `{{fence}}` on line 1 is never closed; add a closing `{{fence}}` line (until then none of its fields is read)',
      none: 'File has no front matter; start it with a `---` block holding at least a title',
      unparsable: '{{reason}}',
      dropped: '{{reason}}',
      missingField: 'Front matter has no "{{field}}" field; add one to the {{format}} block',
      emptyTitle: 'Title is empty; give the post a title',
      unreadableDate: '"{{field}}" is not a date generators can read ({{value}}); write it as YYYY-MM-DD or ISO 8601 (2024-05-01T09:30:00+02:00)',
      repeatedKey: '"{{field}}" is given again with another value (first on line {{first}}); {{reader}}, so the value on line {{first}} is lost: keep one',
      wrongType: '"{{field}}" should be {{expected}}, not {{actual}} ({{value}}){{hint}}',
    },
    options: {
      required: option.strings([]),
      types: option.schema<Record<string, FieldType | FieldType[]>>(
        {type: 'object', additionalProperties: {oneOf: [{enum: fieldTypes}, {type: 'array', items: {enum: fieldTypes}, minItems: 1}]}},
        {},
      ),
      dates: option.strings(['date', 'publishDate', 'lastmod', 'expiryDate']),
      requireFrontMatter: option.boolean(false),
    },
  },
  file({tree, text, path, frontMatter: read, site, settings, options, report}) {
    // A page its author meant that the generator drops without a word (a misnamed Jekyll post): once, at 1:1.
    const dropped = site ? generatorOf(site).dropsMeantPage?.(path, site) : undefined;
    if (dropped !== undefined) report({messageId: 'dropped', data: {reason: dropped}, place: {line: 1, column: 1}});
    let fm = read;
    if (!fm) {
      const unclosed = unclosedFence(text);
      if (unclosed) {
        // Its fields, a `draft: true` too, are read by no generator rule: never a silent pass.
        report({messageId: 'unclosed', data: {fence: unclosed}, place: {line: 1, column: 1}});
        return;
      }
      if (options.requireFrontMatter) report({messageId: 'none', place: {line: 1, column: 1}});
      return;
    }
    const generator = generatorOf(site);
    // A key given twice, where the generator's YAML reader keeps the last: the page is built; only a
    // repeat with another value changes what the writer wrote first (a redirect or a menu lost).
    const keepsLast = generator.keepsLastRepeatedKey?.(site);
    // (`repeated` is there only when the `yaml` package refused the block.)
    if (fm.repeated && keepsLast !== undefined) {
      for (const key of fm.repeated.keys) {
        // The page builds: a warning, as a value lost is for the writer to settle.
        // A first value that is empty (`tags: []` before the list) loses nothing.
        if (!key.same && !key.emptyFirst) report({messageId: 'repeatedKey', data: {field: key.key, first: key.first, reader: keepsLast}, place: key, severity: 'warn'});
      }
    }
    // The block as the generator's YAML reader takes it (a repeat kept last, a tab inside `[ … ]` as white space): the page is
    // built as written. Phase 1 has read it so already; not when the rule runs alone, in a remark pipeline.
    fm = asGeneratorParses(fm, site);
    // A Marp deck's block is Marp's directives, read by its loose YAML (src/front-matter-marp.ts): where the generator
    // builds the file anyway (Jekyll, without the fields meant for Marp) or not at all, only Marp's refusal is an error.
    const marp = fm.error ? fm.marp?.data : undefined;
    if (marp && (generator.buildsDespiteFrontMatterError?.(site) !== undefined || !generator.isPage(path, site, undefined))) fm = {...fm, data: marp, error: undefined};
    // Files the site never builds (a README outside the docs, `.github/` templates, Hugo archetypes) need no page fields.
    // An issue template's front matter is GitHub's (name, about, title, labels, assignees; `title: ''` prefills
    // nothing): no page field is asked of it, even where the generator's build is not modelled; it must still parse.
    const parsed = fm.error ? undefined : fm;
    const page = generator.isPage(path, site, parsed) && !unbuiltForgeTemplate(path, site, parsed);
    if (fm.error) {
      // A template (a Hugo archetype) has front matter that is only YAML/TOML once it is filled in.
      if (!page && /\{\{/.test(text)) return;
      report({messageId: 'unparsable', data: {reason: fm.error.message}, place: fm.error});
      return;
    }
    // A block of code (`---js`): only running it gives its fields, so none is judged.
    if (fm.unread !== undefined) return;
    const at = (field: string): Span => fm.keyLines[field] ?? fm.start;
    const format = fm.format.toUpperCase();

    const input = {path, site, data: fm.data, hasTopHeading: hasTopHeading(tree)};
    // The generator's needs, and any the user adds; a field the generator takes from elsewhere (file name, nav, first heading) is not asked for.
    // A page not going live yet (a draft) may still lack its fields: a draft is dated when it is published.
    // Nor a page written as something other than an HTML document (a JSON index, a feed): no reader opens it as a page.
    // Nor a template the generator reads but never writes (Eleventy `permalink: false`): its text shows, if at all, inside other pages.
    const finished = page && heldBack(path, fm, site, settings.now) === undefined && (site === undefined || (generator.writesNoDocument?.(path, site, fm) === undefined && generator.unwritten?.(path, site, fm) === undefined));
    const required = finished ? [...new Set([...generator.requiredFields(input), ...options.required])] : [];
    // A key with no value the generator reads as left out (Jekyll's nil) gives no field.
    const given = (field: string): boolean => field in fm.data && !(fm.data[field] === null && generator.readsNullAsAbsent?.(field) !== undefined);
    for (const field of required) {
      if (given(field) || generator.fieldFrom(field, input) !== undefined) continue;
      report({messageId: 'missingField', data: {field, format}, place: fm.start, details: {field}});
    }

    const title = fm.data.title;
    // GitHub's issue templates write `title: ''` on purpose: only pages need a title.
    // Nor where the generator takes the title from elsewhere when it is empty (a Hugo section from its folder).
    if (finished && typeof title === 'string' && title.trim() === '' && generator.emptyFieldFrom?.('title', input) === undefined) report({messageId: 'emptyTitle', place: at('title')});

    // Template code (a Hugo archetype's `{{ .Date }}`) is filled in later: its value cannot be judged.
    const lines = text.split('\n');
    const templated = (field: string): boolean => /\{\{|\{%/.test(lines[(fm.keyLines[field]?.line ?? 0) - 1] ?? '');

    // The dates the site's schema hands to `new Date(value)` (Astro's `z.coerce.date()`): what V8 reads is a date to the build.
    const coerced = new Set(generator.coercedDates?.(path, site) ?? []);
    const readsDate = (field: string, value: unknown): boolean => (coerced.has(field) ? coercesToDate(value) : generator.readsDate(value));
    // A date reported unreadable is not reported again as the wrong type: one defect, said once.
    const unreadable = new Set<string>();
    for (const field of options.dates) {
      const value = fm.data[field];
      if (value === undefined || value === null || value === '' || templated(field)) continue;
      // A key the generator drops before anything reads it (a zod schema strips a key it does not name) holds no date to read.
      if (readsDate(field, value) || generator.strippedKey?.(field, path, site) !== undefined) continue;
      unreadable.add(field);
      report({messageId: 'unreadableDate', data: {field, value: JSON.stringify(String(value))}, place: at(field)});
    }

    // Org-mode keywords are text by the format (`#+DRAFT: true`): the generator casts each to the type it needs.
    // The user's types, and the keys the generator (or the site's schema it reads) types that those do not name.
    const own = Object.entries(generator.fieldTypes?.(path, site) ?? {}).filter(([field]) => !(field in options.types));
    // Of those, the dates the definition takes only as a YAML timestamp (an Astro schema's plain `z.date()`): a date string there stops the build.
    const timestampOnly = new Set((generator.timestampOnly?.(path, site) ?? []).filter((field) => !(field in options.types)));
    // A YAML timestamp written without quotes is a Date to the site's YAML reader (js-yaml); quoted, or any other text, a string.
    const writtenTimestamp = (field: string, value: unknown): boolean => {
      const line = lines[(fm.keyLines[field]?.line ?? 0) - 1] ?? '';
      return readsJsYamlTimestamp(value) && !/^[^:]*:\s*["']/.test(line);
    };
    for (const [field, expected] of fm.format === 'org' ? [] : [...Object.entries(options.types), ...own]) {
      // The user's own schema (`types`) is the reader it names: an empty value is checked against it as written.
      const userTyped = field in options.types;
      if (!(field in fm.data) || templated(field) || unreadable.has(field)) continue;
      const value = fm.data[field];
      const allowed: readonly FieldType[] = typeof expected === 'string' ? [expected] : expected;
      const actual = typeOf(value);
      // A list left empty is an empty one to some readers (Eleventy's `tags: null` is `[]`), refused by others (Docusaurus' Joi).
      if (actual === 'null' && !userTyped && allowed.includes('array') && generator.emptyList?.(field, site) !== undefined) continue;
      // A key with no value the generator reads as left out (Jekyll's nil): no type to judge (a required one was reported missing above).
      if (actual === 'null' && generator.readsNullAsAbsent?.(field) !== undefined) continue;
      // A field left empty that the generator then takes from elsewhere (a Hugo section's title from its folder) is not wrong.
      if (actual === 'null' && generator.emptyFieldFrom?.(field, input) !== undefined) continue;
      if ((actual !== 'null' && allowed.includes(actual)) || (allowed.includes('date') && (actual === 'string' && timestampOnly.has(field) ? writtenTimestamp(field, value) : readsDate(field, value)))) continue;
      // A field the generator reads as a date (Hugo's `published`, an alias of publishDate) holding one is as the generator wants it.
      if (actual !== 'null' && generator.readsAsDate?.(field, site) === true && generator.readsDate(value)) continue;
      // A flag the generator casts from text (Hugo's cast.ToBool reads `draft = "false"`) is as the generator wants it.
      if (actual === 'string' && allowed.includes('boolean') && generator.castsToBoolean?.(field, value) === true) continue;
      // A number or a boolean the generator prints as its text (Hugo's cast.ToString of `title`, Jekyll's Liquid), when
      // the text printed is the text written: `title: 404` shows "404"; `1.10` would show "1.1", a YAML 1.1 `yes` "true".
      if ((actual === 'number' || actual === 'boolean') && allowed.includes('string') && generator.printsScalarAsText?.(field, value as number | boolean) !== undefined && writtenValue(lines, fm.keyLines[field]?.line) === String(value)) continue;
      report({
        messageId: 'wrongType',
        data: {field, expected: allowed.map(article).join(' or '), actual: article(actual), value: String(JSON.stringify(value)), hint: hint(allowed, actual)},
        place: at(field),
      });
    }
  },
  site({index, settings, options, fileFindings, withdraw, notice}) {
    // A page whose first heading comes from a file it includes (VitePress `<!--@include: ../README.md-->`) is
    // titled by it as if written in it: the generator expands includes before it reads the page.
    for (const {path, findings} of fileFindings()) {
      const taken = findings.filter((finding) => {
        const field = missingFieldOf(finding);
        return field !== undefined && includedTopHeading(index, path) && fieldGiven(index, path, index.facts(path)?.frontMatter?.data ?? {}, field, true);
      });
      if (taken.length > 0) withdraw(taken);
    }
    // The model guard: a field (nearly) no page of a section has is one the site does not use there (src/front-matter-guard.ts).
    if (settings.config.site?.guard === false) return;
    let guard: FrontMatterGuard | undefined;
    const withheld = new Map<string, {decision: WithheldField; findings: VFileMessage[]}>();
    for (const {path, findings} of fileFindings()) {
      for (const finding of findings) {
        const field = missingFieldOf(finding);
        if (field === undefined) continue;
        guard ??= new FrontMatterGuard(index, settings.now, (page, data, asked) => requiredOn(index, page, data, options(page)?.required ?? []).includes(asked), (page, data, asked) => asked in data || fieldGiven(index, page, data, asked));
        const decision = guard.withheld(path, field);
        if (!decision) continue;
        const key = `${decision.site}\0${decision.section}\0${field}`;
        let entry = withheld.get(key);
        if (!entry) withheld.set(key, (entry = {decision, findings: []}));
        entry.findings.push(finding);
      }
    }
    for (const {decision, findings} of [...withheld.values()]) {
      withdraw(findings);
      const where = decision.section === '' ? 'the site' : `${decision.section}/`;
      notice?.({
        site: decision.site,
        kind: 'front-matter',
        rule: 'front-matter',
        withheld: findings.length,
        total: decision.pages,
        message: `${decision.pages - decision.withField} of ${decision.pages} pages of ${where} have no "${decision.field}" field: the site evidently does not use it there; ${findings.length} finding${findings.length === 1 ? '' : 's'} left out`,
        ...(settings.verbose ? {places: findings.map((finding) => `${finding.file}:${finding.line ?? 1}:${finding.column ?? 1} ${decision.field}`)} : {}),
      });
    }
  },
});

/** What the generator reads of a page from its facts (its top heading), as the file half reads it from the tree. */
function pageInput(index: SiteIndex, path: string, data: Record<string, unknown>, withIncludes = false): PageInput {
  const own = (index.facts(path)?.headings ?? []).some((heading) => heading.depth === 1);
  return {path, site: index.site(path), data, hasTopHeading: own || (withIncludes && includedTopHeading(index, path))};
}

/** Does a file the page includes (as its generator expands it) bring a top-level heading? */
function includedTopHeading(index: SiteIndex, path: string): boolean {
  return (index.facts(path)?.includes ?? []).some((include) => {
    const included = index.resolveInclude(path, include);
    if (included === undefined || included === path) return false;
    const facts = index.facts(included);
    return facts ? facts.headings.some((heading) => heading.depth === 1) : fileHasTopHeading(included);
  });
}

/**
 * A Markdown file outside the run (a package README a docs page includes) read for an ATX `# `
 * heading outside code fences and front matter; false when it cannot be read.
 */
function fileHasTopHeading(file: string): boolean {
  if (!/\.(md|markdown)$/i.test(file)) return false;
  let text: string;
  try {
    text = readSmallFile(file);
  } catch {
    return false;
  }
  let fence: string | undefined;
  const lines = text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '').split(/\r?\n/);
  for (const line of lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence === undefined && /^ {0,3}#(?:[ \t]+\S|[ \t]*$)/.test(line) && /\S/.test(line.replace(/^ {0,3}#/, '').replace(/#+\s*$/, ''))) return true;
  }
  return false;
}

/** The fields a page must have: its generator's and the user's. */
function requiredOn(index: SiteIndex, path: string, data: Record<string, unknown>, extra: string[]): string[] {
  return [...generatorOf(index.site(path)).requiredFields(pageInput(index, path, data)), ...extra];
}

/** Does the generator take the field from elsewhere on this page (its file name, its first heading)? */
function fieldGiven(index: SiteIndex, path: string, data: Record<string, unknown>, field: string, withIncludes = false): boolean {
  return generatorOf(index.site(path)).fieldFrom(field, pageInput(index, path, data, withIncludes)) !== undefined;
}

/** The field a missing-field finding is about (its data). */
function missingFieldOf(message: object): string | undefined {
  if ((message as {messageId?: unknown}).messageId !== 'missingField') return undefined;
  const field = (message as {data?: {field?: unknown}}).data?.field;
  return typeof field === 'string' ? field : undefined;
}

/** A plain value as written on its key's line (`title: 404  # the page`, `title = 404`): the text after the key, less a comment. */
function writtenValue(lines: string[], line: number | undefined): string | undefined {
  const text = line === undefined ? undefined : lines[line - 1];
  const value = text === undefined ? undefined : /^\s*[^\s:=#][^:=]*?\s*[:=]\s*(.*)$/.exec(text)?.[1];
  return value?.replace(/\s+#.*$/, '').trim();
}

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

function hint(allowed: readonly FieldType[], actual: string): string {
  if (allowed.includes('boolean') && actual === 'string') return '; write true or false without quotes';
  if (allowed.includes('string') && (actual === 'number' || actual === 'boolean')) return '; put the value in quotes';
  return '';
}


/** The words a written date may hold: month and weekday names, the `T`/`Z` of ISO 8601, a zone, AM/PM, an ordinal's suffix. */
const dateWord = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|t|z|utc|gmt|ut|[ecmp][sd]t|am|pm|st|nd|rd|th)$/i;

/**
 * Does `new Date(value)` make a valid date of this value, as zod's `z.coerce.date()` does before it checks
 * (V8's Date parser, the one the build runs: lenient, `2024-05-01:09:30.000Z` is 09:30 UTC that day)?
 * Read through its text, as written: a YAML timestamp is a Date already, a number the year it spells.
 */
function coercesToDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const text = String(value).trim();
  if (Number.isNaN(new Date(text).getTime())) return false;
  // V8's fallback parser skips words it does not know and takes 2001 for a missing year (`TODO 2024`, `tbd 1`, `May 1`
  // all parse): the build's date is then not one written. A date is read when its words are date words and it has a year.
  const words = text.replace(/\([^()]*\)/g, '').match(/[A-Za-z]+/g) ?? [];
  if (!/\d{4}/.test(text) || words.some((word) => !dateWord.test(word))) return false;
  // V8 rolls a day the month lacks over (`2024-02-30` is March 1st): the build's date is not the one written.
  const day = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (!day) return true;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}
