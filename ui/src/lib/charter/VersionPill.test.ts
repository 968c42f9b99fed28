import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '$lib/i18n/locale.svelte';
import VersionPill from './VersionPill.svelte';

const pill = () => screen.getByTestId('version-pill');

describe('VersionPill', () => {
  it('says whether an approved version is signed, in each language', () => {
    setLanguage('fr');
    render(VersionPill, { status: 'approved', signatures: 2 });
    expect(pill().dataset.signed).toBe('signed');
    expect(pill().textContent).toBe('Approuvée et signée');
  });

  it('calls an approved version with one or no signature what it is', () => {
    setLanguage('en');
    const { unmount } = render(VersionPill, { status: 'approved', signatures: 1 });
    expect(pill().textContent).toBe('Approved, one signature of two');
    expect(pill().querySelector('.hollow')).not.toBeNull();
    unmount();
    render(VersionPill, { status: 'approved', signatures: 0 });
    expect(pill().textContent).toBe('Approved, not signed yet');
  });

  it('says only the status of a version not approved, or when the count is not given', () => {
    setLanguage('en');
    const { unmount } = render(VersionPill, { status: 'in_review', signatures: 0 });
    expect(pill().textContent).toBe('In review');
    expect(pill().dataset.signed).toBeUndefined();
    unmount();
    render(VersionPill, { status: 'approved' });
    expect(pill().textContent).toBe('Approved');
  });
});
