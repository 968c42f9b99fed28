import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whileSlow } from './slow';

describe('whileSlow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows no progress for quick work', async () => {
    const onslow = vi.fn();
    await expect(whileSlow(async () => 'done', onslow)).resolves.toBe('done');
    await vi.advanceTimersByTimeAsync(500);
    expect(onslow).not.toHaveBeenCalled();
  });

  it('shows progress once the work takes longer, and hides it when it fails', async () => {
    const onslow = vi.fn();
    let fail: (reason: unknown) => void = () => undefined;
    const running = whileSlow(() => new Promise((_, reject) => (fail = reject)), onslow, 150);
    await vi.advanceTimersByTimeAsync(149);
    expect(onslow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onslow).toHaveBeenLastCalledWith(true);
    fail(new Error('no'));
    await expect(running).rejects.toThrow('no');
    expect(onslow).toHaveBeenLastCalledWith(false);
    expect(onslow).toHaveBeenCalledTimes(2);
  });
});
