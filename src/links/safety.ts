import type {BlockList, LookupFunction} from 'node:net';
import type {LookupAddress} from 'node:dns';
import * as load from './net-modules.js';

let blockList: BlockList | undefined;

/**
 * Addresses no link check may reach by default: CI lints pull requests written by strangers,
 * and a link to http://169.254.169.254/ must not read the cloud's metadata service. Made on first
 * use: node:net loads when the checker first tests an address (src/links/net-modules.ts).
 */
function blocked(): BlockList {
  if (blockList) return blockList;
  const list = new (load.net().BlockList)();
  for (const [net, prefix] of [
    ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches localhost on Linux
    ['10.0.0.0', 8],
    ['100.64.0.0', 10], // shared address space (some clouds' metadata lives here)
    ['127.0.0.0', 8],
    ['169.254.0.0', 16], // link-local, cloud metadata
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
  ] as const) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of [
    ['::', 128],
    ['::1', 128],
    ['fc00::', 7], // unique local (fd00:ec2::254 is a metadata address)
    ['fe80::', 10],
  ] as const) list.addSubnet(net, prefix, 'ipv6');
  return (blockList = list);
}

/** Is this IP literal loopback, private, link-local or a metadata address? */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked().check(mapped[1]!, 'ipv4');
  const family = load.net().isIP(address);
  if (family === 4) return blocked().check(address, 'ipv4');
  if (family === 6) return blocked().check(address, 'ipv6');
  return false;
}

/** The error a refused address raises inside a request: it carries its own code. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATE';
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to ${address}, a private or loopback address`);
  }
}

type Resolve = (hostname: string, options: {all: true; family?: number; hints?: number}, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/**
 * A DNS lookup for the HTTP agents that drops private addresses, so the check is made on the
 * address actually connected to (a public name pointing at 127.0.0.1 is refused too).
 *
 * Each name is looked up once per run (per family and hints): every new connection to a host
 * would ask the same question, and lookups queue on libuv's four threads, so the first burst of
 * connections would wait for each other. Failures are not kept: a retry asks again.
 */
export function safeLookup(allowPrivate: boolean, resolve: Resolve = load.dns().lookup as unknown as Resolve): LookupFunction {
  const answers = new Map<string, Promise<LookupAddress[]>>();
  return ((hostname: string, options: {all?: boolean; family?: number; hints?: number}, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    const query = {all: true as const, ...(options.family ? {family: options.family} : {}), ...(options.hints ? {hints: options.hints} : {})};
    const key = `${hostname}\0${query.family ?? 0}\0${query.hints ?? 0}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = new Promise((found, failed) => resolve(hostname, query, (error, addresses) => (error ? failed(error) : found(addresses))));
      answers.set(key, answer);
      answer.catch(() => answers.delete(key));
    }
    answer.then(
      (addresses) => {
        const usable = allowPrivate ? addresses : addresses.filter((entry) => !isPrivateAddress(entry.address));
        if (usable.length === 0) return callback(new PrivateAddressError(hostname, addresses[0]?.address ?? '?'), options.all ? [] : '', undefined);
        if (options.all) return callback(null, usable);
        return callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : '', undefined),
    );
  }) as unknown as LookupFunction; // node's LookupFunction overloads cannot be written as one arrow function
}
