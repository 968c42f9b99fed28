import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '$lib/i18n/locale.svelte';
import PrivacyVeil from './PrivacyVeil.svelte';
import { privacy, togglePrivacy } from './privacy.svelte';

describe('screen privacy', () => {
  afterEach(() => {
    if (privacy.on) togglePrivacy();
  });

  it('marks the document private, says how to come back, and the same toggle or the button undoes it', async () => {
    setLanguage('en');
    render(PrivacyVeil);
    expect(screen.queryByTestId('privacy-veil')).toBeNull();
    togglePrivacy();
    await Promise.resolve();
    expect(document.documentElement.classList.contains('private')).toBe(true);
    expect((await screen.findByTestId('privacy-veil')).textContent).toContain('Ctrl+H');
    togglePrivacy();
    await Promise.resolve();
    expect(document.documentElement.classList.contains('private')).toBe(false);
    togglePrivacy();
    await fireEvent.click(await screen.findByTestId('privacy-off'));
    expect(document.documentElement.classList.contains('private')).toBe(false);
    expect(screen.queryByTestId('privacy-veil')).toBeNull();
  });
});
