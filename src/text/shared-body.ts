/**
 * Sibling headings sharing one body: a run of headings at one level with nothing between them, the
 * last followed by text that speaks of them all ("The above sections are the same as in [the EIP
 * guide](eip.md)", "以上部分和 … 完全一致"). The writer left the first ones empty on purpose: the note
 * under the last says where their content is. Such a heading is no section left unwritten.
 *
 * A run whose following body does not point back at the headings above (`### Integration tests` over
 * nothing, then `### Dummy backend` with its own text) is still a section left unwritten.
 */
import type {HeadingFact} from '../facts.js';

/**
 * Text opening a section that speaks of the sections above it: "the above section(s)/steps/parts", "the
 * sections above", "the previous/preceding sections", and in Chinese 以上/上述/上面 followed by 部分, 章节,
 * 步骤, 内容 or 几节. A word "above" elsewhere ("as shown above") is not enough.
 */
const pointsAbove = /^(?:(?:all\s+)?(?:the\s+)?(?:above|preceding|previous|foregoing)\s+(?:\w+\s+)?(?:sections?|steps?|parts?|headings?|chapters?)\b|(?:all\s+)?(?:the\s+)?(?:sections?|steps?|parts?|headings?)\s+above\b|(?:以上|上述|上面)(?:的|这些|几个)?(?:部分|章节|步骤|内容|几节|各节|小节))/iu;

/** Does a section's first paragraph speak of the sections above it? */
export function speaksOfAbove(text: string): boolean {
  return pointsAbove.test(text.trim());
}

/**
 * Words saying the sections' content is another's: the same as, identical to, shared with, covered in; 一致, 相同, 同.
 * (Text that only mentions them, "The steps above raise dust", "The above sections are still to be written", leaves them empty.)
 */
const saysElsewhere = /\b(?:same|identical|shared|covered|described|explained|documented)\b|一致|相同|同上|一样|参见|参考|见/iu;

/**
 * Does a section's first paragraph cover the empty sections above it: it speaks of them and says where
 * their content is (a link, or words of sameness: "the same as in [the jam guide](jam.md)", "以上部分和 … 完全一致")?
 */
export function coversSectionsAbove(text: string, linked: () => boolean): boolean {
  return speaksOfAbove(text) && (saysElsewhere.test(text) || linked());
}

/**
 * Is the empty heading headings[i] one of a run of siblings with nothing between them, whose last is followed
 * by text about the sections above (its `coversAbove`)?
 */
export function sharesBodyBelow(headings: readonly HeadingFact[], i: number): boolean {
  const depth = headings[i]!.depth;
  for (let j = i + 1; j < headings.length; j++) {
    const next = headings[j]!;
    // A subsection, or a higher heading, ends the run: the sections are not siblings sharing what follows.
    if (next.depth !== depth) return false;
    if (!next.empty) return next.coversAbove === true;
    // An empty sibling: the run goes on (nothing is between the two headings).
  }
  return false;
}
