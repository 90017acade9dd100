/**
 * Headings that are the content themselves, so that a reader misses nothing when no text
 * follows them. What "empty" means to a reader: a lone heading with nothing before the next
 * heading of the same or a higher level, in running prose, is a leftover; these are not.
 */

/** What the section rule knows of a heading: its level, rendered text, source and emptiness. */
export interface HeadingShape {
  depth: number;
  text: string;
  raw: string;
  empty: boolean;
}

/**
 * A step of a numbered procedure (`4. Repeat step 2 to step 3 for all members`, `Step 2: Build`),
 * next to the step numbered one before or after it at its level: the heading is the instruction.
 * An outline number (`2.1 Install`) numbers a section, not a step.
 */
function isProcedureStep(headings: readonly HeadingShape[], i: number): boolean {
  const number = stepNumber(headings[i]!.text);
  if (number === undefined) return false;
  const before = sibling(headings, i, -1);
  const after = sibling(headings, i, 1);
  return (before !== undefined && stepNumber(before.text) === number - 1) || (after !== undefined && stepNumber(after.text) === number + 1);
}

const step = /^(?:step\s+)?(\d{1,2})(?:[.):]|\s+[-–—])\s+\S/iu;

/** The number a step or numbered part opens with (`4. Repeat …`, `Step 2: Build`, `1 - Install`), if any. */
export function stepNumber(text: string): number | undefined {
  const match = step.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * A step that tells the reader to do again what the page has just shown (`#### Repeat the above as
 * necessary`, `### Repeat these steps for each node`, `## Repeat steps 2 to 4`): an instruction
 * whose content is the text before it, after sections with content, numbered or not. `Repeat`
 * followed by a topic (`### Repeat events`, `## Repeat`) points back at nothing and is a section.
 */
function isRepeatStep(headings: readonly HeadingShape[], i: number): boolean {
  const text = headings[i]!.text.trim();
  return repeatBack.test(text) && headings.slice(0, i).some((heading) => !heading.empty);
}

const repeatBack = /^(?:\d{1,2}[.):]\s+|step\s+\d{1,2}[.):]?\s+)?repeat\s+(?:all\s+|each\s+of\s+|any\s+of\s+)?(?:the\s+above|above|the\s+(?:previous|preceding|last)\b|(?:these|those|the\s+same)\b|steps?\s+\d)/iu;

/** The heading right before or after headings[i] when it is at the same level (a sibling, nothing between). */
function sibling(headings: readonly HeadingShape[], i: number, direction: -1 | 1): HeadingShape | undefined {
  const other = headings[i + direction];
  return other && other.depth === headings[i]!.depth ? other : undefined;
}

/**
 * A run of two or more sibling headings, one after the other, that is a list of names written
 * as headings: an API's members (`.renderer_classes`, `.get_parsers(self)`, `` `parse(code)` ``),
 * each with no text of its own, or sharing the text under the last (`MinimumChecker`,
 * `MaximumChecker`, then what both do). A run of topics in words (`Validation errors`,
 * `Adding items`) is a run of unwritten sections.
 */
function isInNameList(headings: readonly HeadingShape[], i: number): boolean {
  const {start, end} = emptyRun(headings, i);
  const run = headings.slice(start, end + 1);
  // The heading after the run by its index (not looked up by value: that costs the page's length for each heading).
  const after = headings[end + 1];
  if (after && after.depth === headings[end]!.depth) run.push(after);
  return run.length >= 2 && run.every((h) => isApiName(h.raw));
}

/** Where the empty headings at the level of headings[i], adjacent to it and to each other, it included, start and end (indexes). */
function emptyRun(headings: readonly HeadingShape[], i: number): {start: number; end: number} {
  const depth = headings[i]!.depth;
  let start = i;
  while (start > 0 && headings[start - 1]!.depth === depth && headings[start - 1]!.empty) start--;
  let end = i;
  while (end + 1 < headings.length && headings[end + 1]!.depth === depth && headings[end + 1]!.empty) end++;
  return {start, end};
}

/**
 * A heading that names code: a code span alone, a call (`parse(code, options)`,
 * `.check_permissions(self, request)`), a member (`.renderer_classes`, `Foo.bar`), or one word
 * an identifier is made of (`UniqueForDateValidator`, `max_age`) — not an ordinary word.
 */
function isApiName(raw: string): boolean {
  const text = raw.trim();
  if (/^`[^`]+`$/.test(text)) return true;
  if (/^\.?[\p{L}_$][\w$.]*\s*\(.*\)$/u.test(text)) return true;
  if (!/^\.?[\p{L}_$][\w$.]*$/u.test(text)) return false;
  // One token: a member, a dotted path, snake_case, or camel case inside the word.
  return text.startsWith('.') || /[._$]/.test(text.slice(1)) || /\p{Ll}\p{Lu}/u.test(text);
}

/**
 * A heading written as a statement rather than a title: an exclamation (`## Get started! 🎬`), a
 * sentence that ends in `.` (`## That is all.`), or a notice in capitals (`### NO LONGER UNDER ACTIVE DEVELOPMENT`).
 * It says all it has to say; no text is missing under it.
 */
function isStatement(text: string): boolean {
  // Emoji and symbols after the sentence (`Get Started! 🎬`) are decoration.
  const trimmed = text.trim().replace(/[\s\p{Extended_Pictographic}\p{S}\u200d\ufe0f]+$/u, '');
  const words = trimmed.split(/\s+/);
  // An exclamation of two words or more (`Get started!`), a sentence of three or more (`That is all.`).
  if (words.length >= 2 && /[^!]!$/.test(trimmed)) return true;
  if (words.length >= 3 && /[^.]\.$/.test(trimmed) && !/\.\.$/.test(trimmed)) return true;
  return words.length >= 3 && /\p{Lu}/u.test(trimmed) && trimmed === trimmed.toUpperCase() && /^[\p{L}\s'’,-]+$/u.test(trimmed);
}

/**
 * A heading that states a result rather than names a topic: a label, a colon and a number
 * (`Candidate Web Font Score: -3`, `Rating: 4/5`, `Coverage: 87%`, `Total: 1,024`), or a version
 * (`Latest Release: 3.1.9`, `Minimum Server Version: v10.9.0`: a client's facts in a status post). The value is
 * what the reader came for; nothing is missing under it. The label has no digits, so a numbered
 * step (`Step 2: Build`) is not one.
 */
function isStatedValue(text: string): boolean {
  return statedValue.test(text.trim());
}

const statedValue = /^\p{L}[\p{L}\p{M}\s'’&-]*:\s*(?:[-+−–]?\d[\d,]*(?:\.\d+)?\s*(?:(?:\/|out of)\s*\d+(?:\.\d+)?)?\s*%?|v?\d+(?:\.\d+){1,3}(?:-[\w.]+)?)$/u;

/**
 * Is headings[i] one of the headings that are the content (see above), so that its section is
 * not empty to a reader even when no text follows it? The facts mark two kinds (`sample`,
 * `listed`); the rest are read from the headings around it.
 */
export function isContentHeading(headings: ReadonlyArray<HeadingShape & {sample?: true; listed?: true}>, i: number): boolean {
  const heading = headings[i]!;
  return heading.sample === true || heading.listed === true || isStatement(heading.text) || isStatedValue(heading.text) || isProcedureStep(headings, i) || isRepeatStep(headings, i) || isInNameList(headings, i) || namesItsLevel(heading);
}

/**
 * A heading that says it is a heading of its own level (`#### A level-4 heading`, `## Heading 2`,
 * `### This is an h3`): a specimen a page shows (a demo of a layout, a theme's headings), whose
 * text is all there is to see. A heading naming another level, or a topic about headings
 * (`## Heading styles`), is a section, and reported empty.
 */
function namesItsLevel(heading: HeadingShape): boolean {
  const text = heading.text.toLowerCase();
  const level = /(?<![\p{L}\p{N}])(?:level[- ]?(\d)|h(\d)|(\d)(?:st|nd|rd|th)[- ]level)(?![\p{L}\p{N}])/u.exec(text) ?? /(?<![\p{L}\p{N}])head(?:ing|er)[- ]?(\d)(?![\p{L}\p{N}])/u.exec(text);
  const named = level?.slice(1).find((digit) => digit !== undefined);
  // The word "heading" says so, or the text is the tag's name alone (`### This is an h3`); `## H2 database` names a product.
  return named !== undefined && Number(named) === heading.depth && (/(?<![\p{L}])head(?:ing|er)/u.test(text) || /^(?:this is )?(?:an? )?h\d[.!]?$/u.test(text.trim()));
}

/**
 * The page's last heading, nothing after it, as a sign-off rather than a section: a valediction
 * (`### FIN`, `## The End`, `## Happy coding`), after sections with content. Valedictions are a closed
 * set of phrases, not topics: a writer who signs off with a heading has finished. A short topic
 * left unwritten at a page's end (`## Summary`, `## Next steps`, `## Appendix`) is a section a
 * reader misses, and reported; so is a page that is only a heading. The earlier rounds' judged
 * findings held one such sign-off (`FIN`), and no short last heading a reader missed text under.
 */
export function isClosingLine(headings: readonly HeadingShape[], i: number): boolean {
  if (i !== headings.length - 1 || i === 0) return false;
  const text = headings[i]!.text.trim();
  const phrase = text.toLowerCase().replace(/[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]+$/u, '').replace(/\s+/g, ' ');
  return (valedictions.has(phrase) || thanksForAttending.test(phrase) || isTrailingRemark(text, phrase)) && headings.slice(0, i).some((heading) => !heading.empty);
}

/**
 * A remark that trails off into what comes after the page, written as its last heading (`# To be
 * continued...`, `## Stay tuned…`, `## More in the next part...`): a phrase that says the piece goes
 * on elsewhere, then an ellipsis. An ellipsis alone makes no remark: a topic left unwritten may trail
 * off too (`## Next steps...`, `## More to come...`) and is still reported, and so is one that says its
 * own text is still to come (`## Coming soon...`, `## Work in progress…`), a remark with a heading after
 * it, or a lone word (`## Then...`).
 */
function isTrailingRemark(text: string, phrase: string): boolean {
  if (!/[^.…](?:\.{3}|…)$/u.test(text)) return false;
  return continuing.test(phrase) && !unwritten.test(phrase);
}

/**
 * What a remark that trails off says: that the piece goes on elsewhere (`to be continued`, `stay tuned`,
 * `more in the next part`). A topic with an ellipsis (`## Next steps...`, `## Advanced usage…`, `## More to
 * come...`) is a section left unwritten at the page's end, as without one.
 */
const continuing = /^(?:to be continued|stay tuned|until next time|(?:more|continued|see you)\b[\p{L}\s']{0,40}\bnext (?:part|post|article|chapter|episode|installment|issue|lesson|time|week|one))\b/u;

/** Words that announce a section's own text as still to come (no-placeholders' concept, said in words). */
const unwritten = /\b(?:soon|tbd|tba|wip|todo|work in progress|under construction|in progress|not yet|coming)\b/u;

/**
 * English sign-offs written to close a piece (lower case, closing punctuation and emoji aside):
 * only phrases that never title a section. `Thanks`, `Thank you`, `End`, `Enjoy`, `Peace`,
 * `Cheers` also head sections a reader expects text under (credits, a talk's last part), so an
 * empty one stays a finding.
 */
/**
 * Thanks for the reader's or listener's own act (`Thank you for your attention`, `Thanks for reading`,
 * `Many thanks for listening`): said to the audience as the piece closes, a talk's last slide, never a
 * section's title. Thanks *to* someone (`## Thanks to our sponsors`) are credits, and stay a section.
 */
const thanksForAttending = /^(?:(?:many|big) )?(?:thanks|thank you)(?: (?:so|very) much| again| all| everyone)? for (?:your (?:kind )?(?:attention|time|patience|interest)|(?:reading|listening|watching|attending|coming|joining(?: us)?|stopping by|following along|sticking around)(?: (?:this|my) (?:post|article|talk))?)$/u;

const valedictions = new Set(['fin', 'finis', 'the end', 'goodbye', 'happy coding', 'happy hacking', "that's all", 'that’s all', "that's it", 'that’s it']);
