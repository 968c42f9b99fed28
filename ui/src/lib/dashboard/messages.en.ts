// The messages of the dashboard, in English: the reference for messages.fr.ts.

export const en = {
  'dashboard.eyebrow': 'Dashboard',
  'dashboard.title': 'Where the mission stands',
  'dashboard.charter': 'Charter and mandate',
  'dashboard.next': 'Next step',
  'dashboard.review': 'Review of the clauses',
  'dashboard.undecided': '{count} of {total} authorities still to decide.',
  'dashboard.decided': 'All {total} authorities of the mandate are decided.',
  'dashboard.inForce': 'In force meanwhile: version {number}, approved on {date}.',
  'dashboard.mission': 'The mission',
  'dashboard.noManager': 'Not given yet',
  'dashboard.openSheet': 'Open the mission sheet',
  'dashboard.untold': 'Not yet told',
  'dashboard.untold.lead': 'These audiences have not heard of version {number}:',
  'dashboard.untold.nothing':
    'Once a version is approved, the audiences still to tell will show here.',
  'dashboard.untold.noAudience': 'Version {number} is approved, and no audience is listed yet.',
  'dashboard.untold.none': 'Every audience has been told of version {number}.',
  'dashboard.toAnnouncements': 'Go to the announcements',
  'dashboard.keyPlayers': 'Key players',
  'dashboard.keyPlayers.lead': 'Key players not yet told of version {number}:',
  'dashboard.keyPlayers.nothing':
    'Once a version is approved, the key players not yet told of it will show here.',
  'dashboard.keyPlayers.noKey':
    'No one is assessed as a key player yet (high power, high interest).',
  'dashboard.keyPlayers.none': 'Every key player has been told of version {number}.',
  'dashboard.keyPlayers.more': 'And {count} more, on the People page.',
  'dashboard.keyPlayers.empty':
    'No one in the register yet. Add the people who matter to the mission, or import them from a spreadsheet: the key players still to tell and the contacts overdue will show here.',
  'dashboard.keyPlayers.toPeople': 'Go to the people',
  'dashboard.late': 'Late',
  'dashboard.overdue.one': 'contact overdue',
  'dashboard.overdue.other': 'contacts overdue',
  'dashboard.followUps.one': 'follow-up past due',
  'dashboard.followUps.other': 'follow-ups past due',

  'next.start.title': 'Start the charter',
  'next.start.body':
    'Set the framework from the outset: the mission, its scope and the mandate, to go through with the CEO.',
  'next.start.action': 'Start the charter',
  'next.continue.title': 'Continue the draft',
  'next.continue.body':
    'Complete the charter and decide each authority, then go through every clause with the CEO.',
  'next.continue.action': 'Continue the charter',
  'next.submit.title': 'Submit for approval',
  'next.submit.body': 'Every clause is agreed or struck: put the version in front of the CEO.',
  'next.submit.action': 'Go to the review',
  'next.revise.title': 'Answer the request for more information',
  'next.revise.body':
    'The CEO asked for more information: rework the clauses concerned, then submit again.',
  'next.revise.action': 'Revise the charter',
  'next.decide.title': 'Record the decision',
  'next.decide.body':
    'The version is in review: the CEO approves it, asks for more information, or rejects it.',
  'next.decide.action': 'Go to the decision',
  'next.announce.title': 'Announce version {number} to the teams',
  'next.announce.body': 'The teams must be told what the mandate says.',
  'next.announce.action': 'Go to the announcements',
  'next.amend.title': 'Amend the charter',
  'next.amend.body': 'This version was rejected: start an amendment to propose a new one.',
  'next.amend.action': 'Amend the charter',
  'next.announce.untold': 'Audiences not yet told: {count}.',
  'next.announce.noAudience': 'List the teams and groups to tell, and record each announcement.',
  'next.amend.approved':
    'Approved on {date} and announced to every audience. When the mission changes, start an amendment.',
} as const;
