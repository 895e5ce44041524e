// One hashing interface for the extension and the CLI: SHA through WebCrypto (globalThis.crypto.subtle exists in
// browsers and in Node >= 20, so no node:crypto import leaks into the browser bundle), MD5 from md5.ts.
import { md5Hex } from './md5.ts';

export type HashAlgorithm = 'md5' | 'sha1' | 'sha256';

export interface Hasher {
  hex(alg: HashAlgorithm, text: string): Promise<string>;
}

function toHex(buf: ArrayBuffer): string {
  let s = '';
  for (const b of new Uint8Array(buf)) s += b.toString(16).padStart(2, '0');
  return s;
}

const SUBTLE_NAME: Readonly<Record<'sha1' | 'sha256', string>> = { sha1: 'SHA-1', sha256: 'SHA-256' };

/** The default hasher; throws a clear error when no WebCrypto is present (never silently skips a hash). */
export const webHasher: Hasher = {
  async hex(alg, text) {
    if (alg === 'md5') return md5Hex(text);
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) throw new Error('canary: WebCrypto (crypto.subtle) is not available, SHA hashes cannot be computed');
    return toHex(await subtle.digest(SUBTLE_NAME[alg], new TextEncoder().encode(text)));
  },
};
