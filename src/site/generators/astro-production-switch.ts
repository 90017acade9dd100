/**
 * Conditions an Astro module's code tests that hold in the production build (`astro build`), read as text:
 * Vite sets `import.meta.env.PROD` true, `DEV` false and `MODE` "production" there (vite's env docs,
 * "Env Variables and Modes"). A name bound once to such a test (`const isProduction =
 * import.meta.env.MODE === "production"`) in the module, or exported by a module it imports (relative or
 * through a tsconfig alias), holds too; nothing further is followed. Any other condition is unknown.
 */
import {readText} from './common.js';
import {escapeRegExp} from '../../links/patterns.js';
import {moduleFile, type Alias} from './tsconfig-paths.js';
import {ownImports} from './js-source.js';

/** A test of Vite's env that is true in production: `PROD`, `!DEV`, `MODE === "production"` (either side). */
const productionTest = /^(?:import\.meta\.env\.PROD|!\s*import\.meta\.env\.DEV|import\.meta\.env\.MODE\s*===?\s*(["'])production\1|(["'])production\2\s*===?\s*import\.meta\.env\.MODE)$/;

/**
 * The expression a name is bound to with `const` in `text`, up to the end of its statement: a line
 * starting with an operator (`&& …`, `|| …`, `? …`) goes on with it, without a semicolon too.
 */
function boundValue(text: string, name: string): string | undefined {
  return new RegExp(String.raw`\bconst\s+${escapeRegExp(name)}\s*(?::[^=]+)?=\s*([^;\n]+(?:\n[ \t]*(?:[-+*/%&|^?:<>=!.,]|\?\?)[^;\n]*)*)`).exec(text)?.[1]?.trim();
}

/** Is `condition`, written in the module at `path` (its text `text`), true in the production build? */
export function holdsInProduction(condition: string, path: string, text: string, aliases: readonly Alias[]): boolean {
  const test = condition.trim().replace(/^\((.*)\)$/s, '$1').trim();
  if (productionTest.test(test)) return true;
  if (!/^[A-Za-z_$][\w$]*$/.test(test)) return false;
  const local = boundValue(text, test);
  if (local !== undefined) return productionTest.test(local);
  for (const match of text.matchAll(ownImports)) {
    const names = match[1]!.split(',').map((item) => item.trim().split(/\s+as\s+/));
    const item = names.find(([exported, alias]) => (alias ?? exported) === test);
    if (!item) continue;
    const file = moduleFile(path, match[3]!, aliases);
    const imported = file ? readText(file) : undefined;
    const value = imported === undefined ? undefined : boundValue(imported, item[0]!);
    return value !== undefined && productionTest.test(value);
  }
  return false;
}
