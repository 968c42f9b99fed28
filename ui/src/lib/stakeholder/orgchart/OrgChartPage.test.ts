import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import { view } from '$lib/app/view.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aMission, resetMocks } from '$lib/testing';
import { register } from '../register.svelte';
import OrgChartPage from './OrgChartPage.svelte';
import { aPerson } from '../samples';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['peopleList']),
);

const mission = aMission({ id: 4, client: 'Distrib', title: 'WMS recovery' });
const people = [
  aPerson({ id: 1, name: 'Claire Moreau', group: 'management' }),
  aPerson({ id: 2, name: 'Bruno Lefèvre', reportsTo: 1, group: 'management' }),
  aPerson({ id: 3, name: 'Anne Roy', reportsTo: 1, group: 'business' }),
  aPerson({ id: 4, name: 'Ines Garcia', reportsTo: 2, group: 'infrastructure' }),
  aPerson({ id: 5, name: 'Hugo Lambert', reportsTo: 2, group: 'applications' }),
  aPerson({ id: 6, name: 'Marc Petit', reportsTo: 4, group: 'infrastructure' }),
  aPerson({ id: 8, name: 'Paul Noir', reportsTo: 9, group: 'vendor' }),
];

const shown = () => screen.queryAllByTestId('orgchart-node').map((n) => n.dataset.personId);
const node = (id: number) => document.getElementById(`orgchart-node-${id}`) as HTMLElement;
const key = (id: number, k: string) => fireEvent.keyDown(node(id), { key: k });

async function opened() {
  render(OrgChartPage, { mission });
  await waitFor(() => expect(screen.getAllByTestId('orgchart-node').length).toBeGreaterThan(0));
}

describe('OrgChartPage', () => {
  beforeEach(() => {
    setLanguage('en');
    register.missionId = null;
    register.people = [];
    register.open = null;
    resetMocks(backend.peopleList);
    vi.mocked(backend.peopleList).mockResolvedValue(people);
  });

  it('draws the reports-to tree with the roots and their direct reports open', async () => {
    await opened();
    // Paul's manager is not in the register (archived): he is a root of his own.
    expect(shown()).toEqual(['1', '3', '2', '5', '4', '8']);
    expect(node(1).getAttribute('aria-level')).toBe('1');
    expect(node(4).getAttribute('aria-level')).toBe('3');
    expect(node(1).getAttribute('aria-expanded')).toBe('true');
    expect(node(4).getAttribute('aria-expanded')).toBe('false');
    expect(node(5).hasAttribute('aria-expanded')).toBe(false);
    expect(node(1).getAttribute('aria-label')).toBe('Claire Moreau, Management, 5 people under them');
    expect(node(1).tabIndex).toBe(0);
    expect(node(2).tabIndex).toBe(-1);
    expect(screen.getByTestId('orgchart-legend').textContent).toMatch(/Infrastructure\s*2\s*Applications\s*1/);
  });

  it('moves, closes and opens with the keyboard, as the WAI-ARIA tree does', async () => {
    await opened();
    node(1).focus();
    await key(1, 'ArrowDown');
    expect(document.activeElement).toBe(node(3));
    await key(3, 'ArrowDown');
    expect(document.activeElement).toBe(node(2));
    // Right on an open node goes to its first child; Left goes back to the parent.
    await key(2, 'ArrowRight');
    expect(document.activeElement).toBe(node(5));
    await key(5, 'ArrowLeft');
    expect(document.activeElement).toBe(node(2));
    // Left on an open node closes it; Right opens it again.
    await key(2, 'ArrowLeft');
    expect(node(2).getAttribute('aria-expanded')).toBe('false');
    expect(shown()).toEqual(['1', '3', '2', '8']);
    await key(2, 'ArrowRight');
    expect(shown()).toEqual(['1', '3', '2', '5', '4', '8']);
    expect(document.activeElement).toBe(node(2));
    // Ines is closed: Right opens her, then goes to Marc.
    await key(2, 'End');
    expect(document.activeElement).toBe(node(8));
    await key(8, 'ArrowUp');
    await key(4, 'ArrowRight');
    expect(shown()).toContain('6');
    await key(4, 'ArrowRight');
    expect(document.activeElement).toBe(node(6));
    expect(node(6).getAttribute('aria-level')).toBe('4');
    await key(6, 'Home');
    expect(document.activeElement).toBe(node(1));
    expect(node(1).tabIndex).toBe(0);
    // Type-ahead: the next name starting with the letter.
    await key(1, 'p');
    expect(document.activeElement).toBe(node(8));
  });

  it('keeps the focus on the manager whose reports are closed by a click', async () => {
    await opened();
    node(1).focus();
    await key(1, 'ArrowDown');
    await key(3, 'ArrowDown');
    await key(2, 'ArrowRight');
    expect(node(5).tabIndex).toBe(0);
    await fireEvent.click(node(1).querySelector('[data-testid="orgchart-toggle"]') as HTMLElement);
    expect(shown()).toEqual(['1', '8']);
    expect(node(1).tabIndex).toBe(0);
  });

  it('opens a person’s card with Enter and with a click on the name', async () => {
    await opened();
    node(3).focus();
    await key(3, 'Enter');
    await waitFor(() => expect(register.open).toBe(3));
    expect(view.current).toEqual({ name: 'mission', id: 4, page: 'people' });
    register.open = null;
    await fireEvent.click(node(5).querySelector('[data-testid="orgchart-name"]') as HTMLElement);
    await waitFor(() => expect(register.open).toBe(5));
  });

  it('expands and collapses all, and picks out a group', async () => {
    await opened();
    await fireEvent.click(screen.getByTestId('orgchart-expand-all'));
    expect(shown()).toHaveLength(people.length);
    await fireEvent.click(screen.getByTestId('orgchart-collapse-all'));
    expect(shown()).toEqual(['1', '8']);
    await fireEvent.click(screen.getByTestId('orgchart-expand-all'));
    const infrastructure = screen
      .getAllByTestId('orgchart-group')
      .find((g) => g.dataset.group === 'infrastructure') as HTMLElement;
    await fireEvent.click(infrastructure);
    expect(infrastructure.getAttribute('aria-pressed')).toBe('true');
    expect(node(4).classList.contains('dim')).toBe(false);
    expect(node(5).classList.contains('dim')).toBe(true);
    await fireEvent.click(infrastructure);
    expect(node(5).classList.contains('dim')).toBe(false);
  });

  it('explains what to do first with nobody in the register, and with nobody linked', async () => {
    vi.mocked(backend.peopleList).mockResolvedValue([]);
    const { unmount } = render(OrgChartPage, { mission });
    await waitFor(() => expect(screen.getByTestId('orgchart-empty')).toBeTruthy());
    unmount();

    vi.mocked(backend.peopleList).mockResolvedValue([aPerson({ id: 1, name: 'A' }), aPerson({ id: 2, name: 'B' })]);
    await opened();
    expect(screen.getByTestId('orgchart-unlinked').textContent).toContain('Reports to');
    expect(shown()).toEqual(['1', '2']);
  });

  it('draws only the rows in view with 5,000 people open', async () => {
    const many = [aPerson({ id: 1, name: 'Chief', group: 'management' })];
    for (let i = 2; i <= 5000; i++) {
      many.push(
        aPerson({
          id: i,
          name: `P${String(i).padStart(4, '0')}`,
          reportsTo: i <= 50 ? 1 : 2 + (i % 49),
          group: i % 2 ? 'infrastructure' : 'applications',
        }),
      );
    }
    vi.mocked(backend.peopleList).mockResolvedValue(many);
    await opened();
    await fireEvent.click(screen.getByTestId('orgchart-expand-all'));
    expect(screen.getByTestId('orgchart-shown').textContent).toContain('5000 of 5000');
    expect(shown().length).toBeLessThan(100);
    // End reaches the last row, drawn for the focus though out of view.
    node(1).focus();
    await key(1, 'End');
    // P0050, the last under the chief, and the last of P0050's: P4997.
    expect(document.activeElement).toBe(node(4997));
    expect(node(4997).getAttribute('aria-level')).toBe('3');
    expect(shown().length).toBeLessThan(100);
  });
});
