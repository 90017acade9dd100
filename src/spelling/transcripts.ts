import type {Nodes, Parents, Root} from 'mdast';
import type {Ranges} from './quotations.js';

/**
 * A chat log published as it was said: an IRC or Matrix meeting's lines, each opening with its
 * speaker's handle (`**\<ana>** we shipped it`, `<ana> hi`, `[12:04] <bob> seperate repo`, `**\* ana**
 * waves`). Each line is its speaker's words, written as they typed them, and the handle is a name
 * (`<tini2p_gitlab>`): neither is the site's prose to correct. The writer's own text around the log
 * (its summary, headings, an intro) opens with no handle and stays checked.
 */

/** An optional time stamp before the speaker: `[12:04]`, `12:04:33`, `(2019-04-11 12:04)`. */
const stamp = String.raw`(?:[[(]?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?`;

/** Emphasis marks a log may set a handle in: `**`, `__`, `*`, `_`. */
const emphasis = String.raw`(?:\*\*|__|\*|_)?`;

/**
 * A speaker in angle brackets, a bridge's relay before it too (`\<_Slack> \<ana>`), escaped or not,
 * or a `/me` action (`\* ana waves`): what only a chat log opens a line with. Group 1: the first
 * bracketed name, group 2 whether its `<` was written bare (it may then be an HTML tag).
 */
const angleLine = new RegExp(String.raw`^${stamp}${emphasis}(?:(\\?)<([^\s<>\\]|\\.)[^\s<>]{0,40}?\\?>(?:[ \t]+\\?<[^\s<>]{1,40}?\\?>)*|\\\*[ \t]+[^\s*]{1,40})${emphasis}(?:[ \t]|$)`, 'u');

/**
 * A speaker named without brackets: `ana: text`, `**ana** text`, `**ana:** text`. Prose opens lines
 * this way too (`Note: …`, a glossary's `**Term** …`), so only a run of such lines in which a speaker
 * comes back (a conversation) is read as a transcript. Group 1: the handle.
 */
const namedLine = new RegExp(String.raw`^${stamp}(?:\*\*|__)?([\p{L}_][\p{L}\p{N}_.|\-\\\[\]]{1,30}?)(?:(?:\*\*|__):?|:(?:\*\*|__)?)[ \t]+\S`, 'u');

/** HTML elements written with no closing tag: `<br> text` is markup, whatever follows. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Bracketed lines that make a transcript; one alone may be a line of markup or prose. */
const fewestAngleLines = 2;

/** Lines of a run of `name:` or `**name**` lines that make a conversation. */
const fewestNamedLines = 3;

type Line = {from: number; to: number; kind: 'angle' | 'named'; handle: string};

/** The transcript line `text` opens, if any; `from`/`to` are its offsets in the source. */
function transcriptLine(text: string, from: number, to: number): Line | undefined {
  const body = text.replace(/^[ \t>]*/, '');
  const angle = angleLine.exec(body);
  if (angle) {
    const name = (angle[0].match(/<\\?([^\s<>\\]+)/)?.[1] ?? '').toLowerCase();
    // `<b>bold</b>`, `<br>`: a bare tag the line closes, or one that never has a close, is markup.
    const markup = angle[1] === '' && angle[0].includes('<') && (voidElements.has(name) || body.toLowerCase().includes(`</${name}>`));
    // `<https://…>`, `<ana@example.org>`: an autolink, which no chat handle spells (a leading `@` is a Matrix user's).
    if (!markup && !/[:/]|.@/.test(name)) return {from, to, kind: 'angle', handle: name};
  }
  const named = namedLine.exec(body);
  if (named) return {from, to, kind: 'named', handle: named[1]!.toLowerCase()};
  return undefined;
}

/** A run of transcript lines is one when it is long enough for its kind (see fewestAngleLines, fewestNamedLines). */
function isTranscript(run: Line[]): boolean {
  const angle = run.filter((line) => line.kind === 'angle').length;
  if (angle >= fewestAngleLines) return true;
  if (run.length < fewestNamedLines) return false;
  // A conversation: some speaker has more than one line (`Input:`/`Output:` once each is a record).
  return new Set(run.map((line) => line.handle)).size < run.length;
}

/**
 * Add the source ranges of chat transcripts in the page to `out`: runs of lines, across a paragraph's
 * line breaks and consecutive paragraphs, that each open with a speaker's handle (see isTranscript).
 */
export function transcripts(tree: Root, source: string, out: Ranges): void {
  const visit = (parent: Parents): void => {
    let run: Line[] = [];
    const flush = (): void => {
      if (run.length > 0 && isTranscript(run)) out.push([run[0]!.from, run.at(-1)!.to]);
      run = [];
    };
    for (const child of parent.children as Nodes[]) {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (child.type !== 'paragraph' || start === undefined || end === undefined) {
        flush();
        if ('children' in child && child.type !== 'paragraph') visit(child);
        continue;
      }
      let from = start;
      for (const text of source.slice(start, end).split('\n')) {
        const line = transcriptLine(text, from, from + text.length);
        if (line) run.push(line);
        else flush();
        from += text.length + 1;
      }
    }
    flush();
  };
  visit(tree);
}
