// The messages of the retention of the wellbeing notes, and of the backups an erasure
// rewrites, in English: the reference for messages.fr.ts.

export const en = {
  'retention.title': 'Old wellbeing notes',
  'retention.loading': 'Looking for notes older than the period…',
  'retention.proposal':
    '{notes} and {acknowledgments} about {people} are older than {period} (before {cutOff}).',
  'retention.proposal.whole':
    'The mission was closed on {closedOn}, more than 30 days ago: all its notes are put forward — {notes} and {acknowledgments} about {people}.',
  'retention.oldest': 'The oldest is from {date}.',
  'retention.none':
    'No note is older than {period}: nothing to delete.',
  'retention.why': 'Notes about a person’s health are kept no longer than needed (GDPR art. 5). Nothing is deleted until you apply.',
  'retention.apply': 'Apply…',
  'retention.apply.title': 'Delete the old notes?',
  'retention.apply.body':
    'They are deleted from the database for good, their text overwritten. The backups made before still hold them until they rotate out.',
  'retention.apply.keep': 'Keep them',
  'retention.apply.confirm': 'Delete for good',
  'retention.period':
    'Notes kept {period}.',
  'retention.period.change': 'Change…',
  'retention.period.label': 'Keep the notes for (months)',
  'retention.period.range': 'A whole number of months from {min} to {max}.',
  'retention.period.save': 'Save',
  'retention.decisions': 'Deleted before',
  'retention.decision':
    '{date}: {notes} and {acknowledgments} about {people}, older than {period}.',
  'retention.decision.whole':
    '{date}: {notes} and {acknowledgments} about {people}, the mission closed.',
  'retention.done':
    'Deleted: {notes} and {acknowledgments}.',

  'retention.count.notes.one': '{count} check-in',
  'retention.count.notes.other': '{count} check-ins',
  'retention.count.acknowledgments.one': '{count} acknowledged alert',
  'retention.count.acknowledgments.other': '{count} acknowledged alerts',
  'retention.count.people.one': '{count} person',
  'retention.count.people.other': '{count} people',
  'retention.count.months.one': '{count} month',
  'retention.count.months.other': '{count} months',

  'erase.backups.loading': 'Looking for the backups that hold them…',
  'erase.backups.none': 'No backup holds them.',
  'erase.backups.lead.one': '{count} backup holds them; it will be rewritten without them:',
  'erase.backups.lead.other': '{count} backups hold them; each will be rewritten without them:',
  'erase.backups.failed': 'They are erased from the database, but the backups could not all be rewritten yet.',
  'erase.backups.retry': 'Rewrite the backups again',
  'erase.backups.rewritten.one': '{count} backup was rewritten without them.',
  'erase.backups.rewritten.other': '{count} backups were rewritten without them.',
} as const;
