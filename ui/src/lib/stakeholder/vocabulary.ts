// The stakeholder map's fixed lists, in the order the screens show them, and the colour each
// group and engagement level is drawn in (the same on the grid, the org chart and the cards).

import type { Engagement } from '../bindings/Engagement';
import type { Group } from '../bindings/Group';
import type { InteractionChannel } from '../bindings/InteractionChannel';
import type { Quadrant } from '../bindings/Quadrant';

export const GROUPS: readonly Group[] = [
  'infrastructure',
  'applications',
  'business',
  'management',
  'vendor',
  'staff_representatives',
  'other',
];

/** From unaware to leading: the PMBOK engagement matrix. */
export const ENGAGEMENTS: readonly Engagement[] = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'];

/** Reading order on the grid: top left, top right, bottom left, bottom right. */
export const QUADRANTS: readonly Quadrant[] = ['keep_satisfied', 'manage_closely', 'monitor', 'keep_informed'];

export const CHANNELS: readonly InteractionChannel[] = ['meeting', 'one_to_one', 'call', 'email', 'message', 'informal'];

export const SENTIMENTS = [-2, -1, 0, 1, 2] as const;

/** A score of 3 or more is high power (or interest), as in mandat-core's `map::HIGH`. */
export const HIGH = 3;

/** The colours of the groups: distinct, and readable on white and on the ink sidebar. */
export const GROUP_COLOURS: Record<Group, string> = {
  infrastructure: '#2f6fb3',
  applications: '#8a4fbf',
  business: '#2f8f6a',
  management: '#b5552b',
  vendor: '#c28a12',
  staff_representatives: '#c23a6b',
  other: '#6b7280',
};

/** The colours of the engagement levels, from red (resistant) to green (leading). */
export const ENGAGEMENT_COLOURS: Record<Engagement, string> = {
  unaware: '#9aa3af',
  resistant: '#c2412d',
  neutral: '#d59a1c',
  supportive: '#4f9a5b',
  leading: '#1f6f43',
};

/** How far someone is from where they should be: 0 when on target, 4 at most. */
export function gap(engagement: Engagement | null, target: Engagement | null): number {
  if (engagement === null || target === null) return 0;
  return Math.abs(ENGAGEMENTS.indexOf(target) - ENGAGEMENTS.indexOf(engagement));
}

/** The quadrant of a power and an interest score (as mandat-core's `Quadrant::of`). */
export function quadrantOf(power: number, interest: number): Quadrant {
  if (power >= HIGH) return interest >= HIGH ? 'manage_closely' : 'keep_satisfied';
  return interest >= HIGH ? 'keep_informed' : 'monitor';
}
