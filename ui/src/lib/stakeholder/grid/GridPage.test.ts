import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as backend from '$lib/backend';
import type { Assessment } from '$lib/bindings/Assessment';
import type { Stakeholder } from '$lib/bindings/Stakeholder';
import type { StakeholderMap } from '$lib/bindings/StakeholderMap';
import { view } from '$lib/app/view.svelte';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { aMission, apiError, resetMocks } from '$lib/testing';
import { register } from '../register.svelte';
import { aStakeholder } from '../samples';
import { cellCentre, VIEW } from './geometry';
import GridPage from './GridPage.svelte';

vi.mock('$lib/backend', async (importOriginal) =>
  (await import('$lib/testing')).stubBackend(importOriginal, ['stakeholderMap', 'personAssess']),
);

// virtua measures its viewport with a ResizeObserver, which jsdom lacks: this one says each
// scrolling viewport is 600 px tall (the rows keep their size hint), so the rows get drawn.
vi.stubGlobal(
  'ResizeObserver',
  class {
    constructor(private readonly seen: (entries: unknown[]) => void) {}
    observe(target: HTMLElement) {
      const height = target.style.overflowY || target.style.overflow ? 600 : 0;
      queueMicrotask(() => this.seen([{ target, contentRect: { width: height ? 800 : 0, height } }]));
    }
    unobserve() {}
    disconnect() {}
  },
);

const mission = aMission({ id: 7, client: 'Distrilog', title: 'WMS recovery' });

const karim = aStakeholder({
  personId: 1,
  name: 'Karim Benali',
  jobTitle: 'Head of infrastructure',
  group: 'infrastructure',
  power: 2,
  interest: 3,
  engagement: 'resistant',
  target: 'supportive',
});
const sophie = aStakeholder({
  personId: 2,
  name: 'Sophie Martin',
  group: 'management',
  power: 5,
  interest: 5,
  engagement: 'unaware',
  target: 'leading',
});
const marc = aStakeholder({
  personId: 3,
  name: 'Marc Dubois',
  group: 'vendor',
  power: 4,
  interest: 4,
  engagement: 'neutral',
  target: 'supportive',
});
const lea = aStakeholder({
  personId: 4,
  name: 'Léa Roux',
  group: 'business',
  power: 4,
  interest: 1,
  engagement: 'resistant',
  target: 'supportive',
});
const paul = aStakeholder({ personId: 5, name: 'Paul Petit', group: 'applications' });
const anne = aStakeholder({
  personId: 6,
  name: 'Anne Leroy',
  group: 'vendor',
  power: 3,
  interest: 3,
  engagement: 'supportive',
  target: 'supportive',
});

const mapOf = (on: string, people: Stakeholder[]): StakeholderMap => ({
  on,
  cadence: { manageClosely: 14, keepSatisfied: 30, keepInformed: 30, monitor: 90 },
  toAnnounce: 2,
  people,
});
const today = mapOf('2026-09-15', [anne, karim, lea, marc, paul, sophie]);

const assessed = (fields: Partial<Assessment> & Pick<Assessment, 'personId' | 'power' | 'interest'>): Assessment => ({
  id: 90,
  assessedOn: '2026-09-15',
  engagement: 'resistant',
  target: 'supportive',
  comment: '',
  ...fields,
});

// The dots are painted; one real dot, the rover, stands on the person with the keyboard and is
// walked with Home and Tab, as a keyboard user does.
const rover = () => screen.getByTestId('grid-dot');

/** The rover, brought onto a person's dot. */
async function dot(personId: number): Promise<HTMLElement> {
  if (rover().dataset.personId === String(personId)) return rover();
  await fireEvent.keyDown(rover(), { key: 'Home' });
  while (rover().dataset.personId !== String(personId)) {
    const before = rover();
    await fireEvent.keyDown(before, { key: 'Tab' });
    if (rover() === before) throw new Error(`no dot for person ${personId}`);
  }
  return rover();
}

/** Every person on the grid, in the order Tab visits them. */
async function dotIds(): Promise<number[]> {
  if (!screen.queryByTestId('grid-dot')) return [];
  await fireEvent.keyDown(rover(), { key: 'Home' });
  const ids = [Number(rover().dataset.personId)];
  for (;;) {
    const before = rover();
    await fireEvent.keyDown(before, { key: 'Tab' });
    if (rover() === before) return ids;
    ids.push(Number(rover().dataset.personId));
  }
}
const announced = () => screen.getByTestId('grid-announce').textContent;

async function opened(map: StakeholderMap = today) {
  vi.mocked(backend.stakeholderMap).mockResolvedValue(map);
  render(GridPage, { mission });
  await waitFor(() => expect(screen.getByTestId('grid-svg')).toBeTruthy());
}

describe('GridPage', () => {
  beforeEach(() => {
    setLanguage('en');
    resetMocks(backend.stakeholderMap, backend.personAssess);
    register.open = null;
  });

  it('draws one dot per assessed person and lists the others apart, with their count', async () => {
    await opened();
    expect(backend.stakeholderMap).toHaveBeenCalledWith(7, '');
    expect((await dotIds()).sort()).toEqual([1, 2, 3, 4, 6]);
    expect((await dot(1)).getAttribute('aria-label')).toBe(
      'Karim Benali: power 2, interest 3 — keep informed, resistant',
    );
    expect(screen.getByTestId('grid-unassessed-count').textContent).toBe('1');
    expect(screen.getByTestId('grid-summary').textContent).toContain('5 on the grid, 1 not assessed yet');
    const names = screen.getAllByTestId('grid-quadrant').map((q) => q.textContent?.trim());
    expect(names).toEqual(['Keep satisfied · 1', 'Manage closely · 3', 'Monitor · 0', 'Keep informed · 1']);
  });

  it('walks the keyboard through the dots in reading order with Tab, Home and End, and lets Tab leave after the last', async () => {
    await opened();
    // Power 5 first, then interest left to right: Sophie (5,5), Léa (4,1), Marc (4,4), Anne, Karim.
    expect(await dotIds()).toEqual([2, 4, 3, 6, 1]);
    await fireEvent.keyDown(rover(), { key: 'End' });
    expect(rover().dataset.personId).toBe('1');
    expect(document.activeElement).toBe(rover());
    // A ring shows where the keyboard is, however small the dots.
    expect(screen.getByTestId('grid-focus')).toBeTruthy();
    const last = rover();
    // Past the last dot, Tab is the browser's again: nothing stops it.
    expect(await fireEvent.keyDown(last, { key: 'Tab' })).toBe(true);
    expect(await fireEvent.keyDown(rover(), { key: 'Tab', shiftKey: true })).toBe(false);
    expect(rover().dataset.personId).toBe('6');
    expect(rover().getAttribute('aria-label')).toBe('Anne Leroy: power 3, interest 3 — manage closely, supportive');
  });

  it('puts the keyboard on the painted dot that is pressed, and opens its card on a double click', async () => {
    await opened();
    const svg = screen.getByTestId('grid-svg');
    svg.getBoundingClientRect = () =>
      ({ left: 0, top: 0, width: VIEW.width, height: VIEW.height, right: VIEW.width, bottom: VIEW.height }) as DOMRect;
    const marc = { clientX: Number((await dot(3)).getAttribute('cx')), clientY: Number((await dot(3)).getAttribute('cy')) };
    await fireEvent.keyDown(rover(), { key: 'Home' });
    expect(rover().dataset.personId).toBe('2');
    await fireEvent.pointerDown(svg, { ...marc, pointerId: 1, button: 0 });
    expect(rover().dataset.personId).toBe('3');
    expect(document.activeElement).toBe(rover());
    expect(screen.queryByTestId('grid-focus')).toBeNull();
    await fireEvent.pointerUp(svg, { ...marc, pointerId: 1 });
    expect(backend.personAssess).not.toHaveBeenCalled();
    // Off every dot: nothing is picked, nothing opens.
    await fireEvent.dblClick(svg, { clientX: 2, clientY: 2 });
    expect(register.open).toBeNull();
    await fireEvent.dblClick(svg, marc);
    expect(register.open).toBe(3);
  });

  it('moves a dot with the arrow keys and records the new cell with the same engagement and target on Enter', async () => {
    await opened();
    vi.mocked(backend.personAssess).mockResolvedValue(assessed({ personId: 1, power: 4, interest: 2 }));
    await fireEvent.keyDown(await dot(1), { key: 'ArrowUp' });
    await fireEvent.keyDown(await dot(1), { key: 'ArrowUp' });
    await fireEvent.keyDown(await dot(1), { key: 'ArrowLeft' });
    expect(announced()).toContain('Karim Benali: power 4, interest 2 — keep satisfied');
    const ghost = screen.getByTestId('grid-ghost');
    expect([ghost.dataset.power, ghost.dataset.interest]).toEqual(['4', '2']);
    expect(backend.personAssess).not.toHaveBeenCalled();

    await fireEvent.keyDown(await dot(1), { key: 'Enter' });
    expect(backend.personAssess).toHaveBeenCalledWith(1, {
      power: 4,
      interest: 2,
      engagement: 'resistant',
      target: 'supportive',
      assessedOn: '',
      comment: '',
    });
    await waitFor(() => expect(announced()).toContain('Karim Benali assessed today: power 4, interest 2'));
    expect([(await dot(1)).dataset.power, (await dot(1)).dataset.interest]).toEqual(['4', '2']);
    expect(screen.queryByTestId('grid-ghost')).toBeNull();
  });

  it('cancels a keyboard move with Escape: nothing is recorded', async () => {
    await opened();
    await fireEvent.keyDown(await dot(1), { key: 'ArrowRight' });
    expect(screen.getByTestId('grid-ghost').dataset.interest).toBe('4');
    await fireEvent.keyDown(await dot(1), { key: 'Escape' });
    expect(screen.queryByTestId('grid-ghost')).toBeNull();
    expect(announced()).toContain('Move cancelled');
    await fireEvent.keyDown(await dot(1), { key: 'Enter' });
    expect(backend.personAssess).not.toHaveBeenCalled();
    expect([(await dot(1)).dataset.power, (await dot(1)).dataset.interest]).toEqual(['2', '3']);
  });

  it('records the cell a dot is dragged to, snapped to the cell under the pointer', async () => {
    await opened();
    vi.mocked(backend.personAssess).mockResolvedValue(assessed({ personId: 1, power: 5, interest: 1 }));
    const svg = screen.getByTestId('grid-svg');
    svg.getBoundingClientRect = () =>
      ({ left: 0, top: 0, width: VIEW.width, height: VIEW.height, right: VIEW.width, bottom: VIEW.height }) as DOMRect;
    const start = { clientX: Number((await dot(1)).getAttribute('cx')), clientY: Number((await dot(1)).getAttribute('cy')) };
    const target = cellCentre({ power: 5, interest: 1 });
    await fireEvent.pointerDown(await dot(1), { ...start, pointerId: 3, button: 0 });
    await fireEvent.pointerMove(await dot(1), { clientX: target.x + 20, clientY: target.y - 10, pointerId: 3 });
    expect((await dot(1)).getAttribute('transform')).not.toBeNull();
    expect(screen.getByTestId('grid-ghost').dataset.power).toBe('5');
    await fireEvent.pointerUp(await dot(1), { clientX: target.x + 20, clientY: target.y - 10, pointerId: 3 });
    expect(backend.personAssess).toHaveBeenCalledWith(1, {
      power: 5,
      interest: 1,
      engagement: 'resistant',
      target: 'supportive',
      assessedOn: '',
      comment: '',
    });
    await waitFor(async () => expect((await dot(1)).dataset.power).toBe('5'));
    expect((await dot(1)).getAttribute('transform')).toBeNull();
  });

  it('shows a refusal and puts the dot back where it was', async () => {
    await opened();
    vi.mocked(backend.personAssess).mockRejectedValue(apiError('closed'));
    await fireEvent.keyDown(await dot(1), { key: 'ArrowUp' });
    await fireEvent.keyDown(await dot(1), { key: 'Enter' });
    const refusal = await screen.findByTestId('grid-refusal');
    expect(refusal.textContent).toContain('The assessment of Karim Benali was not recorded');
    expect(within(refusal).getByRole('alert').textContent).toContain('This mission is closed');
    expect([(await dot(1)).dataset.power, (await dot(1)).dataset.interest]).toEqual(['2', '3']);
  });

  it('places someone not assessed yet from the list with the keyboard (engagement unaware)', async () => {
    await opened();
    vi.mocked(backend.personAssess).mockResolvedValue(
      assessed({ personId: 5, power: 3, interest: 4, engagement: 'unaware', target: 'unaware' }),
    );
    const item = await screen.findByTestId('grid-unassessed-person');
    expect(item.dataset.personId).toBe('5');
    await fireEvent.keyDown(item, { key: 'ArrowRight' });
    expect(announced()).toContain('Paul Petit: power 3, interest 4 — manage closely');
    await fireEvent.keyDown(item, { key: 'Enter' });
    expect(backend.personAssess).toHaveBeenCalledWith(5, {
      power: 3,
      interest: 4,
      engagement: 'unaware',
      target: 'unaware',
      assessedOn: '',
      comment: '',
    });
    await waitFor(async () => expect(await dotIds()).toContain(5));
    expect(screen.getByTestId('grid-unassessed-count').textContent).toBe('0');
  });

  it('shows only the groups left ticked, and all of them again on reset', async () => {
    await opened();
    const vendor = screen
      .getAllByTestId('grid-group')
      .find((box) => box.dataset.group === 'vendor') as HTMLInputElement;
    await fireEvent.click(vendor);
    expect((await dotIds()).sort()).toEqual([1, 2, 4]);
    expect(screen.getAllByTestId('grid-gap').map((g) => g.dataset.personId)).toEqual(['2']);
    await fireEvent.click(screen.getByTestId('grid-groups-all'));
    expect((await dotIds()).sort()).toEqual([1, 2, 3, 4, 6]);
  });

  it('lists the key players furthest from their desired engagement, largest gap first', async () => {
    await opened();
    const gaps = screen.getAllByTestId('grid-gap');
    // Léa (keep satisfied) is no key player; Anne is on target.
    expect(gaps.map((g) => [g.dataset.personId, g.dataset.gap])).toEqual([
      ['2', '4'],
      ['3', '1'],
    ]);
    expect(gaps[0].textContent).toContain('Unaware');
    expect(gaps[0].textContent).toContain('Leading');
    await fireEvent.click(within(gaps[1]).getByRole('button'));
    expect(register.open).toBe(3);
    expect(view.current).toEqual({ name: 'mission', id: 7, page: 'people' });
  });

  it('shows a past day as it stood, with arrows to where people moved since, and no moving', async () => {
    const then = mapOf('2026-06-01', [
      { ...anne },
      { ...karim, power: 2, interest: 1, quadrant: 'monitor', assessedOn: '2026-05-20' },
      { ...lea },
      aStakeholder({ personId: 3, name: 'Marc Dubois', group: 'vendor' }),
      { ...paul },
      { ...sophie },
    ]);
    await opened();
    vi.mocked(backend.stakeholderMap).mockResolvedValue(then);
    const date = screen.getByTestId('grid-date') as HTMLInputElement;
    await fireEvent.input(date, { target: { value: '2026-06-01' } });
    await fireEvent.change(date);
    expect(backend.stakeholderMap).toHaveBeenLastCalledWith(7, '2026-06-01');
    await waitFor(async () => expect((await dot(1)).dataset.interest).toBe('1'));
    expect(screen.getByTestId('grid-past').textContent).toContain('1 June 2026');
    expect(await dotIds()).not.toContain(3);
    expect(screen.getAllByTestId('grid-arrow').map((a) => a.dataset.personId)).toEqual(['1']);
    expect(screen.getAllByTestId('grid-arrow')[0].getAttribute('aria-label')).toBe(
      'Karim Benali: from power 2, interest 1 to power 2, interest 3 today',
    );
    // Today's places: Karim, who moved, and Marc, assessed since.
    expect(screen.getAllByTestId('grid-today').map((m) => m.dataset.personId).sort()).toEqual(['1', '3']);

    await fireEvent.keyDown(await dot(1), { key: 'ArrowUp' });
    expect(screen.queryByTestId('grid-ghost')).toBeNull();
    await fireEvent.keyDown(await dot(1), { key: 'Enter' });
    expect(backend.personAssess).not.toHaveBeenCalled();
    expect(announced()).toContain('Go back to today');

    await fireEvent.click(screen.getByTestId('grid-arrows'));
    expect(screen.queryAllByTestId('grid-arrow')).toHaveLength(0);

    await fireEvent.click(screen.getByTestId('grid-past-today'));
    expect(screen.queryByTestId('grid-past')).toBeNull();
    expect((await dot(1)).dataset.interest).toBe('3');
  });

  it('refuses a typed day that is not a date or is after today, without asking Rust', async () => {
    await opened();
    const date = screen.getByTestId('grid-date') as HTMLInputElement;
    await fireEvent.input(date, { target: { value: '2026-02-30' } });
    await fireEvent.change(date);
    expect(document.getElementById('grid-date-error')?.textContent).toContain('Not a valid date');
    await fireEvent.input(date, { target: { value: '2026-12-01' } });
    await fireEvent.change(date);
    expect(document.getElementById('grid-date-error')?.textContent).toContain('in the future');
    expect(backend.stakeholderMap).toHaveBeenCalledTimes(1);
    expect(date.value).toBe('2026-12-01');
  });

  it('opens a person’s card with O, not with Enter', async () => {
    await opened();
    await fireEvent.keyDown(await dot(2), { key: 'Enter' });
    expect(register.open).toBeNull();
    await fireEvent.keyDown(await dot(2), { key: 'o' });
    expect(register.open).toBe(2);
  });

  it('shows the same numbers as a table', async () => {
    await opened();
    await fireEvent.click(screen.getByTestId('grid-view-table'));
    const rows = await screen.findAllByTestId('grid-row');
    const karimRow = rows.find((r) => r.dataset.personId === '1') as HTMLElement;
    expect(karimRow.textContent).toContain('Infrastructure');
    expect(karimRow.textContent).toContain('Keep informed');
    expect(karimRow.textContent).toContain('Resistant');
    expect(karimRow.textContent).toContain('Supportive');
    const paulRow = rows.find((r) => r.dataset.personId === '5') as HTMLElement;
    expect(paulRow.textContent).toContain('Not assessed yet');
    expect(screen.queryByTestId('grid-svg')).toBeNull();
  });

  it('sends to the People page when the register is empty', async () => {
    vi.mocked(backend.stakeholderMap).mockResolvedValue(mapOf('2026-09-15', []));
    view.current = { name: 'mission', id: 7, page: 'grid' };
    render(GridPage, { mission });
    await fireEvent.click(await screen.findByTestId('grid-empty-people'));
    expect(view.current).toEqual({ name: 'mission', id: 7, page: 'people' });
  });

  it('says how to start when nobody is assessed yet', async () => {
    await opened(mapOf('2026-09-15', [paul]));
    expect(screen.getByTestId('grid-notice').textContent).toContain('Drag a person from “Not assessed yet”');
    expect(screen.queryAllByTestId('grid-dot')).toHaveLength(0);
  });
});
