import type {FrontMatter} from '../frontmatter.js';

/** A post's own words: `spelling: {words: [...]}` in its front matter, in lower case. */
export function frontMatterWords(frontMatter: FrontMatter | undefined): Set<string> {
  const spelling = frontMatter?.data.spelling;
  const words = spelling && typeof spelling === 'object' && !Array.isArray(spelling) ? (spelling as Record<string, unknown>).words : undefined;
  if (!Array.isArray(words)) return new Set();
  return new Set(words.filter((word): word is string => typeof word === 'string').map((word) => word.toLowerCase()));
}
