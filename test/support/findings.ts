// Test helpers (imported by *.test.ts only): records built through the real adapter and reducer, the real IP table.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GVL, TCModel, TCString } from '@iabtcf/core';
import { fromBeforeRequest, fromResponseStarted, type RawCookieChange } from '../../utils/observe/browser/adapter.ts';
import type { RawRequestBody } from '../../utils/observe/browser/request-body.ts';
import type {
  Attribution,
  AuditEvent,
  ChoiceSource,
  ConsentAction,
  PageBody,
  StorageKind,
} from '../../utils/observe/events.ts';
import { loadIpTable, type IpTable } from '../../utils/knowledge/ip-country.ts';
import { validatePageEvent } from '../../utils/observe/page/page-events.ts';
import { buildRecord, type PageRecord } from '../../utils/record/record.ts';
import { bodyFactsOf, pageBodyIds } from '../../utils/findings/body-ids.ts';
import { buildContext, type AnalyzeOptions, type Ctx } from '../../utils/findings/context.ts';
import { createKnowledge, type Knowledge } from '../../utils/knowledge/knowledge.ts';
import type { EvidenceTables } from '../../utils/knowledge/recipients.ts';
import type { DpfEvidence } from '../../data/dpf-evidence.ts';
import { cookieStored, navigation } from './raw-events.ts';

export const TAB = 7;
export const START = 1_700_000_000_000;

/** A page visit as raw browser/page events; times are ms after page start. */
export class Visit {
  readonly events: AuditEvent[] = [];
  private next = 1;

  constructor(
    readonly pageUrl = 'https://www.shop.example/',
    ip = '81.169.145.1',
  ) {
    this.events.push(...navigation(pageUrl, TAB, START));
    this.events.push(
      fromResponseStarted({ requestId: 'main', url: pageUrl, statusCode: 200, ip, tabId: TAB, timeStamp: START + 5 }),
    );
  }

  /** A request and its response (with the server IP and Set-Cookie headers, if any). */
  req(
    url: string,
    t: number,
    o: {
      type?: string;
      ip?: string;
      setCookie?: string[];
      initiator?: string;
      method?: string;
      proxy?: string;
      body?: string | RawRequestBody;
    } = {},
  ): this {
    return this.exchange(url, t, t + 1, { ...o, type: o.type ?? 'script' });
  }

  /** A request that starts at `start` and whose response (with Set-Cookie headers) arrives at `end`: in flight between the two. */
  slowReq(url: string, start: number, end: number, o: { type?: string; setCookie?: string[] } = {}): this {
    return this.exchange(url, start, end, { ...o, type: o.type ?? 'image' });
  }

  private exchange(
    url: string,
    start: number,
    end: number,
    o: {
      type: string;
      ip?: string;
      setCookie?: string[];
      initiator?: string;
      method?: string;
      proxy?: string;
      body?: string | RawRequestBody;
    },
  ): this {
    const requestId = `r${this.next++}`;
    const initiator = o.initiator ?? new URL(this.pageUrl).origin;
    const raw = {
      requestId,
      url,
      type: o.type,
      tabId: TAB,
      frameId: 0,
      timeStamp: START + start,
      initiator,
      ...(o.method ? { method: o.method } : {}),
      // A body is scanned as the worker scans it (body-ids.ts), and only its facts go into the event.
      ...(o.body === undefined
        ? {}
        : {
            requestBody: typeof o.body === 'string' ? { raw: [{ bytes: new TextEncoder().encode(o.body) }] } : o.body,
          }),
    };
    this.events.push(...fromBeforeRequest(raw, false, raw.requestBody ? bodyFactsOf(raw) : undefined));
    this.events.push(
      fromResponseStarted({
        requestId,
        url,
        statusCode: 200,
        tabId: TAB,
        timeStamp: START + end,
        ...(o.ip ? { ip: o.ip } : {}),
        // Firefox's webRequest names the proxy a response came through (its type, e.g. "http", or "direct").
        ...(o.proxy ? { proxyInfo: { type: o.proxy } } : {}),
        responseHeaders: (o.setCookie ?? []).map((value) => ({ name: 'Set-Cookie', value })),
      }),
    );
    return this;
  }

  /** cookies.onChanged: the browser stored a cookie. */
  cookie(name: string, domain: string, value: string, t: number, extra: Partial<RawCookieChange['cookie']> = {}): this {
    this.events.push(cookieStored(name, domain, value, START + t, extra));
    return this;
  }

  /** A document.cookie write reported by the page (with the writing script), then the browser's confirmation. */
  scriptCookie(
    name: string,
    value: string,
    t: number,
    script: string,
    domain = new URL(this.pageUrl).hostname.replace(/^www\./, ''),
    attribution?: Attribution,
  ): this {
    this.pageCookie(name, value, `${name}=${value}; domain=.${domain}; path=/`, t, script, attribution);
    return this.cookie(name, `.${domain}`, value, t + 1);
  }

  /** An SDK deleting its cookie (document.cookie with a past expiry), then the browser's removal. */
  removeCookie(
    name: string,
    t: number,
    script: string,
    domain = new URL(this.pageUrl).hostname.replace(/^www\./, ''),
  ): this {
    this.pageCookie(name, '', `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; domain=.${domain}; path=/`, t, script);
    const removal = { removed: true, cause: 'expired_overwrite' };
    this.events.push(cookieStored(name, `.${domain}`, '', START + t + 1, { hostOnly: false }, removal));
    return this;
  }

  /** The page's report of a document.cookie write. */
  private pageCookie(name: string, value: string, raw: string, t: number, script: string, attribution?: Attribution) {
    this.events.push({
      k: 'page-cookie',
      t: START + t,
      api: 'document.cookie',
      name,
      value,
      raw,
      frameUrl: this.pageUrl,
      script,
      ...(attribution ? { attribution } : {}),
    });
  }

  storage(
    key: string,
    value: string,
    t: number,
    o: { origin?: string; script?: string; api?: StorageKind; attribution?: Attribution } = {},
  ): this {
    this.events.push({
      k: 'page-storage',
      t: START + t,
      api: o.api ?? 'localStorage',
      origin: o.origin ?? new URL(this.pageUrl).origin,
      key,
      value,
      valueLength: value.length,
      frameUrl: this.pageUrl,
      ...(o.script ? { script: o.script } : {}),
      ...(o.attribution ? { attribution: o.attribution } : {}),
    });
    return this;
  }

  beacon(url: string, t: number, script?: string, attribution?: Attribution): this {
    this.events.push({
      k: 'page-beacon',
      t: START + t,
      url,
      bytes: 100,
      frameUrl: this.pageUrl,
      ...(script ? { script } : {}),
      ...(attribution ? { attribution } : {}),
    });
    return this;
  }

  /** A connection no request shows (a WebRTC ICE server, a preconnect), as the isolated world validates it. */
  connection(url: string, t: number, api: 'webrtc' | 'preconnect' = 'webrtc', script?: string): this {
    const ev = validatePageEvent({ k: 'page-connection', t: START + t, api, url, script }, this.pageUrl, Infinity);
    if (!ev) throw new Error(`not a connection: ${url}`);
    this.events.push(ev);
    return this;
  }

  /** A Blob body as the page's hook reports it, kept as the worker keeps it (its ids only: body-ids.ts). */
  blobBody(url: string, t: number, text: string, api: PageBody['api'] = 'sendBeacon'): this {
    const ev = pageBodyIds({
      k: 'page-body',
      t: START + t,
      url,
      api,
      bytes: text.length,
      text,
      frameUrl: this.pageUrl,
    });
    if (ev) this.events.push(ev);
    return this;
  }

  tcf(tcString: string, eventStatus: string, t: number): this {
    this.events.push({ k: 'page-tcf', t: START + t, tcString, eventStatus, frameUrl: this.pageUrl, top: true });
    return this;
  }

  /** A trusted visitor gesture (click, key): signals after it may be the visitor's answer. */
  gesture(t: number): this {
    this.events.push({ k: 'gesture', t: START + t, top: true });
    return this;
  }

  gtag(args: unknown[], t: number): this {
    this.events.push({ k: 'page-consent-mode', t: START + t, args, frameUrl: this.pageUrl });
    return this;
  }

  globals(globals: string[], t: number): this {
    this.events.push({ k: 'page-cmp', t: START + t, globals, frameUrl: this.pageUrl });
    return this;
  }

  choice(action: ConsentAction, t: number, source: ChoiceSource = 'automation'): this {
    this.events.push({ k: 'choice', t: START + t, action, source, via: `test ${action} button` });
    return this;
  }

  /** The background applies the pending clean event right after the reloaded page's navigation, as here. */
  clean(t = -500): this {
    this.events.push({
      k: 'clean',
      t: START + t,
      clearedCookies: 3,
      clearedOrigins: [new URL(this.pageUrl).origin],
      storedConsent: [],
    });
    return this;
  }

  record(): PageRecord {
    const b = buildRecord(TAB, this.events);
    const r = b.record;
    if (!r) throw new Error('no record');
    return r;
  }
}

let table: IpTable | null = null;

/** The real compiled table (public/data/ip-country.bin), built on first use when missing. */
export function realIpTable(): IpTable {
  if (table) return table;
  const root = process.cwd();
  const bin = join(root, 'public/data/ip-country.bin');
  if (!existsSync(bin)) execFileSync(process.execPath, ['scripts/build-ip-table.mjs'], { cwd: root });
  table = loadIpTable(new Uint8Array(readFileSync(bin)));
  return table;
}

let knowledge: Knowledge | null = null;

export function realKnowledge(): Knowledge {
  knowledge ??= createKnowledge({ ipTable: realIpTable() });
  return knowledge;
}

const FIXTURE_DAY = '2026-12-01';
const fixtureDpf = (entity: string, certified: boolean): DpfEvidence => ({
  entity,
  certified,
  source: `https://www.dataprivacyframework.gov/fixture/${encodeURIComponent(entity)}`,
  checked: FIXTURE_DAY,
});

/** Test-only DPF facts (not research): Google LLC and Meta Platforms, Inc. certified, Snap Inc. not. */
export const FIXTURE_EVIDENCE: EvidenceTables = {
  dpf: {
    'Google LLC': fixtureDpf('Google LLC', true),
    'Meta Platforms, Inc.': fixtureDpf('Meta Platforms, Inc.', true),
    'Snap Inc.': fixtureDpf('Snap Inc.', false),
  },
  transfers: {},
};

let fixtureCache: Knowledge | null = null;

let noEvidenceCache: Knowledge | undefined;
/** The real dataset and IP table with empty evidence tables: every DPF status "not known", no documented recipients. */
export function noEvidenceKnowledge(): Knowledge {
  noEvidenceCache ??= createKnowledge({ ipTable: realIpTable(), evidence: { dpf: {}, transfers: {} } });
  return noEvidenceCache;
}

/** The real dataset and IP table with FIXTURE_EVIDENCE in place of the (still empty) evidence tables. */
export function fixtureKnowledge(): Knowledge {
  fixtureCache ??= createKnowledge({ ipTable: realIpTable(), evidence: FIXTURE_EVIDENCE });
  return fixtureCache;
}

export function contextOf(v: Visit, options: AnalyzeOptions = {}, k: Knowledge = realKnowledge()): Ctx {
  return buildContext(v.record(), k, options);
}

/** A TCF v2 string from CMP `cmpId` granting `purposes` (and `vendors`), encoded with @iabtcf/core. */
export function encodeTc(purposes: number[], vendors: number[] = [], cmpId = 10): string {
  const gvl = new GVL({
    gvlSpecificationVersion: 3,
    vendorListVersion: 50,
    tcfPolicyVersion: 4,
    lastUpdated: '2024-01-01T00:00:00Z',
    purposes: {},
    specialPurposes: {},
    features: {},
    specialFeatures: {},
    stacks: {},
    vendors: {},
  });
  const m = new TCModel(gvl);
  m.cmpId = cmpId;
  m.cmpVersion = 1;
  m.purposeConsents.set(purposes);
  m.vendorConsents.set(vendors);
  return TCString.encode(m);
}
