// The extension's _locales: both languages parse, carry the same keys, say something, and fit the stores' limits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LANGS = ['en', 'de'] as const;
// The manifest refers to these as __MSG_<key>__ (name, description, action title).
const REQUIRED = ['extName', 'extDescription', 'actionTitle'];
// Chrome Web Store rejects a longer manifest description.
const MAX_DESCRIPTION = 132;
const MAX_NAME = 75;

interface Message {
  message: string;
  description?: string;
}

function isMessage(x: unknown): x is Message {
  if (typeof x !== 'object' || x === null || !('message' in x) || typeof x.message !== 'string') return false;
  return !('description' in x) || typeof x.description === 'string';
}

function load(lang: string): Record<string, Message> {
  const raw: unknown = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${lang}: not an object`);
  const out: Record<string, Message> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isMessage(value)) throw new Error(`${lang}.${key}: not a { message, description? } entry`);
    out[key] = value;
  }
  return out;
}

describe.each(LANGS)('_locales/%s/messages.json', (lang) => {
  const messages = load(lang);

  it('has the keys the manifest uses', () => {
    for (const key of REQUIRED) expect(messages[key], key).toBeDefined();
  });

  it('has the same keys as English', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(load('en')).sort());
  });

  it('says something in every message, with keys Chrome accepts', () => {
    for (const [key, m] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(m.message.trim(), key).not.toBe('');
      expect(m.message).not.toMatch(/__MSG_/);
    }
  });

  it('fits the store limits', () => {
    expect([...(messages.extDescription?.message ?? '')].length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect([...(messages.extName?.message ?? '')].length).toBeLessThanOrEqual(MAX_NAME);
  });
});

it('German really is German, not a copy of English', () => {
  const en = load('en');
  const de = load('de');
  expect(de.extDescription?.message).not.toBe(en.extDescription?.message);
  expect(de.actionTitle?.message).not.toBe(en.actionTitle?.message);
});
