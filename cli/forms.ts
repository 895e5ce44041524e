// `scan --forms`: types canary values into the page's e-mail, phone, name and free-text fields the way a person does
// (click, key by key, Tab away), watches every request, WebSocket frame, cookie and storage write for a copy, and
// with `--forms submit` also submits the form. Browser-bound; what counts as a leak is decided in utils/.
import type { BrowserContext, Frame, Locator, Page, Request } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  bodyText,
  buildScanner,
  canaryPatterns,
  canaryValues,
  makeCanaries,
  type CanaryHit,
  type CanarySet,
  type FormLeak,
} from '../utils/knowledge/canary/index.ts';
import {
  FILL_SELECTORS,
  MAX_FILL_FIELDS,
  SKIP_INPUT_TYPES,
  type FilledField,
} from '../utils/observe/page/form-fill.ts';
import type { PageRecord } from '../utils/record/record.ts';
import { siteOf } from '../utils/url/party.ts';

export type FormsMode = 'off' | 'fill' | 'submit';

const TYPE_DELAY_MS = 25;
const ACTION_TIMEOUT_MS = 3_000;
const SELECTORS = FILL_SELECTORS;
const MAX_FIELDS = MAX_FILL_FIELDS;

export type { FilledField };

/** What a form run hands to the report: the copies found, the fields typed, and the page after a submission. */
export interface FormsResult {
  leaks: FormLeak[];
  filled: FilledField[];
  submitted: boolean;
  after?: { pageText: string; formText: string; pageUrl: string } | null;
}

export interface FormsSession {
  canaries: CanarySet;
  filled: FilledField[];
  /** Submits the form of the first filled field; false when there was no form to submit. */
  submit(): Promise<boolean>;
  /** Text of the submitted form (labels, button), read just before submitting; '' before a submit. */
  readonly formText: string;
  /**
   * Stops watching and returns every copy of a canary seen since the fill began: requests, WebSocket frames, cookies,
   * and the extension record's storage writes (localStorage, sessionStorage, IndexedDB) when one is given.
   */
  collect(record?: PageRecord | null): Promise<FormLeak[]>;
}

interface Seen {
  req: Request;
  t: number;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The page's frame and its same-origin descendants (cross-origin frames belong to someone else's form). */
function sameOriginFrames(page: Page): Frame[] {
  const top = originOf(page.url());
  return page.frames().filter((f) => originOf(f.url()) === top);
}

async function typeLikeAPerson(el: Locator, value: string): Promise<void> {
  await el.click({ timeout: ACTION_TIMEOUT_MS });
  await el.pressSequentially(value, { delay: TYPE_DELAY_MS, timeout: ACTION_TIMEOUT_MS * 4 });
  // Tab moves focus on as a person does: keydown, blur, change, focusout all fire.
  await el.press('Tab', { timeout: ACTION_TIMEOUT_MS });
}

async function fillFrame(
  frame: Frame,
  canaries: CanarySet,
  filled: FilledField[],
  firstForm: { el: Locator | null },
): Promise<void> {
  for (const [field, css] of SELECTORS) {
    const all = frame.locator(css);
    const n = Math.min(await all.count().catch(() => 0), MAX_FIELDS);
    for (let i = 0; i < n && filled.length < MAX_FIELDS; i++) {
      const el = all.nth(i);
      const ok = await el
        .evaluate((e, skip) => {
          const i = e as HTMLInputElement;
          return (
            !i.disabled && !i.readOnly && !skip.includes(i.type) && i.value === '' && !i.hasAttribute('data-ca-canary')
          );
        }, SKIP_INPUT_TYPES)
        .catch(() => false);
      if (!ok || !(await el.isVisible().catch(() => false))) continue;
      try {
        await typeLikeAPerson(el, canaries[field]);
      } catch {
        continue;
      }
      const control = await el
        .evaluate((e) => {
          // Marks the field so a later selector does not type into it twice (an e-mail input named "name_email").
          e.setAttribute('data-ca-canary', '');
          return e.getAttribute('name') || e.id || null;
        })
        .catch(() => null);
      filled.push({ field, control, frameUrl: frame.url() });
      if (!firstForm.el && (await el.evaluate((e) => (e as HTMLInputElement).form !== null).catch(() => false)))
        firstForm.el = el;
    }
  }
}

function leaksOf(
  hits: readonly CanaryHit[],
  base: Omit<FormLeak, 'field' | 'encoding' | 'normalised' | 'where' | 'control'>,
  filled: FilledField[],
): FormLeak[] {
  return hits.map((h) => ({
    ...base,
    field: h.field,
    encoding: h.encoding,
    normalised: h.normalised,
    where: h.where,
    control: filled.find((f) => f.field === h.field)?.control ?? null,
  }));
}

/** Fills the page's fields; watching starts before the first key so that a keystroke logger is seen too. */
export async function fillForms(page: Page, context: BrowserContext): Promise<FormsSession> {
  const canaries = makeCanaries(siteOf(hostOf(page.url())));
  const fillStart = Date.now();
  const scanner = buildScanner(await canaryPatterns(canaryValues(canaries)));
  const seen: Seen[] = [];
  const frames: Array<{ url: string; t: number; payload: string }> = [];
  let submittedAt = Infinity;
  const onRequest = (req: Request): void => {
    seen.push({ req, t: Date.now() });
  };
  context.on('request', onRequest);
  page.on('websocket', (ws) =>
    ws.on('framesent', (f) =>
      frames.push({
        url: ws.url(),
        t: Date.now(),
        payload: typeof f.payload === 'string' ? f.payload : bodyText(f.payload),
      }),
    ),
  );
  const filled: FilledField[] = [];
  const firstForm: { el: Locator | null } = { el: null };
  for (const frame of sameOriginFrames(page)) await fillFrame(frame, canaries, filled, firstForm);
  let formText = '';
  return {
    canaries,
    filled,
    get formText() {
      return formText;
    },
    async submit() {
      const el = firstForm.el;
      if (!el) return false;
      // What the form says (newsletter or not) decides whether the double opt-in hint applies.
      formText = await el
        .evaluate((e) => ((e as HTMLInputElement).form?.innerText ?? '').slice(0, 5000))
        .catch(() => '');
      submittedAt = Date.now();
      const button = el
        .locator('xpath=ancestor::form[1]')
        .locator('button[type=submit], input[type=submit], button:not([type])')
        .first();
      if (await button.count().catch(() => 0))
        await button.click({ timeout: ACTION_TIMEOUT_MS }).catch(() => el.press('Enter'));
      else await el.evaluate((e) => (e as HTMLInputElement).form?.requestSubmit());
      return true;
    },
    async collect(record) {
      context.off('request', onRequest);
      const out: FormLeak[] = [];
      for (const { req, t } of seen) {
        const hits = scanner.scanRequest({
          url: req.url(),
          headers: Object.entries(req.headers()).map(([name, value]) => ({ name, value })),
          // The bytes as sent: the scanner decodes only a body that holds a canary.
          body: req.postDataBuffer(),
        });
        if (hits.length === 0) continue;
        // The server address is evidence for the transfer; a beacon without an answer must not stall the audit.
        const resp = await Promise.race([req.response().catch(() => null), sleep(1_000).then(() => null)]);
        const addr = resp ? await resp.serverAddr().catch(() => null) : null;
        out.push(
          ...leaksOf(
            hits,
            {
              url: req.url(),
              host: hostOf(req.url()),
              method: req.method(),
              type: req.resourceType(),
              t,
              afterSubmit: t >= submittedAt,
              serverIp: addr?.ipAddress ?? null,
            },
            filled,
          ),
        );
      }
      for (const f of frames) {
        out.push(
          ...leaksOf(
            scanner.scanText(f.payload, 'body'),
            {
              url: f.url,
              host: hostOf(f.url),
              method: 'WS',
              type: 'websocket',
              t: f.t,
              afterSubmit: f.t >= submittedAt,
              serverIp: null,
            },
            filled,
          ),
        );
      }
      const now = Date.now();
      for (const c of await context.cookies().catch(() => [])) {
        const hits = scanner.scanText(`${c.name}=${c.value}`, 'cookie');
        out.push(
          ...leaksOf(
            hits,
            {
              url: `cookie:${c.domain}${c.path}`,
              host: c.domain.replace(/^\./, ''),
              method: 'SET',
              type: 'cookie',
              t: now,
              afterSubmit: now >= submittedAt,
              serverIp: null,
            },
            filled,
          ),
        );
      }
      for (const s of record?.storage ?? []) {
        if (s.lastT < fillStart) continue;
        const hits = scanner.scanText(`${s.key}\n${s.value}`, 'storage');
        const t = Math.max(s.t, fillStart);
        const base = {
          url: s.origin,
          host: s.host,
          method: s.kind,
          type: 'storage',
          t,
          afterSubmit: t >= submittedAt,
          serverIp: null,
          key: s.key,
          script: s.script ?? null,
          attribution: s.attribution ?? null,
        };
        out.push(...leaksOf(hits, base, filled));
      }
      return out;
    },
  };
}
