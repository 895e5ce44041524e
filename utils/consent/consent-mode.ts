// Google Consent Mode v2: gtag/dataLayer consent commands and their replay (the hits' gcs/gcd: google-hit-consent.ts).

export type ConsentValue = 'granted' | 'denied';

export const CONSENT_MODE_SIGNALS = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
export type ConsentSignal = (typeof CONSENT_MODE_SIGNALS)[number];

export interface ConsentCommand {
  action: 'default' | 'update';
  /** Known signals with a valid value. */
  signals: Partial<Record<ConsentSignal, ConsentValue>>;
  /** Keys that are not known signals nor options, kept verbatim (custom consent types, typos). */
  unknown: Record<string, unknown>;
  /** Known signals or options whose value had the wrong type, e.g. "ad_storage: 'yes'". */
  invalid: string[];
  waitForUpdate?: number;
  region?: string[];
}

const SIGNAL_SET: ReadonlySet<string> = new Set(CONSENT_MODE_SIGNALS);
const MAX_KEYS = 200;

function isSignal(k: string): k is ConsentSignal {
  return SIGNAL_SET.has(k);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function safeKeys(o: Record<string, unknown>): string[] {
  try {
    return Object.keys(o).slice(0, MAX_KEYS);
  } catch {
    return [];
  }
}

function safeGet(o: Record<string, unknown>, k: string): unknown {
  try {
    return o[k];
  } catch {
    return undefined;
  }
}

/**
 * Parses `gtag('consent', 'default'|'update', {...})` arguments (as pushed to dataLayer); null if not such a command.
 */
export function parseConsentCommand(args: unknown[]): ConsentCommand | null {
  if (!Array.isArray(args) || args[0] !== 'consent') return null;
  const action = args[1];
  if (action !== 'default' && action !== 'update') return null;
  const params = args[2];
  if (!isRecord(params)) return null;
  const cmd: ConsentCommand = { action, signals: {}, unknown: {}, invalid: [] };
  for (const key of safeKeys(params)) {
    const v = safeGet(params, key);
    if (isSignal(key)) {
      if (v === 'granted' || v === 'denied') cmd.signals[key] = v;
      else cmd.invalid.push(`${key}: ${describe(v)}`);
    } else if (key === 'wait_for_update') {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) cmd.waitForUpdate = v;
      else cmd.invalid.push(`wait_for_update: ${describe(v)}`);
    } else if (key === 'region') {
      const region = parseRegion(v);
      if (region) cmd.region = region;
      else cmd.invalid.push(`region: ${describe(v)}`);
    } else {
      cmd.unknown[key] = v;
    }
  }
  return cmd;
}

function parseRegion(v: unknown): string[] | null {
  if (typeof v === 'string' && v !== '') return [v];
  if (!Array.isArray(v) || v.length === 0) return null;
  const out: string[] = [];
  for (const r of v.slice(0, MAX_KEYS)) {
    if (typeof r !== 'string' || r === '') return null;
    out.push(r);
  }
  return out;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.slice(0, 40));
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export type SignalMap = Partial<Record<ConsentSignal, ConsentValue>>;

export interface ConsentModeHistoryEntry {
  t: number;
  action: 'default' | 'update';
  signals: SignalMap;
  region?: string[];
  /**
   * False for regional defaults that do not match the visitor
   * region, and for defaults after an update of the same signal.
   */
  applied: boolean;
  /** Effective state after this command. */
  current: SignalMap;
}

export interface ConsentModeState {
  /** Defaults in effect before the first update (global defaults, overridden by matching regional ones). */
  defaults: SignalMap;
  current: SignalMap;
  history: ConsentModeHistoryEntry[];
  firstDefaultAt: number | null;
  firstUpdateAt: number | null;
  /** Signals whose default was 'granted' (before the banner could be answered). */
  defaultGrantedBeforeUpdate: ConsentSignal[];
  /** An update arrived before any default command. */
  updateBeforeDefault: boolean;
  /** Regional defaults not applied because the visitor region did not match. */
  regionalDefaultsSkipped: { region: string[]; signals: SignalMap }[];
}

/**
 * True if `visitor` (e.g. 'DE' or 'US-CA') is covered by a region entry ('US' covers 'US-CA').
 * Unknown visitor region: regional defaults are assumed to apply, since the audit takes an EEA visitor's view
 * and regional defaults almost always list EEA/UK/CH regions.
 */
function regionMatches(regions: string[], visitor: string | undefined): boolean {
  if (!visitor) return true;
  const v = visitor.toUpperCase();
  return regions.some((r) => {
    const u = r.toUpperCase();
    return v === u || v.startsWith(`${u}-`);
  });
}

export function replayConsentMode(
  commands: { t: number; cmd: ConsentCommand }[],
  opts: { visitorRegion?: string } = {},
): ConsentModeState {
  const sorted = commands
    .map((c, i) => ({ ...c, i }))
    .filter((c) => Number.isFinite(c.t))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const globalDefaults: SignalMap = {};
  const regionalDefaults: SignalMap = {};
  const updated: SignalMap = {};
  const history: ConsentModeHistoryEntry[] = [];
  const regionalDefaultsSkipped: ConsentModeState['regionalDefaultsSkipped'] = [];
  let firstDefaultAt: number | null = null;
  let firstUpdateAt: number | null = null;
  let defaultsBeforeUpdate: SignalMap | null = null;

  const effective = (): SignalMap => ({ ...globalDefaults, ...regionalDefaults, ...updated });

  for (const { t, cmd } of sorted) {
    let applied = true;
    if (cmd.action === 'default') {
      if (firstDefaultAt === null) firstDefaultAt = t;
      const regional = cmd.region !== undefined;
      if (regional && !regionMatches(cmd.region ?? [], opts.visitorRegion)) {
        applied = false;
        regionalDefaultsSkipped.push({ region: cmd.region ?? [], signals: { ...cmd.signals } });
      } else {
        const target = regional ? regionalDefaults : globalDefaults;
        for (const [k, v] of signalEntries(cmd.signals)) {
          // gtag: a default never overrides a value already set by an update.
          if (updated[k] !== undefined) applied = false;
          target[k] = v;
        }
      }
    } else {
      if (firstUpdateAt === null) {
        firstUpdateAt = t;
        defaultsBeforeUpdate = { ...globalDefaults, ...regionalDefaults };
      }
      for (const [k, v] of signalEntries(cmd.signals)) updated[k] = v;
    }
    history.push({
      t,
      action: cmd.action,
      signals: { ...cmd.signals },
      ...(cmd.region ? { region: [...cmd.region] } : {}),
      applied,
      current: effective(),
    });
  }

  const defaults = defaultsBeforeUpdate ?? { ...globalDefaults, ...regionalDefaults };
  const defaultGrantedBeforeUpdate = signalEntries(defaults)
    .filter(([, v]) => v === 'granted')
    .map(([k]) => k);
  return {
    defaults,
    current: effective(),
    history,
    firstDefaultAt,
    firstUpdateAt,
    defaultGrantedBeforeUpdate,
    updateBeforeDefault: firstUpdateAt !== null && (firstDefaultAt === null || firstUpdateAt < firstDefaultAt),
    regionalDefaultsSkipped,
  };
}

function signalEntries(m: SignalMap): [ConsentSignal, ConsentValue][] {
  const out: [ConsentSignal, ConsentValue][] = [];
  for (const k of CONSENT_MODE_SIGNALS) {
    const v = m[k];
    if (v !== undefined) out.push([k, v]);
  }
  return out;
}
