import { fireEvent, render, screen } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupReason } from '$lib/bindings/BackupReason';
import { setLanguage } from '$lib/i18n/locale.svelte';
import BackupRow from './BackupRow.svelte';
import { damaged, launch, manual } from './samples';

const REASONS: Record<'en' | 'fr', Record<BackupReason, string>> = {
  en: {
    launch: 'At launch',
    migration: 'Before an upgrade',
    daily: 'Daily',
    manual: 'Made by you',
    before_restore: 'Before a restore',
  },
  fr: {
    launch: 'Au lancement',
    migration: 'Avant une mise à jour',
    daily: 'Quotidienne',
    manual: 'Faite par vous',
    before_restore: 'Avant une restauration',
  },
};

/** A row alone needs its list around it. */
function renderRow(props: Omit<ComponentProps<typeof BackupRow>, 'oncopy'> & { oncopy?: () => void }) {
  const list = document.createElement('ol');
  document.body.append(list);
  return render(BackupRow, { target: list, props: { oncopy: vi.fn(), ...props } });
}

describe('BackupRow', () => {
  afterEach(() => setLanguage('en'));

  for (const language of ['en', 'fr'] as const) {
    for (const reason of Object.keys(REASONS.en) as BackupReason[]) {
      it(`words the ${reason} reason in ${language}`, () => {
        setLanguage(language);
        renderRow({ backup: { ...manual, reason }, busy: false, onrestore: vi.fn() });
        const row = screen.getByTestId('backup-row');
        expect(row.dataset.reason).toBe(reason);
        expect(row.querySelector('.pill')?.textContent).toBe(REASONS[language][reason]);
      });
    }
  }

  it('shows when, what it holds with the missions by name, and the size', () => {
    renderRow({ backup: manual, busy: false, onrestore: vi.fn() });
    const row = screen.getByTestId('backup-row');
    expect(row.dataset.file).toBe(manual.file);
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-10T09:30:00.123Z');
    expect(row.querySelector('time')?.textContent).toContain('10 Nov 2026');
    const summary = screen.getByTestId('backup-summary');
    expect(summary.querySelector('.line')?.textContent).toBe('3 missions · 5 charter versions · 2 signatures');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual(manual.summary?.missionNames);
    expect(row.textContent).toContain('245 kB');
  });

  it('says why it is kept, in both languages', () => {
    const { unmount } = renderRow({ backup: { ...manual, kept: 'weekly' }, busy: false, onrestore: vi.fn() });
    expect(screen.getByTestId('backup-kept').textContent).toBe('Kept: the newest of its week (8 weeks)');
    unmount();
    setLanguage('fr');
    renderRow({ backup: { ...manual, kept: 'daily' }, busy: false, onrestore: vi.fn() });
    expect(screen.getByTestId('backup-kept').textContent).toBe('Gardée\u00a0: la plus récente de son jour (7 jours)');
  });

  it('speaks French: counts, size', () => {
    setLanguage('fr');
    renderRow({ backup: launch, busy: false, onrestore: vi.fn() });
    expect(screen.getByTestId('backup-summary').textContent).toContain(
      '1 mission · 1 version de charte · 0 signature',
    );
    expect(screen.getByTestId('backup-row').textContent).toContain('1,3\u202fMo');
    expect(screen.getByTestId('backup-restore').textContent).toBe('Restaurer…');
  });

  it('offers to restore, naming the backup by its date', async () => {
    const onrestore = vi.fn();
    renderRow({ backup: manual, busy: false, onrestore });
    const restore = screen.getByTestId('backup-restore') as HTMLButtonElement;
    expect(restore.disabled).toBe(false);
    expect(restore.getAttribute('aria-label')).toMatch(/^Restore the backup of 10 Nov 2026.*…$/);
    await fireEvent.click(restore);
    expect(onrestore).toHaveBeenCalledWith(manual);
  });

  it('waits while another backup or a restore is under way', async () => {
    const onrestore = vi.fn();
    renderRow({ backup: manual, busy: true, onrestore });
    const restore = screen.getByTestId('backup-restore');
    expect(restore.getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(restore);
    expect(onrestore).not.toHaveBeenCalled();
  });

  it('warns of a backup that cannot be read, and does not offer to restore it', async () => {
    const onrestore = vi.fn();
    renderRow({ backup: damaged, busy: false, onrestore });
    const row = screen.getByTestId('backup-row');
    expect(row.dataset.readable).toBe('false');
    expect(screen.getByTestId('backup-summary').textContent).toContain('Cannot be read');
    expect(screen.getByTestId('backup-summary').querySelector('.unreadable')).not.toBeNull();
    const restore = screen.getByTestId('backup-restore') as HTMLButtonElement;
    expect(restore.disabled).toBe(true);
    await fireEvent.click(restore);
    expect(onrestore).not.toHaveBeenCalled();
    expect(row.textContent).toContain('4 kB');
  });
});
