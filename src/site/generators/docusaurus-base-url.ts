/**
 * A Docusaurus `baseUrl` the config computes (`baseUrl: process.env.PREVIEW ? '/' : '/project/'`),
 * read as text, never run. Docusaurus serves the site, its static/ files included, below baseUrl
 * (docusaurus-core's server and build write every route and static file under it), and it leaves a
 * raw-HTML or JSX `src`/`href` as written (only Markdown links and images get baseUrl added by
 * mdx-loader), so such a path carries the base itself: `<img src="/project/img/logo.svg">` is
 * static/img/logo.svg where baseUrl is `/project/`. When the config computes baseUrl, postlint
 * cannot say which value the deployed build used: a path below one of the literal values the
 * expression holds that the site serves under it is unverifiable, never broken.
 */

/** The literal site paths (`'/'`, `'/project/'`) the config's computed `baseUrl` expression may give; undefined when baseUrl is a literal or absent. */
export function computedBaseUrls(configText: string): string[] | undefined {
  const expression = /(?:^|[\s,{])baseUrl\s*:\s*(?!['"`][^'"`]*['"`]\s*[,}\n])([^,\n}]+)/m.exec(configText)?.[1];
  if (expression === undefined) return undefined;
  const values = [...expression.matchAll(/(['"`])(\/[^'"`$]*)\1/g)].map((match) => match[2]!);
  return values.length > 0 ? [...new Set(values)] : undefined;
}

/** The path below a non-root candidate base (`/project/img/x.svg` → `/img/x.svg`) and that base, for each base it is below. */
export function belowComputedBase(path: string, bases: readonly string[]): Array<{base: string; path: string}> {
  return bases
    .map((base) => `/${base.replace(/^\/+|\/+$/g, '')}`)
    .filter((prefix) => prefix !== '/' && path.startsWith(`${prefix}/`))
    .map((prefix) => ({base: `${prefix}/`, path: path.slice(prefix.length)}));
}
