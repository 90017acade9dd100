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

/**
 * Products named like a listed one whose owner writes the name in a form of its own, told apart by
 * the company they come with: Xilinx's (now AMD's) free edition of its FPGA tools is `WebPACK`
 * ("ISE WebPACK", "Vivado WebPACK"), the letters of the JavaScript bundler `webpack`. Unlike the case
 * homonyms above, the listed name is by far the likelier meaning, so its form stays the right one
 * everywhere but on a page that names the other product's family (`Xilinx`, `Vivado`, as its owner
 * writes them): there a `WebPack` is the FPGA edition however it is cased, and brand-casing abstains.
 * A page that names none of them is read (`Webpack` in a post about bundling is still reported).
 * Every entry is the other owner's own material; add one only with such a source.
 */
export interface FamilyHomonym extends BrandHomonym {
  /** Names of the other owner's family, exactly as its owner writes them, that say a page is about it. */
  family: readonly string[];
}

export const familyHomonyms: readonly FamilyHomonym[] = [
  {
    name: 'WebPACK',
    family: ['Xilinx', 'Vivado'],
    sources: [
      'AMD (Xilinx): https://www.xilinx.com/products/design-tools/ise-design-suite/ise-webpack.html ("ISE WebPACK Design Software")',
      'AMD (Xilinx): https://www.xilinx.com/products/design-tools/vivado/vivado-ml.html ("Vivado ML Standard Edition", formerly "Vivado HL WebPACK Edition")',
    ],
  },
];

const familiesByLower = new Map(familyHomonyms.map((homonym) => [homonym.name.toLowerCase(), new Set(homonym.family)]));

/**
 * The family of another product spelt with this word's letters (`WebPack`: Xilinx, Vivado), or
 * undefined: a page that writes one of them is about that product (brand-casing abstains there).
 */
export function otherProductFamily(word: string): ReadonlySet<string> | undefined {
  return familiesByLower.get(word.toLowerCase());
}
