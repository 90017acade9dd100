/**
 * gray-matter's front-matter languages (jonschlinkert/gray-matter index.js and lib/engine.js; the
 * reader of Eleventy, Docusaurus and VitePress): the opening `---` may name the block's language on
 * its own line (`---json`, `---js`, `---yaml`), and the block is read by the engine of that name
 * (`js`/`javascript`, `yaml`/`yml` are aliases; any other name must be registered, or gray-matter
 * throws and the build fails). A fourth `-` makes it no front matter at all. Eleventy's docs:
 * https://www.11ty.dev/docs/data-frontmatter/#alternative-front-matter-formats.
 */

/** How postlint reads a block of a language: as YAML, JSON or TOML, or not at all (code only running it gives fields). */
export type FrontMatterReading = 'yaml' | 'json' | 'toml' | 'code';

/** gray-matter's own engines (lib/engines.js): `javascript` is evaluated, so its fields are code. */
export const grayMatterEngines: Readonly<Record<string, FrontMatterReading>> = {yaml: 'yaml', json: 'json', javascript: 'code'};

/** The language named after the opening fence (`---json`), and where the name is on line 1 (1-based columns). */
export interface FenceLanguage {
  name: string;
  column: number;
  endColumn: number;
}

/** The language a file's opening `---<name>` line names; undefined for a plain `---` line (YAML) or no fence. */
export function fenceLanguage(text: string): FenceLanguage | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // gray-matter: `---` then not a fourth `-`; the rest of the line, trimmed, is the language.
  const match = /^---([^-\r\n][^\r\n]*)(?=\r?\n)/.exec(text.slice(bom));
  const name = match?.[1]!.trim();
  if (!match || !name) return undefined;
  const column = bom + 4 + match[1]!.indexOf(name);
  return {name, column, endColumn: column + name.length};
}

/**
 * The text with the language name blanked to spaces (same length: every position stays), so the
 * Markdown parser's front-matter extension reads the block as it reads a `---` block.
 */
export function withoutFenceLanguage(text: string, language: FenceLanguage): string {
  return text.slice(0, language.column - 1) + ' '.repeat(language.endColumn - language.column) + text.slice(language.endColumn - 1);
}

/** The engine gray-matter picks for a name (lib/engine.js: the name, else its alias), in `engines`. */
export function engineFor(name: string, engines: Readonly<Record<string, FrontMatterReading>>): FrontMatterReading | undefined {
  const lower = name.toLowerCase();
  const alias = lower === 'js' || lower === 'javascript' ? 'javascript' : lower === 'yml' || lower === 'yaml' ? 'yaml' : lower === 'coffee' || lower === 'coffeescript' || lower === 'cson' ? 'coffee' : name;
  return Object.hasOwn(engines, name) ? engines[name] : Object.hasOwn(engines, alias) ? engines[alias] : undefined;
}
