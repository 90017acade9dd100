/**
 * Products whose names differ from a listed name only in case, each its owner's own form: Apple's
 * `UIKit` beside the web framework `UIkit` (Simple Icons' title), Texas Instruments' `LaunchPad`
 * boards beside Canonical's `Launchpad`. A page that writes one of the two names may mean either
 * product, so neither form is one a writer can be held to: brand-casing abstains on both. Every
 * entry is the other owner's own material; add one only with such a source.
 */
export interface BrandHomonym {
  /** The other product's name as its owner writes it. */
  name: string;
  /** Whose product it is, and where its owner writes it so. */
  sources: readonly string[];
}

export const brandHomonyms: readonly BrandHomonym[] = [
  {
    name: 'UIKit',
    sources: ['Apple: https://developer.apple.com/documentation/uikit ("UIKit: Construct and manage a graphical, event-driven user interface for your iOS, iPadOS, or tvOS app.")'],
  },
  {
    name: 'LaunchPad',
    sources: ['Texas Instruments: https://www.ti.com/tool/EK-TM4C123GXL ("Tiva C Series TM4C123G LaunchPad Evaluation Kit"); https://www.ti.com/design-development/embedded-development/launchpad-kits.html'],
  },
];

const homonymsByLower = new Map(brandHomonyms.map((homonym) => [homonym.name.toLowerCase(), homonym.name]));

/** Does another product's owner write this listed name in another case? Then it has no one right form. */
export function caseCollides(name: string): boolean {
  const other = homonymsByLower.get(name.toLowerCase());
  return other !== undefined && other !== name;
}

/** What the vocabulary's names depend on here (the prepared copy is remade when it changes). */
export const brandHomonymsVersion = brandHomonyms.map((homonym) => homonym.name).join('|');
