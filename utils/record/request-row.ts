// The object a recorded request is: a request entry's fields, as a class for V8's sake (see below).
import type { Source } from '../observe/events.ts';
import type { Party } from '../url/party.ts';
import { NO_SET_COOKIES, type RequestEntry } from './page-record.ts';

/**
 * A request entry as the request reducer makes it: a class rather than a literal for V8's sake. A constructor's
 * objects get spare in-object room while V8 learns their size, so the fields the response adds later (status,
 * fromCache, ip) need no separate property array per entry, which every young-generation GC would copy with the entry.
 * Own data fields only, in the literal's key order, no methods: JSON, `for...in` (the packed push) and the tests see
 * the same entry.
 */
export class RequestRow implements RequestEntry {
  id: string;
  url: string;
  host: string;
  site: string;
  party: Party;
  type: RequestEntry['type'];
  method: string;
  t: number;
  frameId: number;
  setCookies: readonly string[];
  source: Source;

  constructor(
    id: string,
    url: string,
    host: string,
    site: string,
    party: Party,
    type: RequestEntry['type'],
    method: string,
    t: number,
    frameId: number,
    source: Source,
  ) {
    this.id = id;
    this.url = url;
    this.host = host;
    this.site = site;
    this.party = party;
    this.type = type;
    this.method = method;
    this.t = t;
    this.frameId = frameId;
    this.setCookies = NO_SET_COOKIES;
    this.source = source;
  }
}
