/**
 * Astro's `base` and `site`, top-level options of the config's own object (`defineConfig({…})`),
 * read as text, never run. Astro serves every page and every `public/` file below `base`, in
 * `astro dev` and in the build (its dev server answers 404 outside it), and it leaves Markdown
 * and MDX links as written: a site-root link in content carries the base itself
 * (`/docs/guides/x/` where base is `/docs`), and one written without it leads outside the site
 * (Astro docs, configuration reference: `base`; Starlight discussion #1763). The same names
 * inside the object (`starlight({…})`, `vite: {base}`, a sidebar item's options) are not Astro's.
 */
import {dirname} from 'node:path';
import {configObjectOf, topLevelExpression} from './config-text.js';
import {configSettings, settingFileText, settingOf} from './config-settings.js';
import {withoutComments} from './js-source.js';

export interface AstroBaseReading {
  /** The literal `base`, a path with no trailing slash (`/docs`); absent when the site is served at the root or the value is computed. */
  base?: string;
  /** The literal paths a computed `base` may take (`process.env.CI ? '/repo' : '/'`), non-root ones only. */
  candidates?: string[];
  /** The literal `site` URL. */
  site?: string;
}

/** The site path a `base` value names: leading slash, no trailing one; undefined for the root. */
function basePath(value: string): string | undefined {
  const path = `/${value.trim().replace(/^\/+|\/+$/g, '')}`;
  return path === '/' ? undefined : path;
}

/** A module-level `const name = 'literal'` of the config's text. */
function constantOf(text: string, name: string): string | undefined {
  return new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*(?::[^=;]*)?=\\s*(['"\`])([^'"\`$]*)\\1\\s*(?:;|\\n|$)`).exec(text)?.[2];
}

/**
 * `base` and `site` from the config's text; empty when the config builds its object some other way.
 * Given the config's file, they are read as its exported object is built (config-settings.ts: spreads
 * of objects imported from the site's own modules, `defineConfig`, `mergeConfig`), as VitePress's are.
 */
export function astroBase(configText: string, configFile?: string): AstroBaseReading {
  const text = withoutComments(configText);
  const parts = configFile !== undefined ? configSettings(configFile, configText, {within: dirname(configFile)}) : undefined;
  const object = configObjectOf(text);
  if (object === undefined && parts === undefined) return {};
  const written = (key: string): {expression: string; text: string; unknown?: true} | undefined => {
    if (parts === undefined) {
      const expression = topLevelExpression(object!, key);
      return expression === undefined ? undefined : {expression, text};
    }
    const setting = settingOf(parts, key);
    if (setting === undefined) return undefined;
    if (!('unknown' in setting)) return {expression: setting.value, text: settingFileText(setting)};
    // A part postlint cannot read after the key's last setting may set it: the value written before
    // that part is only one the site may get (the other: whatever the part sets, the root among them).
    const before = [...parts].reverse().find((part): part is {key: string; value: string; file: string} => 'key' in part && part.key === key);
    return before ? {expression: before.value, text: settingFileText(before), unknown: true} : undefined;
  };
  const siteSetting = written('site');
  const site = siteSetting && !siteSetting.unknown ? /^(['"`])([^'"`$]*)\1$/.exec(siteSetting.expression)?.[2] : undefined;
  const reading: AstroBaseReading = site !== undefined && /^https?:\/\//i.test(site) ? {site} : {};
  const baseSetting = written('base');
  if (baseSetting === undefined) return reading;
  if (baseSetting.unknown) {
    // Never read as the root: the literal written before the unread part is a candidate, so links below it are unverifiable.
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(baseSetting.expression)?.[2] ?? (/^[A-Za-z_$][\w$]*$/.test(baseSetting.expression) ? constantOf(baseSetting.text, baseSetting.expression) : undefined);
    const path = literal !== undefined ? basePath(literal) : undefined;
    return path ? {...reading, candidates: [path]} : reading;
  }
  const expression = baseSetting.expression;
  const literal = /^(['"`])([^'"`$]*)\1$/.exec(expression)?.[2] ?? (/^[A-Za-z_$][\w$]*$/.test(expression) ? constantOf(baseSetting.text, expression) : undefined);
  if (literal !== undefined) {
    const path = basePath(literal);
    return path ? {...reading, base: path} : reading;
  }
  // A computed base: the literal paths it may take are its candidates; which one the deployed build used is unknown.
  const candidates = [...new Set([...expression.matchAll(/(['"`])(\/[^'"`$]*)\1/g)].map((match) => basePath(match[2]!)).filter((path): path is string => path !== undefined))];
  return candidates.length > 0 ? {...reading, candidates} : reading;
}
