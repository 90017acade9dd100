import {closest} from './closest.js';

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Keywords that say least about what is wrong: among errors at one place, pick the others. */
const vagueKeywords: Record<string, number> = {if: 4, oneOf: 3, anyOf: 3, type: 2};

/** Where an error points: for an unknown key, the key itself. */
function place(error: SchemaError): string[] {
  const segments = pointerSegments(error.instancePath);
  if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
  return segments;
}

/**
 * One line for each place the config is wrong, every place at once. Ajv (allErrors) reports each
 * branch of a `oneOf`/`if` and the parent's summary too: at each place only the most telling error
 * is kept, and a summary error at a place (oneOf, a branch's type) is dropped when a deeper
 * place inside it has an error of its own (the deeper one names the bad key). Unknown keys get "did you mean" from the keys the schema allows there.
 */
export function describeSchemaErrors(errors: SchemaError[], schema: Record<string, unknown>): string[] {
  const located = errors.filter((e) => e.keyword !== 'if').map((error) => ({error, segments: place(error)}));
  const keys = located.map(({segments}) => segments.join('\u0000'));
  const best = new Map<string, {error: SchemaError; segments: string[]}>();
  for (const [i, entry] of located.entries()) {
    const key = keys[i]!;
    // A summary (`oneOf`, a branch's `type`) is dropped when a deeper place says what is wrong.
    const deeper = keys.some((other) => other !== key && (key === '' ? other !== '' : other.startsWith(`${key}\u0000`)));
    if (deeper && entry.error.keyword in vagueKeywords) continue;
    const current = best.get(key);
    if (!current || (vagueKeywords[entry.error.keyword] ?? 0) < (vagueKeywords[current.error.keyword] ?? 0)) best.set(key, entry);
  }
  const lines = [...best.values()].map(({error, segments}) => describe(error, segments, schema));
  return lines.length > 0 ? [...new Set(lines)] : ['invalid config'];
}

function describe(error: SchemaError, segments: string[], schema: Record<string, unknown>): string {
  if (error.keyword === 'additionalProperties') {
    const key = segments.at(-1)!;
    const inRules = segments.at(-2) === 'rules' && (segments.length === 2 || (segments[0] === 'overrides' && segments.length === 4));
    const allowed = Object.keys((schemaAt(schema, error.schemaPath)?.properties ?? {}) as Record<string, unknown>);
    const hint = suggest(key, allowed);
    if (inRules) return `${keyPath(segments)}: unknown rule "${key}"${hint ? `; did you mean "${hint}"?` : '; see postlint --list-rules'}`;
    return `${keyPath(segments)}: unknown ${segments.length === 1 ? 'setting' : 'key'} "${key}"${hint ? `; did you mean "${hint}"?` : ''}`;
  }
  const path = segments.length > 0 ? keyPath(segments) : '(top level)';
  if (error.keyword === 'type' && segments.at(-2) === 'rules') return `${path}: must be "off", "warn", "error" or [level, {options}]`;
  if (error.keyword === 'enum') return `${path}: must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${path}: ${error.message ?? 'is invalid'}`;
}

/** A near key, ignoring case first ("allowprivate" → "allowPrivate"), then by edit distance. */
export function suggest(word: string, candidates: string[]): string | undefined {
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === word.toLowerCase());
  return sameLetters ?? closest(word, candidates);
}

/** The schema object that holds the keyword an error's schemaPath ends with. */
function schemaAt(schema: Record<string, unknown>, schemaPath: string): Record<string, unknown> | undefined {
  const segments = pointerSegments(schemaPath.replace(/^#/, '')).slice(0, -1);
  let node: unknown = schema;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : undefined;
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `rules.no-drafts[1].allow`, the way people read a config path. */
export function keyPath(segments: string[]): string {
  let out = '';
  for (const segment of segments) out += /^\d+$/.test(segment) ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}
