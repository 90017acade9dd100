/**
 * A sentence that hands the blockquote after it to a document's own text: a specification's section,
 * a law, a manual (`My confusion stemmed from Section 10.6 of the standard, which reads:`, `…, the
 * following appears:`, `The manual states:`, `It reads as follows:`). The passage is the document's,
 * quoted as it was written (its variable names, `indx`, its spellings): spelling and brand-casing leave
 * it alone, as a quotation introduced by a speaker (quotations.ts `introducesQuote`). Not the writer's
 * own text (`my config`, `our docs`, `I wrote`): those are read.
 */
const documentReads = /(?:\b(?:which|that|it|and|where\s+it)\s+(?:reads|read|states|stated|says)(?:\s+as\s+follows)?|\breads\s+as\s+follows|\bthe\s+following\s+(?:appears|is\s+written|text\s+appears))\s*:\s*$/i;
const writersOwn = /(?:^|[^\p{L}])(?:I|we|my|our|me|us|mine|ours)(?![\p{L}'’])/iu;

export function introducesDocumentText(sentence: string): boolean {
  return documentReads.test(sentence) && !writersOwn.test(sentence);
}
