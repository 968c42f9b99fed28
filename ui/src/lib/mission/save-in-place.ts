// Saving a form in place, as typed (the mission sheet, an authority of the mandate): the
// `Autosave` wired to the save indicator, flushed before another screen shows and when the
// component goes, with Rust's refusal placed on the form's fields.

import { onDestroy } from 'svelte';
import { toApiError } from '../backend';
import { setSaveState } from '../app/saving.svelte';
import { holdUntilSaved } from '../app/view.svelte';
import { Autosave } from './autosave';
import { placeFieldError, type Placed } from './field-errors';

export interface InPlace<T, R, F extends string> {
  save(value: T): Promise<R>;
  /** The form's fields, as Rust names them in `ApiError.field`. */
  fields: readonly F[];
  /** Takes in what the save returned. */
  onSaved(result: R): void;
  /** Shows a refusal where it belongs; called with nothing placed once the newest value saved. */
  onErrors(placed: Placed<F>): void;
}

/** Call while the component initialises. */
export function saveInPlace<T, R, F extends string>(form: InPlace<T, R, F>): Autosave<T, R> {
  const autosave = new Autosave<T, R>({
    save: (value) => form.save(value),
    onState: setSaveState,
    onSaved: (result, _value, latest) => {
      form.onSaved(result);
      if (latest) form.onErrors({ fields: {}, general: null });
    },
    onError: (error) => form.onErrors(placeFieldError(toApiError(error), form.fields)),
  });

  const release = holdUntilSaved(() => autosave.flush());
  onDestroy(() => {
    release();
    void autosave.flush();
  });
  return autosave;
}
