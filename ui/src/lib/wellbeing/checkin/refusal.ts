// The sentence for Rust's refusal of one field of a check-in.

import type { ApiError } from '../../bindings/ApiError';
import { explain, t } from '../../i18n/locale.svelte';

export const CHECKIN_FIELDS = [
  'checkedOn',
  'mood',
  'stress',
  'hours',
  'signals',
  'observation',
  'actions',
  'followUpOn',
] as const;
export type CheckInField = (typeof CHECKIN_FIELDS)[number];

export function checkinRefusal(error: ApiError): string {
  switch (`${error.field}:${error.code}`) {
    case 'mood:out_of_range':
      return t('checkin.error.mood');
    case 'stress:out_of_range':
      return t('checkin.error.stress');
    case 'hours:out_of_range':
      return t('checkin.error.hours');
    case 'checkedOn:future':
      return t('checkin.error.future');
    case 'followUpOn:end_before_start':
      return t('checkin.error.followUpBefore');
    case 'observation:too_long':
      return t('checkin.error.observation', { limit: error.limit ?? 2000 });
  }
  return explain(error);
}
