// Canary values typed into a page's forms: unique per audit so that any copy of them elsewhere is proof of a leak.

export type CanaryField = 'email' | 'phone' | 'name' | 'text';

export interface CanaryValue {
  field: CanaryField;
  value: string;
}

export type CanarySet = Readonly<Record<CanaryField, string>>;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Lower-case letters only, so one token fits a name, an address's local part and a free text alike. */
export function randomToken(length = 10): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += LETTERS[b % 26];
  return s;
}

// A hostname a mail address may carry; anything else (an IP,
// a broken value) falls back to a reserved domain (RFC 2606).
function mailDomain(site: string): string {
  const s = typeof site === 'string' ? site.trim().toLowerCase() : '';
  return /^(?=.{1,200}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(s) && !/^[0-9.]+$/.test(s) ? s : 'example.invalid';
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * One set of canaries. Each field has its own token, so a leak says which field it came from. The phone number is
 * from Ofcom's range reserved for drama (+44 7700 900000-900999): it can never reach a real person.
 */
export function makeCanaries(site: string, token: (n?: number) => string = randomToken): CanarySet {
  const phoneTail = String((LETTERS.indexOf(token(1)) * 37) % 1000).padStart(3, '0');
  return {
    email: `ca-${token()}@${mailDomain(site)}`,
    phone: `+44 7700 900${phoneTail}`,
    name: `Cara ${cap(token())}`,
    text: `Canary note ${token()}`,
  };
}

export function canaryValues(set: CanarySet): CanaryValue[] {
  return (['email', 'phone', 'name', 'text'] as const).map((field) => ({ field, value: set[field] }));
}
