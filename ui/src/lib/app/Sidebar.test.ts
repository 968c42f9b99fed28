import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { missions } from '$lib/mission/missions.svelte';
import Sidebar from './Sidebar.svelte';
import { leaveNew, show, view } from './view.svelte';

describe('Sidebar', () => {
  beforeEach(() => {
    setLanguage('en');
    missions.list = [];
    missions.current = null;
    view.current = { name: 'welcome' };
    view.beforeNew = null;
  });

  it('always leads to the backups, next to the verification, and marks the screen shown', async () => {
    render(Sidebar);
    const backups = screen.getByTestId('nav-backups');
    expect(backups.textContent?.trim()).toBe('Backups');
    const links = screen.getAllByRole('listitem').map((item) => item.querySelector('button')?.dataset.testid);
    expect(links.indexOf('nav-backups')).toBe(links.indexOf('nav-verify') + 1);
    expect(backups.getAttribute('aria-current')).toBeNull();
    await fireEvent.click(backups);
    await waitFor(() => expect(view.current.name).toBe('backups'));
    expect(backups.getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-verify').getAttribute('aria-current')).toBeNull();
  });

  it('leads to the security settings, after the backups', async () => {
    render(Sidebar);
    const security = screen.getByTestId('nav-security');
    expect(security.textContent?.trim()).toBe('Security');
    const links = screen.getAllByRole('listitem').map((item) => item.querySelector('button')?.dataset.testid);
    expect(links.indexOf('nav-security')).toBe(links.indexOf('nav-backups') + 1);
    await fireEvent.click(security);
    await waitFor(() => expect(view.current.name).toBe('security'));
    expect(security.getAttribute('aria-current')).toBe('page');
  });

  it('is in French when the UI is', () => {
    setLanguage('fr');
    render(Sidebar);
    expect(screen.getByTestId('nav-backups').textContent?.trim()).toBe('Sauvegardes');
    expect(screen.getByTestId('nav-security').textContent?.trim()).toBe('Sécurité');
  });
});

describe('leaving the new mission form', () => {
  it('goes back to the security page when it was opened from there', async () => {
    view.current = { name: 'security' };
    await show({ name: 'new' });
    leaveNew({ name: 'welcome' });
    expect(view.current).toEqual({ name: 'security' });
  });

  it('goes back to the backups when it was opened from there', async () => {
    view.current = { name: 'backups' };
    await show({ name: 'new' });
    leaveNew({ name: 'welcome' });
    expect(view.current).toEqual({ name: 'backups' });
  });
});
