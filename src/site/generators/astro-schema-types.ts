/**
 * The front-matter types an Astro site's own content collection schemas give (zod, in
 * `src/content.config.*` or `src/content/config.*`, or a module it imports: `import {noteSchema}
 * from '~/types'` through tsconfig `paths`, a relative import, `export * from './base'`), read as
 * text, never run. Astro validates each entry's front matter against its collection's schema and
 * stops the build on a mismatch (withastro/astro packages/astro/src/content/utils.ts getEntryData, getEntryDataAndImages since Astro 4:
 * `schema.safeParseAsync(data)`); a key the schema does not name has no type (zod's object strips it).
 *
 * Read: a key at the top level of a `z.object({…})` (or `.extend({…})`) whose value is a plain
 * `z.date()`, `z.coerce.date()`, `z.date({coerce: true})`, `z.boolean()`, `z.string()`, `z.number()`,
 * `z.array(…)` or `z.object(…)`, with modifiers that keep its type (`.optional()`, `.default(…)`,
 * `.describe(…)`, `.min(…)`). A value postlint cannot type from its text (a union, `.or(…)`,
 * `.transform(…)`, `z.coerce.boolean()`, `image()`, `reference(…)`, `.nullable()`) leaves the key
 * untyped there; a key typed two ways in two schemas (two collections) may hold either type.
 *
 * A plain `z.date()` (no `z.coerce`, no `{coerce: true}`) takes a Date only: a YAML timestamp written
 * without quotes (`published: 2024-01-05`). A quoted date (`'2024-01-05'`) is a string to the YAML
 * reader, and zod refuses it ("Expected type "date", received "string""), so the build stops: such keys
 * are listed apart (`schemaTimestamps`), where a date string is the wrong type.
 *
 * `z.coerce.date()` (and `z.date({coerce: true})`) hands the value to `new Date(value)` before it checks it
 * (colinhacks/zod ZodDate._parse: `if (this._def.coerce) input.data = new Date(input.data)`): the build takes any
 * text V8's Date reads, `2024-05-01:09:30.000Z` too. Keys every schema coerces so (and types as nothing else) are
 * listed apart too (`schemaCoercedDates`): their value is a date when `new Date(String(value))` is one.
 */
import {join} from 'node:path';
import {isFile, readText} from './common.js';
import {bracketCloses, topLevelParts, withoutComments} from './js-source.js';
import {moduleFile, tsconfigAliases, type Alias} from './tsconfig-paths.js';
import type {FieldType} from './types.js';

/** The content config files Astro reads, newest layout first (Astro 5's `src/content.config.*`, then 2–4's). */
export const contentConfigFiles = ['src/content.config.ts', 'src/content.config.mts', 'src/content.config.js', 'src/content.config.mjs', 'src/content/config.ts', 'src/content/config.mts', 'src/content/config.js', 'src/content/config.mjs'];

/** At most this many modules are read, following imports from the content config. */
const maxModules = 40;

const zodTypes: Record<string, FieldType> = {date: 'date', boolean: 'boolean', string: 'string', number: 'number', array: 'array', object: 'object'};

/** Chained calls after which the value's type is no longer the one the chain starts with (or may be null). */
const retyping = new Set(['or', 'and', 'transform', 'preprocess', 'pipe', 'catch', 'nullable', 'nullish', 'superRefine']);

/** What the site's collection schemas say of the front matter, read at detection into the site's config. */
export interface AstroSchemaReading {
  /** The types the schemas give each front-matter key they type plainly. */
  schemaTypes: Record<string, FieldType[]>;
  /** The date keys every schema types with a plain `z.date()`: a Date only, a quoted date string refused. */
  schemaTimestamps: string[];
  /** The date keys every schema types with `z.coerce.date()` (or `z.date({coerce: true})`): whatever `new Date(value)` reads is a date. */
  schemaCoercedDates: string[];
  /**
   * Every key the schemas name, when each collection's schema is an object schema read whole (no spread,
   * `.passthrough()`, `z.record(…)`, …): zod's object keeps only the keys it names (ZodObject._parse strips
   * the rest, "unknownKeys: strip" by default), so a key none names never reaches `entry.data`. Absent otherwise.
   */
  schemaKeys?: string[];
}

/** The types the site's collection schemas give each front-matter key they type plainly; empty without a content config. */
export function astroSchemaFieldTypes(root: string): AstroSchemaReading {
  const config = contentConfigFiles.map((name) => join(root, name)).find(isFile);
  if (config === undefined) return {schemaTypes: {}, schemaTimestamps: [], schemaCoercedDates: []};
  const texts = moduleTexts(config, tsconfigAliases(root));
  const found = new Map<string, Set<FieldType> | 'untyped'>();
  // Whether every date typing of the key is a plain `z.date()`.
  const timestamps = new Map<string, boolean>();
  // The keys some schema types with a plain `z.date()`.
  const plainDates = new Set<string>();
  for (const text of texts) {
    for (const [key, value] of objectKeyTypes(text)) {
      const known = found.get(key);
      if (value === undefined || known === 'untyped') found.set(key, 'untyped');
      else found.set(key, new Set([...(known ?? []), value.type]));
      if (value?.type === 'date') timestamps.set(key, (timestamps.get(key) ?? true) && value.timestamp);
      if (value?.type === 'date' && value.timestamp) plainDates.add(key);
    }
  }
  const schemaTypes: Record<string, FieldType[]> = {};
  for (const [key, value] of found) if (value !== 'untyped') schemaTypes[key] = [...value];
  // A key typed as a date only, and coerced by every schema that types it: a key typed otherwise somewhere keeps the YAML reading.
  const coerced = [...timestamps.keys()].filter((key) => !plainDates.has(key) && schemaTypes[key]?.length === 1);
  const reading: AstroSchemaReading = {schemaTypes, schemaTimestamps: [...timestamps].filter(([key, only]) => only && key in schemaTypes).map(([key]) => key), schemaCoercedDates: coerced};
  return schemasReadWhole(texts) ? {...reading, schemaKeys: [...found.keys()]} : reading;
}

/** Code by which a schema keeps keys it does not name, or names keys postlint does not read from its text. */
const keepsOtherKeys = /\.\s*(?:passthrough|catchall|loose|merge|and)\s*\(|z\s*\.\s*(?:looseObject|record|any|unknown|intersection|union|lazy|preprocess)\s*\(/;

/**
 * Is every collection's schema an object schema whose keys are all read? Each `defineCollection({…})`
 * gives `schema:` as `z.object({…})` (or a function returning one); each object's entries are plain
 * `key: value` pairs (no spread, no shorthand); nothing keeps unnamed keys. A collection without a
 * schema passes its front matter on whole; a loader's own schema is not read.
 */
function schemasReadWhole(texts: readonly string[]): boolean {
  const code = texts.join('\n');
  if (keepsOtherKeys.test(code)) return false;
  // A collection's config or an extension given by a name (`defineCollection(config)`, `.extend(base.shape)`) is not read.
  if (/(?:\bdefineCollection|\.\s*extend)\s*\((?!\s*\{)/.test(code)) return false;
  const collections = [...code.matchAll(/\bdefineCollection\s*\(\s*\{/g)];
  if (collections.length === 0) return false;
  const closes = bracketCloses(code);
  for (const match of collections) {
    const open = match.index + match[0].length - 1;
    const parts = topLevelParts(code.slice(open + 1, closes.get(open) ?? code.length));
    const schema = parts.map((part) => /^schema\s*:\s*([\s\S]*)$/.exec(part)?.[1]).find((value) => value !== undefined);
    if (schema === undefined || !/^(?:(?:async\s*)?\([^)]*\)\s*=>\s*)?z\s*\.\s*(?:strictObject|object)\s*\(\s*\{/.test(schema)) return false;
  }
  // Every object's entries, and every `.extend({…})`'s, are plain `key: value` pairs.
  for (const match of code.matchAll(/(?:\bz\s*\.\s*(?:strictObject|object)|\.\s*extend)\s*\(\s*\{/g)) {
    const open = match.index + match[0].length - 1;
    if (topLevelParts(code.slice(open + 1, closes.get(open) ?? code.length)).some((part) => !/^(["']?)[A-Za-z_$][\w$-]*\1\s*:/.test(part))) return false;
  }
  return true;
}

/** The texts of the content config and the modules it imports (relative or through a tsconfig alias), comments left out. */
export function moduleTexts(config: string, alias: readonly Alias[]): string[] {
  const seen = new Set<string>([config]);
  const queue = [config];
  const texts: string[] = [];
  for (let at = 0; at < queue.length && at < maxModules; at++) {
    const text = withoutComments(readText(queue[at]!) ?? '');
    texts.push(text);
    for (const match of text.matchAll(/\b(?:import|export)\s+(?!type\s)[\w$*{},\s]{0,400}?\bfrom\s+['"]([^'"]+)['"]/g)) {
      const file = moduleFile(queue[at]!, match[1]!, alias);
      if (file === undefined || seen.has(file) || /\.json$/.test(file)) continue;
      seen.add(file);
      queue.push(file);
    }
  }
  return texts;
}

/**
 * Each key at the top level of the text's outermost object schemas (`z.object({…})`, `.extend({…})`),
 * with the type its value has, or undefined when its text does not say one plainly. Keys of an object
 * nested as another key's value are that object's, not the front matter's: they are not read.
 */
function objectKeyTypes(text: string): Array<[string, ZodValue | undefined]> {
  const closes = bracketCloses(text);
  const bodies: Array<{open: number; close: number}> = [];
  for (const match of text.matchAll(/(?:\bz\s*\.\s*(?:strictObject|object)|\.\s*extend)\s*\(\s*\{/g)) {
    const open = match.index + match[0].length - 1;
    bodies.push({open, close: closes.get(open) ?? text.length});
  }
  const outermost = bodies.filter((body) => !bodies.some((other) => other !== body && other.open < body.open && body.close <= other.close));
  const keys: Array<[string, ZodValue | undefined]> = [];
  for (const {open, close} of outermost) {
    for (const part of topLevelParts(text.slice(open + 1, close))) {
      const key = /^(["']?)([A-Za-z_$][\w$-]*)\1\s*:\s*([\s\S]*)$/.exec(part);
      if (key) keys.push([key[2]!, valueType(key[3]!)]);
    }
  }
  return keys;
}

/** A zod value's type; for a date, whether it takes a Date only (`z.date()`, no coercion). */
interface ZodValue {
  type: FieldType;
  timestamp: boolean;
}

/** The type a zod value expression gives, when its text says one plainly. */
function valueType(value: string): ZodValue | undefined {
  const start = /^z\s*\.\s*(coerce\s*\.\s*)?(\w+)\s*\(/.exec(value);
  const type = start ? zodTypes[start[2]!] : undefined;
  if (!start || type === undefined) return undefined;
  // `z.coerce.date()` reads a date string as the date; other coercions take any value.
  if (start[1] !== undefined && type !== 'date') return undefined;
  const closes = bracketCloses(value);
  let at = closes.get(start[0].length - 1);
  if (at === undefined) return undefined;
  // `z.date({coerce: true})` coerces as `z.coerce.date()` does.
  const timestamp = type === 'date' && start[1] === undefined && !/\bcoerce\s*:\s*true\b/.test(value.slice(start[0].length, at));
  // The chain after the call: `.optional()`, `.describe('…')`, …
  for (;;) {
    const link = /^\s*\.\s*(\w+)\s*\(/.exec(value.slice(at + 1));
    if (!link) break;
    if (retyping.has(link[1]!)) return undefined;
    at = closes.get(at + link[0].length);
    if (at === undefined) return undefined;
  }
  return value.slice(at + 1).trim() === '' ? {type, timestamp} : undefined;
}

