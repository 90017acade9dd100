/**
 * markdown-it-emoji's `full` plugin (VitePress 1.x; 2.x's @mdit/plugin-emoji uses its data): in a
 * text token, `:name:` for a name its data knows and the emoticon shortcuts (`:)`, `<3`, not next to
 * a letter) become `emoji` tokens (markdown-it/markdown-it-emoji lib/replace.mjs, normalize_opts.mjs);
 * a name it does not know stays text. The heading anchor's getTokensText keeps only text and code
 * tokens, so the emoji is no part of the id: `## :computer: Editor integrations` is
 * `editor-integrations`. Code spans are not text tokens: a shortcode in one stays.
 */
import definitions from 'markdown-it-emoji/lib/data/full.mjs';
import shortcutLists from 'markdown-it-emoji/lib/data/shortcuts.mjs';

let pattern: {names: RegExp; shortcuts: Set<string>} | undefined;

function emojiPattern(): {names: RegExp; shortcuts: Set<string>} {
  if (pattern) return pattern;
  const shortcuts = new Set<string>();
  for (const [name, list] of Object.entries(shortcutLists)) {
    if (!Object.hasOwn(definitions, name)) continue;
    for (const shortcut of Array.isArray(list) ? list : [list]) shortcuts.add(shortcut);
  }
  const alternatives = [...Object.keys(definitions).map((name) => `:${name}:`), ...shortcuts].sort().reverse();
  const names = new RegExp(alternatives.map((name) => name.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')).join('|'), 'g');
  return (pattern = {names, shortcuts});
}

// markdown-it's ucmicro Z, P and Cc: what may stand next to an emoticon shortcut.
const beside = /[\p{Z}\p{P}\p{Cc}]/u;

/** The heading text without what markdown-it-emoji makes emoji of; `raw` (the heading's source) tells code spans apart. */
export function withoutMarkdownItEmoji(text: string, raw: string): string {
  // Every `:name:` and every shortcut holds a `:`, a `;` or a `<` (`<3`), but `x-)`, `8-)` and `B-)`.
  if (!/[:;<]|[xX8B]-\)/.test(text)) return text;
  const outsideCode = raw.replace(/(`+)[^`]*?\1/g, '');
  const {names, shortcuts} = emojiPattern();
  return text.replace(names, (match: string, offset: number, whole: string) => {
    if (!outsideCode.includes(match)) return match;
    if (shortcuts.has(match)) {
      if (offset > 0 && !beside.test(whole[offset - 1]!)) return match;
      if (offset + match.length < whole.length && !beside.test(whole[offset + match.length]!)) return match;
    }
    return '';
  });
}
