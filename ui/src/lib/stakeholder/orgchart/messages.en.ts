// The messages of the org chart, in English: the reference for messages.fr.ts.

export const en = {
  'orgchart.eyebrow': 'Stakeholders',
  'orgchart.title': 'Org chart',
  'orgchart.lead':
    'Who reports to whom, coloured by group: where the infrastructure and the applications teams meet, and where they do not.',
  'orgchart.expandAll': 'Expand all',
  'orgchart.collapseAll': 'Collapse all',
  'orgchart.empty.title': 'No one in the register yet',
  'orgchart.empty.body':
    'The org chart is drawn from the register: add the people, by hand or from the client’s spreadsheet, and say whom each reports to.',
  'orgchart.empty.go': 'Go to the people',
  'orgchart.unlinked':
    'No one reports to anyone yet: set “{field}” on each person’s card and the chart takes shape.',
  'orgchart.legend': 'Groups',
  'orgchart.legend.hint': 'Choose a group to pick out its people.',
  'orgchart.legend.clear': 'Choose the group again to show everyone alike.',
  'orgchart.split': 'People by group: {groups}',
  'orgchart.tree': 'Reports-to tree',
  'orgchart.keys': 'Arrows to move, → to open, ← to close, Enter to open the card.',
  'orgchart.shown': '{shown} of {total} people shown',
  'orgchart.toggle.open': 'Show the people under {name}',
  'orgchart.toggle.close': 'Hide the people under {name}',
  'orgchart.people.one': '{count} person',
  'orgchart.people.other': '{count} people',
  'orgchart.under': '{people} under them',
} as const;
