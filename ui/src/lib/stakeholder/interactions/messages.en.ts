// The messages of the interaction log (overdue contacts, follow-ups, the cadence, the form and
// the log), in English: the reference for messages.fr.ts.

export const en = {
  'interactions.eyebrow': 'Stakeholders',
  'interactions.title': 'Interactions',
  'interactions.lead':
    'Every exchange with the people of the register: how it went, what was promised, the follow-up owed — and whom you have not seen for too long.',

  'interactions.noPeople.title': 'No one in the register yet',
  'interactions.noPeople.body':
    'An interaction is logged with people of the register. Add the people you work with first, by hand or from the client’s spreadsheet.',
  'interactions.noPeople.go': 'Go to the people',

  'interactions.overdue.title': 'Overdue contacts',
  'interactions.overdue.none': 'Everyone has been seen within their cadence.',
  'interactions.overdue.noneAssessed':
    'Only people placed on the power/interest grid have a cadence: assess them to follow how often you see them.',
  'interactions.overdue.cadence': 'every {days} days',
  'interactions.overdue.cadence.daily': 'every day',
  'interactions.overdue.last': 'Last seen {date}',
  'interactions.overdue.log': 'Log a contact',
  'interactions.overdue.log.named': 'Log a contact with {name}',
  'interactions.overdue.more': 'Show {count} more ({total} in all)',

  'interactions.due.title': 'Follow-ups past due',
  'interactions.due.none': 'No follow-up is past its date.',
  'interactions.due.mark': 'Mark done: {what}',
  'interactions.due.by': 'Due {date}',
  'interactions.due.with': 'with',
  'interactions.due.more': 'Show {count} more ({total} in all)',

  'interactions.cadence.title': 'Contact cadence',
  'interactions.cadence.short': '{quadrant}: {days} d',
  'interactions.cadence.lead':
    'How many days may pass without a contact before someone is listed as overdue, by their quadrant on the power/interest grid.',
  'interactions.cadence.days': 'days',
  'interactions.cadence.range': 'Between 1 and 365 days.',
  'interactions.cadence.save': 'Save the cadence',
  'interactions.cadence.saved': 'Cadence saved; the overdue contacts follow it.',

  'interactions.form.title': 'Log an interaction',
  'interactions.form.people': 'With',
  'interactions.form.on': 'Date',
  'interactions.form.channel': 'Channel',
  'interactions.form.summary': 'Summary',
  'interactions.form.summary.placeholder': 'What was said, what you learned',
  'interactions.form.sentiment': 'How it went',
  'interactions.form.commitments': 'Commitments made',
  'interactions.form.commitments.placeholder': 'What you or they promised',
  'interactions.form.followUp': 'Follow-up',
  'interactions.form.followUp.placeholder': 'e.g. Send the revised planning',
  'interactions.form.followUp.hint': 'Optional; give it a date to see it come due.',
  'interactions.form.followUpOn': 'Follow-up by',
  'interactions.form.save': 'Log it',
  'interactions.form.close': 'Close',
  'interactions.form.logged': 'Logged, dated {date}. The form is ready for the next one.',

  'interactions.people.placeholder': 'Type a name, a job title or a team',
  'interactions.people.hint': 'Arrows to choose, Enter to add, Backspace to remove the last one.',
  'interactions.people.none': 'No one in the register matches.',
  'interactions.people.remove': 'Remove {name}',
  'interactions.people.unknown': 'Someone no longer in the register',

  'interactions.error.noPeople': 'Choose at least one person.',
  'interactions.error.peopleGone': 'One of these people is no longer in the register: remove them.',
  'interactions.error.tooManyPeople': 'At most {limit} people per interaction.',
  'interactions.error.future': 'This date is in the future: log what already happened.',
  'interactions.error.followUpBefore': 'The follow-up is dated before the interaction.',
  'interactions.error.sentiment': 'Choose how it went.',

  'interactions.log.title': 'Log',
  'interactions.log.open': 'Log an interaction',
  'interactions.log.loading': 'Opening the log…',
  'interactions.log.filter': 'Filter the log',
  'interactions.log.filter.placeholder': 'Filter by words or names',
  'interactions.log.person': 'Only with',
  'interactions.log.everyone': 'With anyone',
  'interactions.log.count.one': '{count} interaction',
  'interactions.log.count.other': '{count} interactions',
  'interactions.log.matching': '{count} of {total} interactions match',
  'interactions.log.noMatch': 'No interaction matches this filter.',
  'interactions.log.empty.title': 'No interaction logged yet',
  'interactions.log.empty.body':
    'Log each meeting, call or corridor talk: the overdue contacts and the follow-ups come from it.',
  'interactions.log.commitments': 'Commitments',
  'interactions.log.followUp': 'Follow-up',
  'interactions.log.followUp.unnamed': 'To follow up',
  'interactions.log.followUp.by': 'by {date}',
  'interactions.log.followUp.done': 'Done',
  'interactions.log.followUp.open': 'Open',
  'interactions.log.more': 'Show {count} more',
} as const;
