/** The slug flavors postlint models; each names a generator's heading-id rules. */
export const flavorNames = ['github', 'hugo', 'hugo-ascii', 'hugo-blackfriday', 'kramdown', 'mkdocs', 'vitepress', 'vitepress-0', 'mdbook', 'zola', 'astro', 'eleventy', 'markdown-it-anchor', 'slugify'] as const;
export type FlavorName = (typeof flavorNames)[number];

/** One document's id generator: call `slug` for each heading in order. */
export interface Slugger {
  /** The id of the next heading with this text; the id is then taken. */
  slug(text: string): string;
  /** An explicit id that the generator's duplicate counter treats as taken. */
  reserve(id: string): void;
}

export interface SlugFlavor {
  name: FlavorName;
  /** What the generator slugs: the rendered heading text, or (kramdown) the raw header source. */
  input: 'text' | 'raw';
  /** Goldmark ids a multi-line setext heading from its last line only. */
  lastLineOnly?: boolean;
  /**
   * How explicit ids meet the duplicate counter: `ignored` (they never count), `in-order`
   * (each counts as taken when its heading is reached: goldmark), `upfront` (all count before any
   * automatic id is made: Python-Markdown's toc runs after attr_list).
   */
  customIds: 'ignored' | 'in-order' | 'upfront';
  /** Ids of a GFM footnote definition as the flavor renders them (label as written, 1-based order). */
  footnoteIds(label: string, order: number): string[];
  /** Generator options this module implements (names as the generator spells them). */
  options: readonly string[];
  create(options?: Record<string, unknown>): Slugger;
  /**
   * True when the flavor cannot know this heading's id exactly (Zola transliterates other scripts
   * with tables postlint does not carry): links into such a page are left unverifiable.
   */
  uncertain?(text: string, options?: Record<string, unknown>): boolean;
  /** Other ids some version of the generator gives the same heading (Astro 5 and 6 differ): links to them are not broken. */
  aliases?(id: string, text: string, options?: Record<string, unknown>): string[];
}

/**
 * A registry where a repeated id gets `-1`, `-2`, … : the first number whose id is still free
 * (Hugo's id factory). Every emitted or reserved id is taken.
 */
export class FirstFreeRegistry {
  private readonly taken = new Set<string>();
  constructor(private readonly separator = '-') {}

  take(base: string): string {
    let id = base;
    for (let n = 1; this.taken.has(id); n++) id = `${base}${this.separator}${n}`;
    this.taken.add(id);
    return id;
  }

  reserve(id: string): void {
    this.taken.add(id);
  }
}
