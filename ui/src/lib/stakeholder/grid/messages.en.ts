// The messages of the power/interest grid and of a person's assessment chart, in English:
// the reference for messages.fr.ts.

export const en = {
  'grid.eyebrow': 'Stakeholders',
  'grid.title': 'Power and interest',
  'grid.lead':
    'Who can make or break the mission, and how closely to follow each of them. Drag a person to another cell to record a new assessment, dated today.',
  'grid.loading': 'Opening the grid…',
  'grid.view': 'Show as',
  'grid.view.grid': 'Grid',
  'grid.view.table': 'Table',

  'grid.none.title': 'No one in the register yet',
  'grid.none.body':
    'Add the people who matter to the mission on the People page (by hand or from a spreadsheet), then place them on the grid here.',
  'grid.none.action': 'Go to People',
  'grid.firstSteps':
    'Nobody is on the grid yet. Drag a person from “Not assessed yet” onto a cell, or focus them, choose a cell with the arrow keys and press Enter.',
  'grid.pastEmpty': 'Nobody had been assessed by {date}.',
  'grid.filteredEmpty': 'No one in the chosen groups.',

  'grid.label': 'Power/interest grid as of {date}',
  'grid.people': 'People on the grid ({count})',
  'grid.summary': '{assessed} on the grid, {unassessed} not assessed yet',
  'grid.axis.power': 'Power',
  'grid.axis.interest': 'Interest',
  'grid.dot': '{name}: power {power}, interest {interest} — {quadrant}, {engagement}',
  'grid.keys':
    'Tab and Shift+Tab go from one person to the next, Home and End to the first and the last. Arrow keys choose another cell, Enter records the assessment, Escape cancels, O or a double click opens the card.',
  'grid.keys.past': 'Tab and Shift+Tab go from one person to the next. O or a double click opens the card. Go back to today to move people.',
  'grid.ghost': '{name}: power {power}, interest {interest} — {quadrant}',
  'grid.ghost.confirm': 'Press Enter to record, Escape to cancel.',
  'grid.ghost.none': 'Use the arrow keys to choose another cell first.',
  'grid.cancelled': 'Move cancelled: {name} stays where they were.',
  'grid.saving': 'Recording the assessment of {name}…',
  'grid.saved': '{name} assessed today: power {power}, interest {interest} — {quadrant}.',
  'grid.refused': 'The assessment of {name} was not recorded: they are back where they were.',
  'grid.past': 'The grid as it stood on {date}: moving people is off while a past day is shown.',
  'grid.pastNow': 'Back to today',

  'grid.date.legend': 'Day shown',
  'grid.date.range': 'Day shown, from the start of the mission to today',
  'grid.date.input': 'Exact day',
  'grid.date.hint': 'Year-month-day, e.g. {example}',
  'grid.date.today': 'Today',
  'grid.arrows': 'Arrows to where they stand today',

  'grid.groups': 'Groups',
  'grid.groups.all': 'All groups',

  'grid.legend': 'Current engagement',
  'grid.legend.arrow': 'Moved since',
  'grid.legend.today': 'Where they stand today',
  'grid.arrow': '{name}: from power {fromPower}, interest {fromInterest} to power {power}, interest {interest} today',
  'grid.newSince': '{name}: assessed since, now power {power}, interest {interest}',

  'grid.unassessed.how':
    'Drag a person onto the grid, or focus them, choose a cell with the arrow keys and press Enter. They start as unaware: set their engagement on their card.',
  'grid.unassessed.past': 'People with no assessment on {date}.',
  'grid.unassessed.none': 'Everyone shown is on the grid.',
  'grid.unassessed.item': '{name}, not assessed yet',

  'grid.gaps.title': 'Largest engagement gaps',
  'grid.gaps.lead': 'Key players furthest from the engagement you need from them.',
  'grid.gaps.none': 'No key player is away from the engagement you need.',
  'grid.gaps.item': '{name}: {engagement} now, {target} needed',
  'grid.gaps.step': '1 step',
  'grid.gaps.steps': '{count} steps',
  'grid.open': 'Open the card of {name}',

  'grid.table.label': 'Stakeholders as of {date}',
  'grid.table.name': 'Name',
  'grid.table.group': 'Group',
  'grid.table.quadrant': 'Quadrant',
  'grid.table.assessedOn': 'Assessed on',
  'grid.table.today': 'Today',
  'grid.table.same': 'Unchanged',
  'grid.table.moved': 'Power {power}, interest {interest}',
  'grid.table.empty': 'No one to show.',

  'grid.chart.label': 'Assessments over time: power, interest and engagement',
  'grid.chart.point': '{date}: power {power}, interest {interest}, {engagement}',
  'grid.chart.numbers': 'The numbers',
  'grid.chart.date': 'Date',
} as const;
