// markdown-it-emoji's data modules (plain objects, no types of their own).
declare module 'markdown-it-emoji/lib/data/full.mjs' {
  const definitions: Record<string, string>;
  export default definitions;
}
declare module 'markdown-it-emoji/lib/data/shortcuts.mjs' {
  const shortcuts: Record<string, string | string[]>;
  export default shortcuts;
}
