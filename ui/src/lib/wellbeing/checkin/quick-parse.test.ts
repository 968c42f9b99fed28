import { describe, expect, it } from 'vitest';
import { parseQuick } from './quick-parse';

describe('parseQuick', () => {
  it('reads mood and stress, hours and letters', () => {
    expect(parseQuick('24 60 xt')).toEqual({
      mood: 2,
      stress: 4,
      hours: 60,
      signals: ['cannot_go_on', 'tired'],
      actions: [],
      observation: '',
      error: null,
      empty: false,
    });
  });

  it('splits letters into signs and actions, in any groups, case and repeats aside', () => {
    const line = parseQuick('  31   45 Tk  e t ');
    expect(line.error).toBeNull();
    expect(line.signals).toEqual(['tired']);
    expect(line.actions).toEqual(['one_to_one', 'lightened_load']);
  });

  it('takes what follows the first colon as the observation', () => {
    const line = parseQuick('55 38 k: said: "fine, really"');
    expect(line.error).toBeNull();
    expect(line.actions).toEqual(['one_to_one']);
    expect(line.observation).toBe('said: "fine, really"');
  });

  it('accepts no letters, 0 and 168 hours', () => {
    expect(parseQuick('33 0').error).toBeNull();
    expect(parseQuick('33 168').hours).toBe(168);
  });

  it('says nothing for an empty line', () => {
    expect(parseQuick('   ')).toMatchObject({ empty: true, error: null, mood: null });
  });

  it('names the mood and stress part when it is not two digits', () => {
    expect(parseQuick('2 60').error).toEqual({ part: 'pair', text: '2' });
    expect(parseQuick('245 60').error).toEqual({ part: 'pair', text: '245' });
    expect(parseQuick('ab 60').error).toEqual({ part: 'pair', text: 'ab' });
    expect(parseQuick(': only words').error).toEqual({ part: 'pair', text: '' });
  });

  it('names a mood or a stress out of 1..5, keeping what came before', () => {
    expect(parseQuick('74 60').error).toEqual({ part: 'mood', text: '7' });
    expect(parseQuick('04 60').error).toEqual({ part: 'mood', text: '0' });
    const stress = parseQuick('26 60');
    expect(stress.error).toEqual({ part: 'stress', text: '6' });
    expect(stress.mood).toBe(2);
  });

  it('names missing or impossible hours', () => {
    expect(parseQuick('24').error).toEqual({ part: 'hoursMissing', text: '' });
    expect(parseQuick('24 200').error).toEqual({ part: 'hours', text: '200' });
    expect(parseQuick('24 169').error).toEqual({ part: 'hours', text: '169' });
    expect(parseQuick('24 4.5').error).toEqual({ part: 'hours', text: '4.5' });
    expect(parseQuick('24 xt').error).toEqual({ part: 'hours', text: 'xt' });
    expect(parseQuick('24 -3').error).toEqual({ part: 'hours', text: '-3' });
  });

  it('names an unknown letter, keeping the letters before it', () => {
    const line = parseQuick('24 60 tqk');
    expect(line.error).toEqual({ part: 'letter', text: 'q' });
    expect(line.signals).toEqual(['tired']);
    expect(line.hours).toBe(60);
    expect(parseQuick('24 60 t3').error).toEqual({ part: 'letter', text: '3' });
  });
});
