// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanCheckboxes } from './form-scan.ts';

describe('scanCheckboxes', () => {
  it('reads each checkbox with its label and its shipped state, not what a script ticked later', () => {
    document.body.innerHTML = `
      <form action="/subscribe">
        <input type="checkbox" id="nl" name="newsletter" checked><label for="nl">Ja, ich möchte den   Newsletter erhalten</label>
        <label><input type="checkbox" name="terms"> I accept the terms</label>
        <input type="checkbox" aria-label="Marketing emails" name="mkt">
      </form>
      <input type="text" value="not a box">`;
    const terms = document.querySelector<HTMLInputElement>('input[name=terms]')!;
    terms.checked = true; // ticked by a script after load: not "by default"
    expect(scanCheckboxes(document)).toEqual([
      {
        label: 'Ja, ich möchte den Newsletter erhalten',
        checkedByDefault: true,
        name: 'newsletter',
        id: 'nl',
        formAction: '/subscribe',
      },
      { label: 'I accept the terms', checkedByDefault: false, name: 'terms', formAction: '/subscribe' },
      { label: 'Marketing emails', checkedByDefault: false, name: 'mkt', formAction: '/subscribe' },
    ]);
  });
  it('no checkboxes, no entries', () => {
    document.body.innerHTML = '<p>nothing</p>';
    expect(scanCheckboxes(document)).toEqual([]);
  });
});
