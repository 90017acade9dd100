/**
 * How Astro reads front matter, with or without Starlight: `parseFrontmatter` loads YAML with js-yaml
 * (withastro/astro: @astrojs/markdown-remark's src/frontmatter.ts through Astro 5, @astrojs/internal-helpers'
 * after), whose readFlowCollection skips a tab starting a line inside `[ … ]` as separation space.
 */
export const astroReadsTabsInFlow = "Astro's front-matter reader (js-yaml) skips it as white space";
