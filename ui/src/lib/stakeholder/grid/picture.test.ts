import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../i18n/locale.svelte';
import { aStakeholder } from '../samples';
import { place } from './geometry';
import { dotsMarkup, drawDots, quadrantName, type Dot } from './picture';

describe('drawDots', () => {
  afterEach(() => setLanguage('en'));

  it.each(['en', 'fr'] as const)('labels each dot with the sentence t gives (%s)', (language) => {
    setLanguage(language);
    const people = [
      aStakeholder({ personId: 1, name: 'Léa {Moreau}', power: 5, interest: 1, engagement: 'resistant' }),
      aStakeholder({ personId: 2, name: 'Hugo Simon', power: 2, interest: 4, engagement: 'leading' }),
      aStakeholder({ personId: 3, name: 'Inès Laurent', power: 5, interest: 1, engagement: 'resistant' }),
    ];
    const dots = drawDots(people, place(people));
    expect(dots.map((d) => d.id)).toEqual([1, 3, 2]);
    for (const dot of dots) {
      const p = dot.person;
      expect(dot.label).toBe(
        t('grid.dot', {
          name: p.name,
          power: p.power ?? 0,
          interest: p.interest ?? 0,
          quadrant: quadrantName(p.power ?? 0, p.interest ?? 0),
          engagement: t(`engagement.${p.engagement ?? 'unaware'}`).toLocaleLowerCase(),
        }),
      );
    }
    expect(dots[0].label).toContain('Léa {Moreau}');
  });
});

describe('dotsMarkup', () => {
  it('writes one focusable circle per dot, its name escaped so nothing typed becomes markup', () => {
    const dot = {
      id: 7,
      person: { power: 4, interest: 2 } as Dot['person'],
      x: 10.5,
      y: 20,
      colour: '#123456',
      label: 'Zoé "<script>alert(1)</script>" & co, l\'équipe',
    };
    const markup = dotsMarkup([dot, { ...dot, id: 8 }], 6);
    const host = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    host.innerHTML = markup;
    const circles = [...host.querySelectorAll('circle')];
    expect(circles).toHaveLength(2);
    expect(host.querySelector('script')).toBeNull();
    const [first] = circles;
    expect(first.getAttribute('aria-label')).toBe(dot.label);
    expect(first.getAttribute('role')).toBe('button');
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.dataset.personId).toBe('7');
    expect([first.dataset.power, first.dataset.interest]).toEqual(['4', '2']);
    expect([first.getAttribute('cx'), first.getAttribute('r'), first.getAttribute('fill')]).toEqual(['10.5', '6', '#123456']);
  });
});
