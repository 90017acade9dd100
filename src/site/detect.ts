// Site detection lives with the generator modules; this name stays for the code that imports it.
export {forgetSites, siteFor} from './generators/index.js';
export type {SiteInfo} from './generators/types.js';
