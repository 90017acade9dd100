/**
 * A Hugo shortcode call's arguments, as its template's `.Get` reads them: positional (`.Get 0`) or
 * named (`.Get "file"`, from `file="x.html"`). Hugo takes one form or the other in a call
 * (its page lexer, parser/pageparser: "Cannot mix named and positional parameters"), so
 * once a named argument is seen the call's values are its named ones. Values are unquoted: `"…"`
 * (a `\"` inside), `'…'` and raw `` `…` ``; a bare value runs to the next space.
 */
export interface ShortcodeArguments {
  positional: string[];
  named: Record<string, string>;
}

const argumentPattern = /(?:([A-Za-z_][\w-]*)[ \t]*=[ \t]*)?("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|`[^`\n]*`|[^\s"'`=]+)/g;
/** The end of the call: `>` or `%` (`-%`, `/>`), left by the pattern that found it before its `}}`. */
const callEnd = /[ \t]*\/?[ \t]*-?[>%][ \t]*$/;

/** The arguments of the text between a shortcode's name and its closing `}}`. */
export function shortcodeArguments(call: string): ShortcodeArguments {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const match of call.replace(callEnd, '').matchAll(argumentPattern)) {
    const value = unquote(match[2]!);
    if (match[1] !== undefined) named[match[1]] = value;
    else positional.push(value);
  }
  return {positional, named};
}

function unquote(value: string): string {
  if (/^"[\s\S]*"$/.test(value)) return value.slice(1, -1).replace(/\\(.)/g, '$1');
  if (/^(['`])[\s\S]*\1$/.test(value)) return value.slice(1, -1);
  return value;
}
