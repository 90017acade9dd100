import {docusaurusCodeBlockNames} from '../site/generators/docusaurus-code-block.js';
import {sessionLanguages, shellLanguages} from './linked-names.js';

/**
 * Programs a section's listing runs, named by the section's heading (`### Zorp CLI` over a listing whose first
 * line is `zorp add Thing --version`): the heading names the program by the word its command line types, so
 * that word in the page's prose (`Zorp`, `zorp`) is the program's name, not an English word misspelt. The
 * listing is a fenced block of a shell or terminal language or of none, or an MDX page's Docusaurus
 * `<CodeBlock>` (its first `` {`…`} `` string); its first line, after a `$ `/`> ` prompt and `sudo`, is a
 * lower-case name followed by arguments. A heading word the listing does not run, or a listing under a
 * heading that does not name it, is no such evidence: its words are read.
 */
export function sectionCommands(source: string, mdx: boolean): Set<string> {
  const names = new Set<string>();
  const components = mdx ? docusaurusCodeBlockNames(source) : [];
  const codeBlockOpen = components.length > 0 ? new RegExp(String.raw`^[ \t]*<(?:${components.join('|')})\b([^>]*)>`) : undefined;
  let heading = new Set<string>();
  let fence: {marker: string; listing: boolean; first: boolean} | undefined;
  let component: {listing: boolean} | undefined;
  // A line's `\r` (a page saved with CRLF ends) is no part of it: the heading and fence patterns end at `$`.
  for (const line of source.split(/\r?\n/)) {
    if (fence) {
      if (new RegExp(String.raw`^[ \t]{0,3}${fence.marker[0] === '`' ? '`' : '~'}{${fence.marker.length},}[ \t]*$`).test(line)) fence = undefined;
      else if (fence.first && line.trim() !== '') {
        fence.first = false;
        if (fence.listing) addRun(line, heading, names);
      }
      continue;
    }
    if (component) {
      if (/^[ \t]*<\//.test(line)) component = undefined;
      else {
        const literal = /^[ \t]*\{`([^`\n]*)/.exec(line);
        if (literal) {
          if (component.listing) addRun(literal[1]!, heading, names);
          component = undefined;
        }
      }
      continue;
    }
    const opening = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^\s`{]*)/.exec(line);
    if (opening) {
      const lang = opening[2]!.toLowerCase();
      fence = {marker: opening[1]!, listing: lang === '' || shellLanguages.has(lang) || sessionLanguages.has(lang), first: true};
      continue;
    }
    const words = headingText(line);
    if (words !== undefined) {
      heading = new Set(words.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? []);
      continue;
    }
    const block = codeBlockOpen?.exec(line);
    if (block) {
      const language = /\blanguage=["']([^"']*)["']/.exec(block[1]!)?.[1]?.toLowerCase();
      component = {listing: language === undefined || shellLanguages.has(language) || sessionLanguages.has(language)};
    }
  }
  return names;
}

/** An ATX heading's text (`### Zorp CLI`) or an HTML heading's on one line (`<h3>Zorp CLI</h3>`). */
function headingText(line: string): string | undefined {
  const atx = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/.exec(line);
  if (atx) return atx[1]!;
  return /^[ \t]*<h([1-6])\b[^>]*>(.*?)<\/h\1>[ \t]*$/i.exec(line)?.[2];
}

/** The program a listing's first line runs, when the section's heading names it. */
function addRun(line: string, heading: ReadonlySet<string>, names: Set<string>): void {
  const name = /^[ \t]*(?:[$>][ \t]+)?(?:sudo[ \t]+)?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)[ \t]+\S/.exec(line)?.[1];
  if (name !== undefined && heading.has(name)) names.add(name);
}
