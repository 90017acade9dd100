/** Defaults of the global settings: one place, read by the engine and written into the schema. */
export const defaultExtensions = ['.md', '.markdown', '.mdx'];
export const defaultMaxFileSize = 5 * 1024 * 1024;
