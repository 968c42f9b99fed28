// Why an alert is open, in the window's language, from the numbers Rust gives (`AlertFacts`):
// Rust's own `why` is English, for the command line.

import type { Alert } from '../bindings/Alert';
import type { Translate } from '../i18n/catalogue';

export function alertWhy(alert: Alert, t: Translate, day: (iso: string) => string): string {
  const f = alert.facts;
  const on = day(f.on);
  switch (alert.kind) {
    case 'long_week':
      return t('wellbeing.why.long_week', { hours: f.value, on, top: Math.max(...f.values, f.value), limit: f.limit });
    case 'average_hours':
      return t('wellbeing.why.average_hours', { hours: Math.round(f.value), on, count: f.count, limit: f.limit });
    case 'low_mood':
      return t('wellbeing.why.low_mood', { count: f.count, on, values: f.values.join(', '), limit: f.limit });
    case 'high_stress':
      return t('wellbeing.why.high_stress', { count: f.count, on, values: f.values.join(', '), limit: f.limit });
    case 'acute':
      return t('wellbeing.why.acute', {
        signals: f.signals.map((s) => t(`checkin.signal.${s}`)).join(', '),
        on,
        due: f.due ? day(f.due) : '—',
      });
    case 'follow_up_overdue':
      return t('wellbeing.why.follow_up_overdue', { on, due: f.due ? day(f.due) : '—', days: f.value });
    case 'no_check_in':
      return t('wellbeing.why.no_check_in', { on, days: f.value });
  }
}
