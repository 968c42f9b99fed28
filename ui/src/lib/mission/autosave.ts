// Saves the latest value a moment after the last change, or at once on `flush`.
//
// One save at a time: a change made while a save is in flight waits for it, then is saved in
// turn, so no keystroke is lost and an older value never lands after a newer one. Only the
// outcome of the newest value is reported as the state; a stale failure is ignored, since the
// value that follows it is about to be saved (and judged) anyway.

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface AutosaveHooks<T, R> {
  save(value: T): Promise<R>;
  onState?(state: SaveState): void;
  /** `latest` is false when a newer value is already waiting to be saved. */
  onSaved?(result: R, value: T, latest: boolean): void;
  /** Called only for the newest value. */
  onError?(error: unknown, value: T): void;
}

export const AUTOSAVE_DELAY_MS = 600;

export class Autosave<T, R = unknown> {
  #hooks: AutosaveHooks<T, R>;
  #delay: number;
  #pending: { value: T } | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight: Promise<void> | null = null;
  #state: SaveState = 'idle';

  constructor(hooks: AutosaveHooks<T, R>, delay = AUTOSAVE_DELAY_MS) {
    this.#hooks = hooks;
    this.#delay = delay;
  }

  get state(): SaveState {
    return this.#state;
  }

  /** True while a value is waiting or being saved. */
  get busy(): boolean {
    return this.#pending !== null || this.#inFlight !== null;
  }

  /** Records the newest value and (re)starts the delay. */
  change(value: T): void {
    this.#pending = { value };
    this.#setState('saving');
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#run();
    }, this.#delay);
  }

  /** Saves what is waiting now, and resolves once everything changed so far is settled. */
  async flush(): Promise<void> {
    this.#clearTimer();
    while (this.#inFlight !== null || this.#pending !== null) {
      if (this.#inFlight !== null) await this.#inFlight;
      else await this.#run();
    }
  }

  async #run(): Promise<void> {
    if (this.#inFlight !== null || this.#pending === null) return;
    const { value } = this.#pending;
    this.#pending = null;
    this.#inFlight = this.#save(value);
    await this.#inFlight;
    this.#inFlight = null;
    // Changed while saving, and the delay already ran out: save the newer value now.
    if (this.#pending !== null && this.#timer === null) await this.#run();
  }

  async #save(value: T): Promise<void> {
    try {
      const result = await this.#hooks.save(value);
      const latest = this.#pending === null;
      if (latest) this.#setState('saved');
      this.#hooks.onSaved?.(result, value, latest);
    } catch (error) {
      if (this.#pending !== null) return;
      this.#setState('error');
      this.#hooks.onError?.(error, value);
    }
  }

  #clearTimer(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
  }

  #setState(state: SaveState): void {
    this.#state = state;
    this.#hooks.onState?.(state);
  }
}
