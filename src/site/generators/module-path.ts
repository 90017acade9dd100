/**
 * A config setting written as a path from its own module's location, which Node computes when the
 * config is loaded: `fileURLToPath(new URL('../..', import.meta.url))` (URL resolution against the
 * module's file URL: `..` from `docs/.vitepress/config.ts` is `docs/`), `resolve(__dirname, '..')`
 * or `path.join(__dirname, 'src')` (from the module's folder). Only literal segments are read.
 */
import {dirname, resolve} from 'node:path';

// `fileURLToPath(new URL('..', import.meta.url))` (or `url.fileURLToPath`) and `new URL('..', import.meta.url).pathname`.
const urlForms = [
  /^(?:url\.)?fileURLToPath\s*\(\s*new\s+URL\s*\(\s*(['"`])([^'"`$]*)\1\s*,\s*import\.meta\.url\s*\)\s*\)$/,
  /^new\s+URL\s*\(\s*(['"`])([^'"`$]*)\1\s*,\s*import\.meta\.url\s*\)\.pathname$/,
];
const dirnameForm = /^(?:path\.)?(?:resolve|join)\s*\(\s*(?:__dirname|import\.meta\.dirname)\s*((?:,\s*(['"`])[^'"`$]*\2\s*)*)\)$/;

/** The absolute path `value` (a setting's source text, written in `file`) names, or undefined when it is not one of those forms. */
export function modulePathOf(value: string, file: string): string | undefined {
  const text = value.trim();
  // `new URL(x, base)` resolves `x` against the module's file, as `resolve` does from its folder.
  const url = urlForms.map((form) => form.exec(text)).find((found) => found !== null);
  if (url) return resolve(dirname(file), url[2]!);
  const joined = dirnameForm.exec(text);
  if (!joined) return undefined;
  const segments = [...joined[1]!.matchAll(/(['"`])([^'"`$]*)\1/g)].map((segment) => segment[2]!);
  return resolve(dirname(file), ...segments);
}
