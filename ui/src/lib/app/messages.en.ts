// The messages of the app’s frame (sidebar, top bar, welcome screen), and the few that
// every feature shares, in English: the reference for messages.fr.ts.

export const en = {
  'app.name': 'Mandat',
  'app.loading': 'Opening your desk…',
  'app.skip': 'Skip to content',
  'app.sidebar': 'Sidebar',
  'app.home': 'Mandat, home',

  'nav.label': 'Mission navigation',
  'nav.mission': 'Mission',
  'nav.dashboard': 'Dashboard',
  'nav.charter': 'Charter',
  'nav.mandate': 'Mandate',
  'nav.review': 'Review',
  'nav.versions': 'Versions',
  'nav.brief': 'The brief',
  'nav.announcements': 'Announcements',
  'nav.people': 'People',
  'nav.grid': 'Power & interest',
  'nav.orgchart': 'Org chart',
  'nav.interactions': 'Interactions',
  'nav.wellbeing': 'Team wellbeing',
  'privacy.on': 'Screen privacy: names and notes are hidden. Ctrl+H shows them again.',
  'privacy.show': 'Show',
  'nav.signing': 'Sign & export',
  'nav.verify': 'Verify a PDF',
  'nav.backups': 'Backups',
  'nav.security': 'Security',
  'nav.missions': 'All missions',

  'switcher.label': 'Your missions',
  'switcher.empty': 'No mission yet.',

  'newMission.button': 'New mission',
  'newMission.shortcut': 'Ctrl+N',

  'lang.label': 'Interface language',
  'lang.fr': 'French',
  'lang.en': 'English',

  'save.label': 'Save status',
  'save.idle': 'Changes are saved automatically',
  'save.saving': 'Saving…',
  'save.saved': 'Saved at {time}',
  'save.error': 'Error — not saved',

  'welcome.eyebrow': 'Welcome',
  'welcome.title': 'Your desk for the mission ahead',
  'welcome.lead':
    'Mandat is the desk of the transition CIO: one place per mission for what you were hired to do, who asked for it and what is at stake. It works offline and keeps everything on this computer.',
  'welcome.next':
    'Start with the mission itself: the client, the sponsor who called you in, the dates and the context you found on arrival.',
  'welcome.create': 'Create your first mission',
  'welcome.point1': 'Write down the mandate as it was given to you',
  'welcome.point2': 'Keep the dates and the sponsor in sight',
  'welcome.point3': 'Nothing leaves this computer',
  'welcome.verify.lead': 'Handed a signed charter?',
  'welcome.verify': 'Verify a PDF',
  'welcome.import.lead': 'Taking over a mission from another laptop?',

  'person.withTitle': '{name}, {title}',

  'lock.button': 'Lock',
  'lock.title': 'Lock Mandat now (Ctrl+L)',
} as const;
