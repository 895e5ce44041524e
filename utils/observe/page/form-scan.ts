// Checkboxes of a document's forms as the page shipped them
// (defaultChecked), with the text a visitor reads next to them.
import type { FormCheckbox } from '../events.ts';

const MAX_LABEL = 300;

function labelOf(input: HTMLInputElement): string {
  const fromLabels = input.labels ? Array.from(input.labels, (l) => l.textContent ?? '').join(' ') : '';
  const text =
    fromLabels.trim() ||
    input.getAttribute('aria-label') ||
    input.closest('label')?.textContent ||
    input.parentElement?.textContent ||
    input.title ||
    '';
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}

export function scanCheckboxes(doc: Document, max = 200): FormCheckbox[] {
  const out: FormCheckbox[] = [];
  for (const input of Array.from(doc.querySelectorAll('input[type=checkbox]')).slice(0, max)) {
    if (!(input instanceof doc.defaultView!.HTMLInputElement)) continue;
    const box: FormCheckbox = { label: labelOf(input), checkedByDefault: input.defaultChecked };
    if (input.name) box.name = input.name.slice(0, 256);
    if (input.id) box.id = input.id.slice(0, 256);
    const action = input.form?.getAttribute('action');
    if (action) box.formAction = action.slice(0, 2048);
    out.push(box);
  }
  return out;
}
