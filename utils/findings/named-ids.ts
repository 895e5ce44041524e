// A value the sender itself names a visitor id (uid=, visitor_id=, a cookie adnet_uid): taken at its word unless it
// is a placeholder. Randomness is no test here: a short or letters-only id (uid=pre-laokds) is an id all the same.

/** Name parts that say "this identifies the visitor, client, device or session" on their own. */
const ID_WORDS = new Set([
  'uid',
  'uuid',
  'guid',
  'tuid',
  'cid',
  'vid',
  'sid',
  'fpid',
  'fingerprint',
  'visitorid',
  'userid',
  'clientid',
  'deviceid',
  'sessionid',
  'anonid',
  'anonymousid',
]);
/** Words that name an id only with "id" after them: visitor_id, deviceId; device=mobile is no id. */
const ID_OWNERS = new Set(['visitor', 'user', 'client', 'device', 'session', 'anon', 'anonymous']);
/** Name parts that turn an id word into something else: user_agent, session_count, client_version. */
const NOT_ID_WORDS = new Set([
  'agent',
  'count',
  'start',
  'end',
  'time',
  'ts',
  'timestamp',
  'length',
  'len',
  'duration',
  'number',
  'num',
  'type',
  'name',
  'lang',
  'language',
  'locale',
  'version',
  'ver',
  'os',
  'status',
  'state',
  'consent',
  'country',
  'region',
  'width',
  'height',
]);
/** What consent-aware scripts send instead of an id (compared lower-case, letters and digits only). */
const PLACEHOLDERS = new Set([
  'anonymous',
  'anon',
  'guest',
  'unknown',
  'undefined',
  'null',
  'none',
  'nil',
  'nan',
  'true',
  'false',
  'notset',
  'unset',
  'optout',
  'optedout',
  'disabled',
  'denied',
  'declined',
  'rejected',
  'noconsent',
  'nocookie',
  'nocookies',
  'redacted',
  'hidden',
  'private',
  'empty',
  'default',
  'blocked',
  'pending',
  'missing',
  'loggedin',
  'loggedout',
  'notloggedin',
]);
const NOT_ID_CHARS = /[\s{}[\]<>"'\\]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?([+-]\d{2}:?\d{2})?)?$/;
const MIN_ALNUM = 6;
const MAX_LENGTH = 1024;

/** Does a parameter or cookie name say it holds a visitor id? Split at _ - . and camelCase: adnet_uid, visitorId. */
export function isIdName(name: string): boolean {
  if (name.length > 64) return false;
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((p) => p !== '');
  const named = parts.some((p, i) => ID_WORDS.has(p) || (ID_OWNERS.has(p) && parts[i + 1] === 'id'));
  return named && !parts.some((p) => NOT_ID_WORDS.has(p));
}

/** A value under an id name that can tell visitors apart: six letters or digits or more, not a placeholder. */
export function isNamedIdValue(value: string): boolean {
  const v = value.trim();
  if (v.length > MAX_LENGTH || NOT_ID_CHARS.test(v) || v.includes('://') || ISO_DATE.test(v)) return false;
  const alnum = v.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (alnum.length < MIN_ALNUM || PLACEHOLDERS.has(alnum)) return false;
  // 000000, xxxxxxxx, the all-zero UUID: one or two symbols tell nobody apart.
  return new Set(alnum).size >= 3;
}
