/**
 * Unquoted words a YAML 1.1 reader takes as booleans (`draft: yes`) and the `yaml` package, reading
 * YAML 1.2's core schema as js-yaml does, takes as text. Which words, if any, is each generator's
 * reader's to say (Generator.yamlBoolean): go-yaml v2 (Hugo before v0.152) takes y/yes/on and
 * n/no/off in three casings; Ruby's Psych (Jekyll) yes/on and no/off in any casing; PyYAML (MkDocs)
 * yes/on and no/off in three casings; js-yaml (gray-matter) and goccy/go-yaml (Hugo from v0.152) none.
 */
import type {Node} from 'yaml';

/** A value written as a bare word some YAML 1.1 reader takes as a boolean: where it is in the data, and the word. */
export interface BooleanWord {
  path: Array<string | number>;
  word: string;
}

/** The words any of those readers takes as a boolean (the widest set: go-yaml v2's single letters, Psych's any casing). */
const anyReadersWord = /^(?:y|n|yes|no|on|off)$/i;

/** A cheap look before parsing: such a word as a value (`key: yes`, `- no`, `[on, off]`). */
const mayHold = /(?:^|[:\-,[{]\s*)(?:y|n|yes|no|on|off)[ \t]*(?:$|[,\]}#])/im;

/** The plain (unquoted) values of a block that are such a word; undefined when there are none or the block does not parse. */
export async function booleanWords(text: string): Promise<BooleanWord[] | undefined> {
  if (!mayHold.test(text)) return undefined;
  const {parseDocument, isMap, isSeq, isScalar} = await import('yaml');
  const doc = parseDocument(text, {prettyErrors: false, uniqueKeys: false, logLevel: 'error'});
  if (doc.errors.length > 0) return undefined;
  const found: BooleanWord[] = [];
  const walk = (node: Node | null | undefined, path: Array<string | number>, depth: number): void => {
    if (depth > 20) return;
    if (isScalar(node)) {
      if (node.type === 'PLAIN' && typeof node.value === 'string' && anyReadersWord.test(node.value)) found.push({path, word: node.value});
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key === 'string' || typeof key === 'number') walk(pair.value as Node | null, [...path, String(key)], depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as Node, [...path, index], depth + 1));
    }
  };
  walk(doc.contents as Node | null, [], 0);
  return found.length > 0 ? found : undefined;
}

/**
 * The data with each such word the reader takes as a boolean made that boolean (copies along the
 * way, the rest shared); the same object when the reader takes none.
 */
export function withBooleanWords(data: Record<string, unknown>, words: readonly BooleanWord[], asBoolean: (word: string) => boolean | undefined): Record<string, unknown> {
  let result = data;
  for (const {path, word} of words) {
    const value = asBoolean(word);
    if (value === undefined || path.length === 0) continue;
    result = setAt(result, path, word, value) as Record<string, unknown>;
  }
  return result;
}

/**
 * A copy of `container` with the value at `path` replaced, when the path leads to the word still there (a key
 * written twice holds its last value: only that one's word counts); the same object otherwise.
 */
function setAt(container: unknown, path: ReadonlyArray<string | number>, word: string, value: boolean): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return container === word ? value : container;
  if (Array.isArray(container) && typeof step === 'number' && step < container.length) {
    const inner = setAt(container[step], rest, word, value);
    if (inner === container[step]) return container;
    const copy = [...container];
    copy[step] = inner;
    return copy;
  }
  if (container && typeof container === 'object' && !Array.isArray(container) && typeof step === 'string' && Object.hasOwn(container, step)) {
    const inner = (container as Record<string, unknown>)[step];
    const replaced = setAt(inner, rest, word, value);
    return replaced === inner ? container : {...(container as Record<string, unknown>), [step]: replaced};
  }
  return container;
}

/** go-yaml v2's resolve table (gopkg.in/yaml.v2 resolve.go): y, yes, on and n, no, off, each lower, Title or UPPER case. */
export function goYamlV2Boolean(word: string): boolean | undefined {
  return threeCasings(word, ['y', 'yes', 'on'], ['n', 'no', 'off']);
}

/** PyYAML's resolver (resolver.py bool): yes, on and no, off, each lower, Title or UPPER case. */
export function pyYamlBoolean(word: string): boolean | undefined {
  return threeCasings(word, ['yes', 'on'], ['no', 'off']);
}

/** Ruby's Psych (scalar_scanner.rb tokenize: `/^(yes|true|on)$/i`, `/^(no|false|off)$/i`): any casing. */
export function psychBoolean(word: string): boolean | undefined {
  if (/^(?:yes|on)$/i.test(word)) return true;
  if (/^(?:no|off)$/i.test(word)) return false;
  return undefined;
}

function threeCasings(word: string, yes: readonly string[], no: readonly string[]): boolean | undefined {
  const casings = (w: string): string[] => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()];
  if (yes.some((w) => casings(w).includes(word))) return true;
  if (no.some((w) => casings(w).includes(word))) return false;
  return undefined;
}
