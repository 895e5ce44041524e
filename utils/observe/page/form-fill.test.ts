// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FILL_SELECTORS,
  fillCanariesInDocument,
  filledFieldsOf,
  MAX_FILL_FIELDS,
  SKIP_INPUT_TYPES,
  type FillArgs,
} from './form-fill.ts';

const canaries = {
  email: 'ca-abcdefghij@shop.test',
  phone: '+44 7700 900123',
  name: 'Cara Klmnopqrst',
  text: 'Canary note uvwxyzabcd',
};
// happy-dom cannot parse the case-insensitive attribute flag; the selectors are otherwise the shipped ones.
const SELECTORS = FILL_SELECTORS.map(([f, css]) => [f, css.replace(/ i\]/g, ']')] as const);
const args = (o: Partial<FillArgs> = {}): FillArgs => ({
  canaries,
  selectors: SELECTORS,
  skipTypes: SKIP_INPUT_TYPES,
  topOrigin: self.origin,
  max: MAX_FILL_FIELDS,
  ...o,
});

beforeEach(() => {
  document.body.innerHTML = '';
  // happy-dom lays nothing out: give every element a box, as a visible field has.
  Element.prototype.getBoundingClientRect = function () {
    return (this as HTMLElement).hidden ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, 0, 100, 20);
  };
});

describe('fillCanariesInDocument', () => {
  it('types each field its canary, key by key, with the events a person causes, and never submits', () => {
    document.body.innerHTML = `<form><input name="first_name" autocomplete="given-name"><input type="email" name="email">
      <input type="tel" name="tel"><textarea name="msg"></textarea><input type="password" name="pw"><input type="hidden" name="h">
      <input name="user_name" hidden><input name="nick_name" disabled><button>Go</button></form>`;
    const events: string[] = [];
    let submitted = false;
    document.querySelector('form')!.addEventListener('submit', () => {
      submitted = true;
    });
    const email = document.querySelector<HTMLInputElement>('input[type=email]')!;
    for (const type of ['focus', 'keydown', 'input', 'keyup', 'change', 'blur'])
      email.addEventListener(type, () => events.push(type));
    const filled = fillCanariesInDocument(args());
    expect(filled.map((f) => `${f.field}:${f.control}`)).toEqual([
      'email:email',
      'phone:tel',
      'name:first_name',
      'text:msg',
    ]);
    expect(email.value).toBe(canaries.email);
    expect(document.querySelector<HTMLTextAreaElement>('textarea')!.value).toBe(canaries.text);
    expect(document.querySelector<HTMLInputElement>('[name=pw]')!.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('[name=user_name]')!.value).toBe('');
    expect(events.filter((e) => e === 'keydown')).toHaveLength(canaries.email.length);
    expect(events[0]).toBe('focus');
    expect(events.slice(-2)).toEqual(['change', 'blur']);
    expect(submitted).toBe(false);
  });

  it('reaches into open shadow roots, fills a field once, and skips fields that already hold a value', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="email" name="shadow_email">';
    document.body.innerHTML = '<input name="name_email"><input name="full_name" value="Ann">';
    document.body.append(host);
    const filled = fillCanariesInDocument(args());
    expect(filled.map((f) => `${f.field}:${f.control}`)).toEqual(['email:name_email', 'email:shadow_email']);
    expect(host.shadowRoot!.querySelector('input')!.value).toBe(canaries.email);
  });

  it('a selector the engine cannot parse skips that selector only', () => {
    document.body.innerHTML = '<textarea></textarea>';
    expect(
      fillCanariesInDocument(
        args({
          selectors: [
            ['email', 'input[type=email i]'],
            ['text', 'textarea'],
          ],
        }),
      ).map((f) => f.field),
    ).toEqual(['text']);
  });

  it('leaves a frame of another origin alone, and stops at the field limit', () => {
    document.body.innerHTML = '<input type="email"><input type="email"><input type="email">';
    expect(fillCanariesInDocument(args({ topOrigin: 'https://other.example' }))).toEqual([]);
    expect(fillCanariesInDocument(args({ max: 2 }))).toHaveLength(2);
  });
});

describe('filledFieldsOf', () => {
  it('keeps well-formed entries of every frame and drops the rest', () => {
    const got = filledFieldsOf([
      {
        frameId: 0,
        result: [
          { field: 'email', control: 'e', frameUrl: 'https://a.test/' },
          { field: 'password', frameUrl: 'x' },
        ],
      },
      { frameId: 3, result: null },
      'junk',
      { result: [{ field: 'text', control: 7, frameUrl: 'https://a.test/f' }] },
    ]);
    expect(got).toEqual([
      { field: 'email', control: 'e', frameUrl: 'https://a.test/' },
      { field: 'text', control: null, frameUrl: 'https://a.test/f' },
    ]);
    expect(filledFieldsOf(undefined)).toEqual([]);
  });
});
