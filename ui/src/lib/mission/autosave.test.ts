import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from './autosave';

/** A save whose outcome the test decides, one call at a time. */
function controlledSave() {
  const calls: { value: string; resolve: (r: string) => void; reject: (e: unknown) => void }[] = [];
  const save = vi.fn(
    (value: string) =>
      new Promise<string>((resolve, reject) => calls.push({ value, resolve, reject })),
  );
  return { save, calls };
}

/** Lets pending promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('Autosave', () => {
  let states: SaveState[];
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, the last value, 600 ms after the last change', async () => {
    const save = vi.fn(async (value: string) => value);
    const autosave = new Autosave({ save, onState: (s) => states.push(s) });

    autosave.change('a');
    await vi.advanceTimersByTimeAsync(599);
    autosave.change('ab');
    await vi.advanceTimersByTimeAsync(599);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.state).toBe('saving');

    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('ab');
    expect(autosave.state).toBe('saved');
    expect(states.at(-1)).toBe('saved');
  });

  it('shows "saving" from the first keystroke, before the request goes out', () => {
    const autosave = new Autosave({ save: async () => 'ok', onState: (s) => states.push(s) });
    expect(autosave.state).toBe('idle');
    autosave.change('x');
    expect(states).toEqual(['saving']);
  });

  it('saves at once on flush (a field left, a choice made)', async () => {
    const save = vi.fn(async (value: string) => value);
    const autosave = new Autosave({ save });
    autosave.change('typed');
    await autosave.flush();
    expect(save).toHaveBeenCalledWith('typed');
    expect(autosave.state).toBe('saved');

    // The timer was cancelled: no second save of the same value.
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does nothing on flush when nothing changed', async () => {
    const save = vi.fn(async (value: string) => value);
    const autosave = new Autosave({ save });
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    expect(autosave.state).toBe('idle');
  });

  it('reports a refusal as an error state, and recovers on the next good save', async () => {
    const { save, calls } = controlledSave();
    const onError = vi.fn();
    const onSaved = vi.fn();
    const autosave = new Autosave({ save, onError, onSaved });

    autosave.change('bad');
    await vi.advanceTimersByTimeAsync(600);
    const refusal = { code: 'invalid_date', field: 'startDate' };
    calls[0].reject(refusal);
    await settle();
    expect(autosave.state).toBe('error');
    expect(onError).toHaveBeenCalledWith(refusal, 'bad');
    expect(onSaved).not.toHaveBeenCalled();

    autosave.change('good');
    expect(autosave.state).toBe('saving');
    await vi.advanceTimersByTimeAsync(600);
    calls[1].resolve('stored');
    await settle();
    expect(autosave.state).toBe('saved');
    expect(onSaved).toHaveBeenCalledWith('stored', 'good', true);
  });

  it('loses no keystroke typed while a save is in flight, and keeps saves in order', async () => {
    const { save, calls } = controlledSave();
    const onSaved = vi.fn();
    const autosave = new Autosave({ save, onSaved });

    autosave.change('Acm');
    await vi.advanceTimersByTimeAsync(600);
    expect(calls.map((c) => c.value)).toEqual(['Acm']);

    // Typing goes on while the first save is still out.
    autosave.change('Acme');
    autosave.change('Acme SA');
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1); // one save at a time

    calls[0].resolve('r1');
    await settle();
    expect(onSaved).toHaveBeenLastCalledWith('r1', 'Acm', false);
    expect(autosave.state).toBe('saving'); // not "saved": newer text is still waiting
    expect(calls.map((c) => c.value)).toEqual(['Acm', 'Acme SA']);

    calls[1].resolve('r2');
    await settle();
    expect(onSaved).toHaveBeenLastCalledWith('r2', 'Acme SA', true);
    expect(autosave.state).toBe('saved');
    expect(autosave.busy).toBe(false);
  });

  it('ignores the failure of a value already replaced by a newer one', async () => {
    const { save, calls } = controlledSave();
    const onError = vi.fn();
    const autosave = new Autosave({ save, onError });

    autosave.change('2026-13');
    await vi.advanceTimersByTimeAsync(600);
    autosave.change('2026-12-01');
    calls[0].reject({ code: 'invalid_date' });
    await settle();
    expect(onError).not.toHaveBeenCalled();
    expect(autosave.state).toBe('saving');

    await vi.advanceTimersByTimeAsync(600);
    calls[1].resolve('ok');
    await settle();
    expect(autosave.state).toBe('saved');
  });

  it('flush waits for the save in flight, then saves what was typed meanwhile', async () => {
    const { save, calls } = controlledSave();
    const autosave = new Autosave({ save });

    autosave.change('one');
    await vi.advanceTimersByTimeAsync(600);
    autosave.change('two');
    let flushed = false;
    const flushing = autosave.flush().then(() => (flushed = true));

    await settle();
    expect(calls).toHaveLength(1);
    calls[0].resolve('r1');
    await settle();
    expect(calls.map((c) => c.value)).toEqual(['one', 'two']);
    expect(flushed).toBe(false);

    calls[1].resolve('r2');
    await flushing;
    expect(flushed).toBe(true);
    expect(autosave.state).toBe('saved');
  });
});
