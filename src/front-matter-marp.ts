/**
 * A Marp slide deck's front matter. Marp for VS Code and marp-cli take a Markdown file as a deck when
 * its front matter has a line `marp: true` (marp-vscode: `/^marp\s*:\s*true\s*$/m` on the block's
 * text, no YAML read), and the block is then Marp's directives, read by Marpit's "loose YAML"
 * (marp-team/marpit src/markdown/directives/yaml.js, on in Marp Core: `looseYAML: true`): on a line
 * whose key is a directive (`style`, `backgroundColor`, `theme`, `class`… and Marp Core's `size` and
 * `math`, also as `_class` spot directives), a value not opening with one of ``["'{|>~&*`` is taken
 * as a quoted string, so `style: pre { font-size: 40px; }` and `backgroundColor: #000` are text,
 * not YAML errors. Other lines are plain YAML.
 */

/** Marpit's built-in directives (src/markdown/directives/directives.js) and Marp Core's own (`size`, `math`). */
const directives = ['headingDivider', 'style', 'theme', 'lang', 'backgroundColor', 'backgroundImage', 'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'class', 'color', 'footer', 'header', 'paginate', 'size', 'math'];

/** The characters that keep a loose value as YAML (Marpit's `yamlSpecialChars`). */
const yamlSpecial = `["'{|>~&*`;

const marpLine = /^marp\s*:\s*true\s*$/m;
const looseLine = new RegExp(`^((?:${directives.map((name) => `_?${name}|"_?${name}"|'_?${name}'`).join('|')})\\s*:)(.+)$`);

/** Is the block a Marp deck's (a `marp: true` line, as Marp for VS Code finds it)? */
export function isMarpBlock(text: string): boolean {
  return marpLine.test(text);
}

/** The block as Marpit's loose YAML rewrites it before reading: each directive's plain value quoted. */
export function marpLooseText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(looseLine, (original, key: string, value: string) => {
        const trimmed = value.trim();
        if (trimmed === '' || yamlSpecial.includes(trimmed[0]!)) return original;
        const spaces = value.slice(0, value.length - value.trimStart().length);
        return `${key}${spaces}"${trimmed.split('"').join('\\"')}"`;
      }),
    )
    .join('\n');
}
