import { describe, expect, it } from 'vitest';
import type { AudienceStatus } from '../bindings/AudienceStatus';
import type { Charter } from '../bindings/Charter';
import type { VersionStatus } from '../bindings/VersionStatus';
import { sampleVersion } from '../charter/samples';
import { nextStep } from './next-step';

const charter = (status: VersionStatus, pending = 0, toDiscuss = 0): Charter => ({
  version: sampleVersion({ id: 1, missionId: 1, status }),
  clauses: [],
  comments: [],
  summary: { total: 12, agreed: 12 - pending - toDiscuss, toDiscuss, struck: 0, pending, open: [] },
  history: [],
});

const audience = (id: number, told: boolean): AudienceStatus => ({
  audience: { id, name: `Team ${id}` },
  announcements: [],
  told,
});

describe('nextStep', () => {
  it('starts the charter, then continues the draft until every clause is reviewed', () => {
    expect(nextStep(null, null)).toBe('start');
    expect(nextStep(charter('draft', 3), null)).toBe('continue');
    expect(nextStep(charter('draft', 0, 1), null)).toBe('continue');
    expect(nextStep(charter('draft'), null)).toBe('submit');
  });

  it('revises after a request for more information, then submits again', () => {
    expect(nextStep(charter('changes_requested', 1), null)).toBe('revise');
    expect(nextStep(charter('changes_requested'), null)).toBe('submit');
  });

  it('asks for the decision while in review', () => {
    expect(nextStep(charter('in_review', 2), null)).toBe('decide');
  });

  it('asks to announce an approved version until every audience is told, then to amend', () => {
    expect(nextStep(charter('approved'), { toAnnounce: 1, audiences: [] })).toBe('announce');
    const board = { toAnnounce: 1, audiences: [audience(1, true), audience(2, false)] };
    expect(nextStep(charter('approved'), board)).toBe('announce');
    board.audiences[1].told = true;
    expect(nextStep(charter('approved'), board)).toBe('amend');
    expect(nextStep(charter('rejected'), null)).toBe('amend');
  });
});
