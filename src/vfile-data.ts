import type {BareUrl} from './bare-urls.js';
import type {BlockAttributeId} from './text/kramdown-blocks.js';
import type {FrontMatter} from './frontmatter.js';
import type {IdPrefixFact, IncludeFact} from './facts.js';
import type {SiteInfo} from './site/detect.js';
import type {RunSettings} from './settings.js';

/** What the engine puts on each file before its rules run, so rules read files' data, never files. */
declare module 'vfile' {
  interface DataMap {
    frontMatter: FrontMatter | undefined;
    site: SiteInfo | undefined;
    settings: RunSettings;
    /** URLs written as plain text, found once after parsing (see bare-urls.ts). */
    bareUrls: BareUrl[];
    /** Links the site index resolved to "unverifiable", with the reason (JSON output lists them). */
    unverifiable: Array<{line: number; column: number; url: string; reason: string}>;
    /** Plain data a rule's file half leaves for its site half (`context.note`), by rule id (survives workers and the cache). */
    notes: Record<string, unknown>;
    /** Hash of the bytes phase 1 read (see contentHash), when it read the file from disk. */
    contentHash: string;
    /** MDX component tags read as one element (see text/jsx-tags.ts): their first lines, 1-based. Their code is JSX, not the site's code samples. */
    componentLines: number[];
    /** The file is read as MDX 2 or later (not MDX 1): parsed with src/mdx-jsx-flow.ts. */
    mdx2: boolean;
    /** The file is read as MDX by its generator (`.mdx`, or `.md` where the generator reads it so). */
    mdx: boolean;
    /** Ids of kramdown block attribute lines the parse was told to read as blocks of their own (see text/kramdown-blocks.ts). */
    blockAttributeIds: BlockAttributeId[];
    /** The text as written, when MkDocs' indented blocks were made list items for the parser (text/indented-blocks.ts). */
    writtenText: string;
    /** Ids the site's preprocessors write into the page (mdbook-admonish, mdbook-cmdrun: src/site/generators/mdbook-*.ts). */
    preprocessedIds: {ids: Array<{id: string; line: number; column: number}>; idPrefixes: IdPrefixFact[]; outputLines?: number[]; includes?: IncludeFact[]};
    /** Where the page uses a tag of its site's that writes out another file's text (src/text/liquid-file-tags.ts). */
    tagIncludes: IncludeFact[];
    /** --fix-dry-run: the file's text with the fixes in (what --fix would write). */
    fixedOutput: string;
  }
}

export {};
