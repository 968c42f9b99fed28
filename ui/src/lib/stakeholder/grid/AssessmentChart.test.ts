import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '$lib/bindings/Assessment';
import { setLanguage } from '$lib/i18n/locale.svelte';
import AssessmentChart from './AssessmentChart.svelte';

const first: Assessment = {
  id: 1,
  personId: 4,
  assessedOn: '2026-05-12',
  power: 2,
  interest: 3,
  engagement: 'resistant',
  target: 'supportive',
  comment: '',
};
const second: Assessment = { ...first, id: 2, assessedOn: '2026-08-12', power: 4, engagement: 'supportive' };

describe('AssessmentChart', () => {
  beforeEach(() => setLanguage('en'));

  it('names each day’s point and draws a line per series over time', () => {
    const { container } = render(AssessmentChart, { assessments: [first, second] });
    const points = screen.getAllByTestId('grid-chart-point');
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      '12 May 2026: power 2, interest 3, resistant',
      '12 Aug 2026: power 4, interest 3, supportive',
    ]);
    expect(points[1].querySelector('title')?.textContent).toBe('12 Aug 2026: power 4, interest 3, supportive');
    expect(container.querySelectorAll('polyline')).toHaveLength(3);
    // Power goes up from the first day to the last: the later point is higher (smaller y).
    const power = (container.querySelector('polyline.power') as SVGPolylineElement)
      .getAttribute('points')
      ?.split(' ')
      .map((pair) => pair.split(',').map(Number));
    expect(power?.[0][0]).toBeLessThan(power?.[1][0] ?? 0);
    expect(power?.[1][1]).toBeLessThan(power?.[0][1] ?? 0);
    const rows = screen.getByTestId('grid-chart-table').querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.textContent)).toEqual([
      '12 May 202623ResistantSupportive',
      '12 Aug 202643SupportiveSupportive',
    ]);
  });

  it('shows a single assessment as points without lines', () => {
    const { container } = render(AssessmentChart, { assessments: [first] });
    expect(screen.getAllByTestId('grid-chart-point')).toHaveLength(1);
    expect(container.querySelectorAll('polyline')).toHaveLength(0);
  });

  it('renders nothing without assessments', () => {
    render(AssessmentChart, { assessments: [] });
    expect(screen.queryByTestId('grid-chart')).toBeNull();
  });

  it('speaks French', () => {
    setLanguage('fr');
    render(AssessmentChart, { assessments: [second] });
    expect(screen.getByTestId('grid-chart-point').getAttribute('aria-label')).toBe(
      '12 août 2026\u00a0: pouvoir 4, intérêt 3, favorable',
    );
  });
});
