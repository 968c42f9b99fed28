import { render } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '$lib/i18n/locale.svelte';
import ReviewPill from './ReviewPill.svelte';
import ReviewTally from './ReviewTally.svelte';

beforeEach(() => setLanguage('en'));

describe('ReviewTally', () => {
  it('leaves a count of zero neutral and colours the others', () => {
    const { container } = render(ReviewTally, {
      summary: { total: 4, agreed: 3, toDiscuss: 0, struck: 0, pending: 1, open: ['Budget'] },
    });
    const none = (review: string) => container.querySelector(`[data-review=${review}]`)?.classList.contains('none');
    expect([none('agreed'), none('to_discuss'), none('struck'), none('pending')]).toEqual([false, true, true, false]);
  });
});

describe('ReviewPill', () => {
  it('says agreed quietly and what is open loudly', () => {
    const agreed = render(ReviewPill, { review: 'agreed' }).container.querySelector('.pill');
    const open = render(ReviewPill, { review: 'to_discuss' }).container.querySelector('.pill');
    expect(agreed?.classList.contains('quiet')).toBe(true);
    expect(agreed?.textContent).toContain('Agreed');
    expect(open?.classList.contains('quiet')).toBe(false);
  });
});
