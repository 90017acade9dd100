import {createRequire} from 'node:module';

/**
 * Node's network modules, loaded when the link checker first needs one (a request, a lookup, an
 * address test), not when its thread starts. The thread is started early on every online run
 * (src/links/spare.ts), and most of those with nothing external to check would otherwise load
 * http, https, net, tls, zlib and dns for nothing: with the launcher's V8 flags (src/v8-tuning.ts)
 * built-ins are compiled from source: measured on a one-post online run, about 20 ms of CPU and
 * 7 MiB of peak memory (bench/README.md, "One post, cold"). Each getter returns the module Node
 * itself caches.
 */
const require = createRequire(import.meta.url);

export const http = (): typeof import('node:http') => require('node:http') as typeof import('node:http');
export const https = (): typeof import('node:https') => require('node:https') as typeof import('node:https');
export const net = (): typeof import('node:net') => require('node:net') as typeof import('node:net');
export const tls = (): typeof import('node:tls') => require('node:tls') as typeof import('node:tls');
export const zlib = (): typeof import('node:zlib') => require('node:zlib') as typeof import('node:zlib');
export const dns = (): typeof import('node:dns') => require('node:dns') as typeof import('node:dns');
export const stringDecoder = (): typeof import('node:string_decoder') => require('node:string_decoder') as typeof import('node:string_decoder');
export const dnsPromises = (): typeof import('node:dns/promises') => require('node:dns/promises') as typeof import('node:dns/promises');
