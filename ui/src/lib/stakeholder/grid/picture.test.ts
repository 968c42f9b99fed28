import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../i18n/locale.svelte';
import { aStakeholder } from '../samples';
import { place } from './geometry';
import { drawDots, quadrantName } from './picture';

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
