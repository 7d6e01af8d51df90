/**
 * The scenario's form, read and written: each control bound to a scenario field by `data-field`
 * (`src/lib/what-if/form.ts` maps fields to the scenario and back).
 */
import { formFields, formValues, isFormField, type FormValues } from '~/lib/what-if/form.ts';
import type { Scenario } from '~/lib/what-if/types.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The form's current values. */
export function readForm(root: HTMLElement): Partial<FormValues> {
  const values: Partial<FormValues> = {};
  for (const control of root.querySelectorAll<Control>('[data-field]')) {
    const field = control.dataset.field ?? '';
    if (isFormField(field)) values[field] = control.value;
  }
  return values;
}

/** Puts a scenario's values in the form, except in the field being typed in. */
export function writeForm(root: HTMLElement, scenario: Scenario, except?: string) {
  const values = formValues(scenario);
  for (const field of formFields) {
    if (field === except) continue;
    const control = root.querySelector<Control>(`[data-field="${field}"]`);
    if (!control) continue;
    const value = values[field];
    if (control instanceof HTMLSelectElement) {
      const match = [...control.options].find((o) => o.value.toLowerCase() === value.toLowerCase());
      if (match) control.value = match.value;
      else {
        // A value the list does not offer (say, from pasted JSON): shown as it is.
        control.append(new Option(value, value));
        control.value = value;
      }
    } else control.value = value;
  }
}
