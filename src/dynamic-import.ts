/**
 * import() for modules outside the bundle (a JavaScript config file, a remark plugin, ajv, the rule
 * files when unbundled). The bundled CLI runs as a `vm.Script` with a code cache
 * (src/bundle-loader.ts), and in Node 20 an import() compiled from a code cache fails
 * (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING): the launcher, a real ES module, then lends its own
 * import() through this slot. Elsewhere (compiled modules, the worker and language-server bundles)
 * the slot is empty and this is import() itself.
 */
export type Importer = (specifier: string) => Promise<unknown>;

const slot = Symbol.for('postlint.import');
const holder = globalThis as typeof globalThis & {[slot]?: Importer};

export function importModule<T>(specifier: string): Promise<T> {
  const importer = holder[slot];
  return (importer ? importer(specifier) : import(specifier)) as Promise<T>;
}

/** Called by the launcher before it runs the bundle. */
export function lendImporter(importer: Importer): void {
  holder[slot] = importer;
}
