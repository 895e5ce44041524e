// The canary fill as it runs inside a page: which fields take which canary, and a DOM-only typist. The CLI drives the
// same selectors through Playwright; the extension injects `fillCanariesInDocument` with scripting.executeScript.

/** The kinds of field a canary is typed into (the same names as the knowledge layer's canary fields). */
export type CanaryField = 'email' | 'phone' | 'name' | 'text';

/** Most specific first: an input matched by "email" is not filled again as a "name". */
export const FILL_SELECTORS: ReadonlyArray<readonly [CanaryField, string]> = [
  ['email', 'input[type=email], input[autocomplete~=email i], input[name*=mail i], input[id*=mail i]'],
  ['phone', 'input[type=tel], input[autocomplete~=tel i], input[name*=phone i], input[id*=phone i]'],
  [
    'name',
    'input[autocomplete~=name i], input[autocomplete~=given-name i], input[autocomplete~=family-name i], input[name*=name i], input[id*=name i]',
  ],
  ['text', 'textarea'],
];

/** Input types never typed into: hidden and secret fields, buttons, choices. */
export const SKIP_INPUT_TYPES: readonly string[] = [
  'hidden',
  'password',
  'checkbox',
  'radio',
  'submit',
  'button',
  'file',
];

/**
 * Fields typed into per page (CLI) or per frame (extension) at most: a page with thousands of inputs still finishes.
 */
export const MAX_FILL_FIELDS = 40;

export interface FilledField {
  field: CanaryField;
  control: string | null;
  frameUrl: string;
}

export interface FillArgs {
  canaries: Readonly<Record<CanaryField, string>>;
  selectors: ReadonlyArray<readonly [CanaryField, string]>;
  skipTypes: readonly string[];
  /** Origin of the tab's top document: frames of another origin hold someone else's form and are left alone. */
  topOrigin: string;
  max: number;
}

/**
 * Types the canaries into this document's fields (open shadow roots included) as events a person causes: focus,
 * per key keydown/beforeinput/input/keyup, then change and blur. Self-contained: executeScript serialises it, so it
 * may use nothing from outside its own body. Never submits.
 */
export function fillCanariesInDocument(args: FillArgs): FilledField[] {
  const out: FilledField[] = [];
  if (self.origin !== args.topOrigin) return out;
  const roots: Array<Document | ShadowRoot> = [document];
  // Open shadow roots, found once (closed ones cannot be reached by any script, ours included).
  for (let i = 0; i < roots.length && roots.length < 500; i++) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  const valueSetter = (el: HTMLInputElement | HTMLTextAreaElement): ((v: string) => void) => {
    // The prototype's setter: a framework that wraps `value` on the element still sees the change through events.
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    return (v) => (set ? set.call(el, v) : (el.value = v));
  };
  const typeInto = (el: HTMLInputElement | HTMLTextAreaElement, value: string): void => {
    const setValue = valueSetter(el);
    // A tab in the background (the popup has the focus) gets no focus events from focus(): then they are sent by hand.
    const natively = (type: 'focus' | 'blur', act: () => void): boolean => {
      let fired = false;
      const mark = (): void => {
        fired = true;
      };
      el.addEventListener(type, mark);
      act();
      el.removeEventListener(type, mark);
      return fired;
    };
    if (!natively('focus', () => el.focus())) {
      el.dispatchEvent(new FocusEvent('focus'));
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }
    let typed = '';
    for (const key of value) {
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      el.dispatchEvent(new KeyboardEvent('keypress', { key, bubbles: true, composed: true, cancelable: true }));
      el.dispatchEvent(
        new InputEvent('beforeinput', {
          data: key,
          inputType: 'insertText',
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
      typed += key;
      setValue(typed);
      el.dispatchEvent(new InputEvent('input', { data: key, inputType: 'insertText', bubbles: true, composed: true }));
      el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, cancelable: true }));
    }
    el.dispatchEvent(new Event('change', { bubbles: true }));
    if (!natively('blur', () => el.blur())) {
      el.dispatchEvent(new FocusEvent('blur'));
      el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    }
  };
  for (const [field, css] of args.selectors) {
    for (const root of roots) {
      let nodes: Element[] = [];
      // A selector this engine cannot parse fills nothing, it does not end the fill.
      try {
        nodes = Array.from(root.querySelectorAll(css));
      } catch {
        nodes = [];
      }
      for (const node of nodes) {
        if (out.length >= args.max) return out;
        if (!(node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)) continue;
        if (node.disabled || node.readOnly || node.value !== '' || node.hasAttribute('data-ca-canary')) continue;
        if (node instanceof HTMLInputElement && args.skipTypes.includes(node.type)) continue;
        // Fields a person cannot see are not typed into: hidden honeypots would tell a bot from a person anyway.
        const box = node.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        node.setAttribute('data-ca-canary', '');
        typeInto(node, args.canaries[field]);
        out.push({ field, control: node.getAttribute('name') || node.id || null, frameUrl: location.href });
      }
    }
  }
  return out;
}

const FIELDS: readonly string[] = ['email', 'phone', 'name', 'text'];

/** What came back from the frames (a page could not change it, but it crosses a process boundary): checked entries. */
export function filledFieldsOf(results: unknown): FilledField[] {
  if (!Array.isArray(results)) return [];
  const out: FilledField[] = [];
  for (const r of results) {
    const list: unknown = typeof r === 'object' && r !== null && 'result' in r ? r.result : null;
    if (!Array.isArray(list)) continue;
    for (const f of list as unknown[]) {
      if (typeof f !== 'object' || f === null) continue;
      const x = f as Record<string, unknown>;
      if (typeof x.field !== 'string' || !FIELDS.includes(x.field) || typeof x.frameUrl !== 'string') continue;
      out.push({
        field: x.field as CanaryField,
        control: typeof x.control === 'string' ? x.control.slice(0, 256) : null,
        frameUrl: x.frameUrl.slice(0, 2048),
      });
    }
  }
  return out;
}
