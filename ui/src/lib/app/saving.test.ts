import { beforeEach, describe, expect, it } from 'vitest';
import { apiError } from '$lib/testing';
import { resetSaveState, saveFailed, saving, setSaveState } from './saving.svelte';
import { show, view } from './view.svelte';

beforeEach(() => resetSaveState());

describe('the save indicator', () => {
  it('goes back to what it said when an action is refused, nothing being half-saved', () => {
    setSaveState('saving');
    setSaveState('saved');
    const at = saving.at;
    setSaveState('saving');
    saveFailed(apiError('open_clauses'));
    expect(saving.state).toBe('saved');
    expect(saving.at).toBe(at);
    setSaveState('saving');
    saveFailed(apiError('required', 'required', { field: 'reason' }));
    expect(saving.state).toBe('saved');
  });

  it('says "not saved" only when something could not be written', () => {
    setSaveState('saving');
    saveFailed(apiError('storage', 'disk full'));
    expect(saving.state).toBe('error');
  });

  it('is idle again on the next page', async () => {
    view.current = { name: 'missions' };
    setSaveState('saving');
    setSaveState('saved');
    await show({ name: 'verify' });
    expect(saving.state).toBe('idle');
    expect(saving.at).toBeNull();
  });
});
