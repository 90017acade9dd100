/**
 * What Astro integrations (and Starlight plugins, which add integrations) serve besides the site's
 * own files, by package, read from each package's source (`injectRoute` calls in its
 * `astro:config:setup` hook, files it writes in `astro:build:done`):
 * - none: renderers and adapters (@astrojs/mdx, react, vue, …, vercel, netlify, node), Tailwind,
 *   expressive-code, astro-icon, compressors, @astrojs/starlight itself (its docs routes are
 *   starlight.ts's), starlight-links-validator (checks links, adds none), starlight-image-zoom,
 *   @astrojs/starlight-tailwind and -docsearch (components and styles), astro-d2 (writes its
 *   diagrams' SVGs for the pages that show them), astro-mermaid (joesaby/astro-mermaid
 *   astro-mermaid-integration.js: its one hook, `astro:config:setup`, adds a remark and a rehype
 *   plugin that turn `mermaid` code blocks into `<pre class="mermaid">` and injects the page script
 *   that draws them; no `injectRoute`, no `astro:build:done`);
 * - exact files: @astrojs/sitemap (`sitemap-index.xml`, `sitemap-0.xml`, …), astro-robots-txt
 *   (`robots.txt`), starlight-llms-txt (`/llms.txt`, `/llms-full.txt`, `/llms-small.txt`:
 *   delucis/starlight-llms-txt packages/starlight-llms-txt/index.ts);
 * - paths some version serves from a dynamic route: starlight-llms-txt's custom sets
 *   (`/_llms-txt/[slug].txt`) and page copies (`/[...slug].md`, when `generatePageMarkdown` is on).
 * Integrations whose files their call's options name (astro-pagefind, @vite-pwa/astro) are read in
 * astro-integration-options.ts. An integration not listed may inject any route (astro-routes.ts makes a path nothing else serves
 * unverifiable then, naming it).
 */
export const knownIntegrations: Readonly<Record<string, readonly string[]>> = {
  '@astrojs/mdx': [], '@astrojs/react': [], '@astrojs/vue': [], '@astrojs/svelte': [], '@astrojs/solid-js': [], '@astrojs/preact': [],
  '@astrojs/lit': [], '@astrojs/alpinejs': [], '@astrojs/tailwind': [], '@astrojs/markdoc': [], '@astrojs/prefetch': [], '@astrojs/image': [],
  '@astrojs/partytown': [], '@astrojs/vercel': [], '@astrojs/netlify': [], '@astrojs/node': [], '@astrojs/cloudflare': [],
  '@astrojs/vercel/serverless': [], '@astrojs/vercel/static': [],
  '@astrojs/sitemap': ['/sitemap-index.xml', '/sitemap-0.xml'],
  'astro-expressive-code': [], 'astro-icon': [], 'astro-compress': [], '@playform/compress': [], 'astro-robots-txt': ['/robots.txt'],
  '@astrojs/starlight': [], 'starlight-links-validator': [], 'starlight-image-zoom': [], '@astrojs/starlight-tailwind': [], '@astrojs/starlight-docsearch': [],
  'astro-d2': [], 'astro-mermaid': [],
  'starlight-llms-txt': ['/llms.txt', '/llms-full.txt', '/llms-small.txt'],
};

/** Paths a known integration may serve from a dynamic route, by package: a path matching one is unverifiable (plain data: pattern sources). */
export const integrationPatterns: Readonly<Record<string, readonly string[]>> = {
  'starlight-llms-txt': ['^/_llms-txt/[^/]+\\.txt$', '\\.md$'],
};

/**
 * The imported functions a function the config defines calls (`function wrapped(opts) { const plugin =
 * starlightLlmsTxt(opts); … }`): a wrapper of a known integration serves what it does. Empty when the
 * config defines no such function or it calls none of the config's imports.
 */
export function wrappedImports(text: string, callee: string, imports: ReadonlyMap<string, string>, balanced: (text: string, open: number) => string): string[] {
  const name = callee.replace(/\$/g, '\\$');
  const definition = new RegExp(`\\bfunction\\s+${name}\\s*\\([^)]*\\)\\s*\\{|\\b(?:const|let|var)\\s+${name}\\s*=\\s*(?:async\\s*)?(?:\\([^)]*\\)|[A-Za-z_$][\\w$]*)\\s*=>\\s*\\{?`).exec(text);
  if (!definition) return [];
  const open = definition[0].endsWith('{') ? definition.index + definition[0].length - 1 : -1;
  const body = open >= 0 ? balanced(text, open) : text.slice(definition.index + definition[0].length, text.indexOf('\n', definition.index + definition[0].length));
  const sources = new Set<string>();
  for (const call of body.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(/g)) {
    const source = imports.get(call[1]!);
    if (source !== undefined) sources.add(source);
  }
  return [...sources];
}
