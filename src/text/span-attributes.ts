/**
 * An inline attribute list written right after a span (`[copy](#){: .copy-button }`), as the
 * site's converter reads it, and whether it makes a link to `#` a control a script handles.
 *
 * - Python-Markdown's attr_list (MkDocs with `attr_list` in `markdown_extensions`): `{` then an
 *   optional `:` (extensions/attr_list.py `BASE_RE = \{\:?[ ]*([^\}\n ][^\n]*)[ ]*\}`), at the
 *   very start of the text after the element (`INLINE_RE`); words are `#id`, `.class`, `key=value`.
 * - kramdown's span IAL (Jekyll): `{:` … `}` right after the span; `{.class}` without the colon is text.
 * - markdown-it-attrs (VitePress; Eleventy with the plugin, default delimiters): `{` … `}` after the link.
 *
 * A link to `#` that the list gives a class or an id (`.copyMe`, `#share`), a `role` of a control
 * (`role=button`), an event handler (`onclick=…`) or a `data-` attribute is a hook for the page's
 * script: a button drawn as a link, `#` on purpose. One given only `target=_blank`, a title or a
 * theme's button style (`.md-button`, `.btn`) is still a link that goes nowhere.
 */

/** How the site's converter writes an attribute list after a span; undefined when it reads none. */
export type SpanAttributeSyntax = 'colon' | 'optional-colon' | 'brace';

const patterns: Record<SpanAttributeSyntax, RegExp> = {
  colon: /^\{:[ \t]*([^}\n]*?)[ \t]*\}/,
  'optional-colon': /^\{:?[ \t]*([^}\n ][^}\n]*?)[ \t]*\}/,
  brace: /^\{[ \t]*([^}\n ][^}\n]*?)[ \t]*\}/,
};

/** The attribute list's inner text when one opens at `offset` of `source`, else undefined. */
export function attributeListAt(source: string, offset: number, syntax: SpanAttributeSyntax): string | undefined {
  // Only the few characters a list can take: the rest of a long line is never looked at.
  return patterns[syntax].exec(source.slice(offset, offset + 512))?.[1];
}

/** Roles that make an element a control (WAI-ARIA widget roles a script drives). */
const controlRoles = new Set(['button', 'tab', 'menuitem', 'switch', 'checkbox', 'option']);

/**
 * Classes that only style a link as a button, as the themes document them: Material for MkDocs' `md-button`
 * (`[Subscribe to our newsletter](#){ .md-button }`, `md-button--primary`), Just the Docs' and Bootstrap's `btn`,
 * `btn-primary`, `btn-outline`, and Just the Docs' spacing and type utilities (`fs-5`, `mb-4`, `mr-md-2`). Their CSS
 * draws the button; no script handles a click, so a `#` link given only these still goes nowhere.
 */
const styleClass = /^(?:md-button(?:--[\w-]+)?|btn(?:-[\w-]+)?|button|fs-\d+|[mp][trblxy]?-(?:(?:sm|md|lg|xl)-)?(?:auto|\d+))$/i;

/** Does the attribute list (`.copyMe`, `#id`, `role=button`, `onclick="…"`, `data-x=1`) hook the element for a script? */
export function marksScriptHook(list: string): boolean {
  for (const [, word] of list.matchAll(/(?:^|[ \t])((?:[^\s="']+)(?:=(?:"[^"]*"|'[^']*'|\S*))?)/g)) {
    if (/^#[^\s.#]/.test(word!)) return true;
    if (/^\.[^\s.#]/.test(word!) && !styleClass.test(word!.slice(1))) return true;
    const [key = '', ...rest] = word!.split('=');
    const name = key.toLowerCase();
    const value = rest.join('=').replace(/^["']|["']$/g, '').trim().toLowerCase();
    if (name === 'id' && value !== '') return true;
    if (name === 'class' && value.split(/\s+/).some((each) => each !== '' && !styleClass.test(each))) return true;
    if (name === 'role' && controlRoles.has(value)) return true;
    if (/^on[a-z]+$/.test(name) || /^data-[\w-]+$/.test(name)) return true;
  }
  return false;
}
