import {importedNames} from '../../text/mdx-imports.js';

/**
 * Docusaurus's code block component, for listings an MDX page writes in JSX (docusaurus.io, "Code blocks",
 * "Usage in JSX"): `import CodeBlock from '@theme/CodeBlock'`, then `<CodeBlock language="bash">{`…`}</CodeBlock>`,
 * whose string child is the listing's code.
 */
const codeBlockModule = '@theme/CodeBlock';

/** The names a page binds Docusaurus's CodeBlock to (`CodeBlock`, or another name it imports it as). */
export function docusaurusCodeBlockNames(source: string): string[] {
  if (!source.includes(codeBlockModule)) return [];
  return [...importedNames(source)].filter(([, binding]) => binding.from === codeBlockModule && binding.name === 'default').map(([name]) => name);
}
