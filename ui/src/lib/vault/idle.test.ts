import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportUse, watchIdle } from './idle';

const MINUTE = 60_000;

describe('watchIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back once the time passes without use, and only once', () => {
    const onidle = vi.fn();
    const stop = watchIdle(5 * MINUTE, onidle);
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(onidle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onidle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onidle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('starts counting again at each key, click, pointer move or wheel turn', () => {
    const onidle = vi.fn();
    const stop = watchIdle(2 * MINUTE, onidle);
    for (const event of [
      new KeyboardEvent('keydown', { key: 'a' }),
      new Event('pointerdown'),
      new Event('pointermove'),
      new Event('wheel'),
    ]) {
      vi.advanceTimersByTime(MINUTE + 30_000);
      document.body.dispatchEvent(event);
    }
    expect(onidle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2 * MINUTE - 1);
    expect(onidle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onidle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('counts the time that really passed when its timer fires late', () => {
    const onidle = vi.fn();
    const stop = watchIdle(10 * MINUTE, onidle);
    // The laptop slept: the clock moved on, the timer did not fire.
    vi.setSystemTime(Date.now() + 30 * MINUTE);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onidle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does nothing once stopped', () => {
    const onidle = vi.fn();
    const stop = watchIdle(MINUTE, onidle);
    stop();
    vi.advanceTimersByTime(10 * MINUTE);
    document.body.dispatchEvent(new Event('pointerdown'));
    expect(onidle).not.toHaveBeenCalled();
  });
});

describe('reportUse', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports the first use at once, then at most once a period, never before the last use', () => {
    const report = vi.fn();
    const stop = reportUse(report, 1_000);
    expect(report).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(report).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(900);
    window.dispatchEvent(new Event('wheel'));
    expect(report).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(report).toHaveBeenCalledTimes(2);
    // A quiet period: nothing, and the next use is reported at once.
    vi.advanceTimersByTime(5_000);
    expect(report).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('pointerdown'));
    expect(report).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(5_000);
    window.dispatchEvent(new Event('pointerdown'));
    expect(report).toHaveBeenCalledTimes(3);
  });
});
