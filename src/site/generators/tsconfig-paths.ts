/**
 * A project's module aliases, as TypeScript and Vite-based builds (Astro) resolve them: the wildcard
 * entries of tsconfig.json's `compilerOptions.paths` (`"~/*": ["src/*"]`), against `baseUrl`. Read as
 * JSON with comments and trailing commas; an `extends` chain is not followed (its aliases stay unknown).
 */
import {join, resolve} from 'node:path';
import {readText} from './common.js';
import {relativeModuleFile, withoutComments} from './js-source.js';

export interface Alias {
  /** What a specifier starts with (`~/`). */
  prefix: string;
  /** The folder that prefix stands for, absolute. */
  folder: string;
}

/** The tsconfig's wildcard aliases; none when it has none or cannot be read. */
export function tsconfigAliases(root: string): Alias[] {
  const text = readText(join(root, 'tsconfig.json'));
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = JSON.parse(withoutComments(text).replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return [];
  }
  const options = (data as {compilerOptions?: {baseUrl?: unknown; paths?: unknown}} | null)?.compilerOptions;
  const base = resolve(root, typeof options?.baseUrl === 'string' ? options.baseUrl : '.');
  const paths = typeof options?.paths === 'object' && options.paths !== null ? (options.paths as Record<string, unknown>) : {};
  const found: Alias[] = [];
  for (const [pattern, targets] of Object.entries(paths)) {
    const target = Array.isArray(targets) && typeof targets[0] === 'string' ? targets[0] : undefined;
    if (target === undefined || !pattern.endsWith('/*') || !target.endsWith('/*')) continue;
    found.push({prefix: pattern.slice(0, -1), folder: resolve(base, target.slice(0, -2))});
  }
  return found;
}

/** The file a specifier names from the module `from`: relative, or through an alias; a package's is not looked for. */
export function moduleFile(from: string, specifier: string, aliases: readonly Alias[]): string | undefined {
  if (specifier.startsWith('.')) return relativeModuleFile(from, specifier);
  const alias = aliases.find(({prefix}) => specifier.startsWith(prefix));
  // relativeModuleFile resolves against the folder of `from`: give it a file inside the alias's folder.
  return alias ? relativeModuleFile(join(alias.folder, 'x'), `./${specifier.slice(alias.prefix.length)}`) : undefined;
}
