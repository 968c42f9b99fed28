// A mission as the forms hold it: the generated `MissionDraft`, every field as typed.

import type { Language } from '../bindings/Language';
import type { Mission } from '../bindings/Mission';
import type { MissionDraft } from '../bindings/MissionDraft';

/** The draft's fields in form order: also the names Rust gives in `ApiError.field`. */
export const MISSION_FIELDS = [
  'client',
  'title',
  'sponsorName',
  'sponsorTitle',
  'managerName',
  'startDate',
  'plannedEnd',
  'context',
  'language',
] as const satisfies readonly (keyof MissionDraft)[];

export type MissionField = (typeof MISSION_FIELDS)[number];

export function isMissionField(name: string | null | undefined): name is MissionField {
  return (MISSION_FIELDS as readonly string[]).includes(name ?? '');
}

/** The id of a field's input, the same in the create form and the sheet (end-to-end hooks). */
export const inputId = (field: MissionField): string => `mission-${field}`;
export const errorId = (field: MissionField): string => `mission-${field}-error`;

export function emptyDraft(language: Language, today: string): MissionDraft {
  return {
    client: '',
    title: '',
    sponsorName: '',
    sponsorTitle: '',
    managerName: '',
    startDate: today,
    plannedEnd: '',
    context: '',
    language,
  };
}

export function draftOf(mission: Mission): MissionDraft {
  return {
    client: mission.client,
    title: mission.title,
    sponsorName: mission.sponsorName,
    sponsorTitle: mission.sponsorTitle,
    managerName: mission.managerName,
    startDate: mission.startDate,
    plannedEnd: mission.plannedEnd ?? '',
    context: mission.context,
    language: mission.language,
  };
}
