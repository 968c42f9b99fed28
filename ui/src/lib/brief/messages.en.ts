// The brief page: the announcement to the teams in the CEO's words, from the approved mandate.

export const en = {
  'brief.eyebrow': 'Telling the teams',
  'brief.title': 'The brief',
  'brief.lead':
    'What the CEO tells the teams about your mission, written from the approved mandate: why you are here, what you may decide, what you will not do. Anything is acceptable, as long as it is said.',
  'brief.loading': 'Writing the brief…',
  'brief.language': 'Language of the brief',
  'brief.none.title': 'No approved version yet',
  'brief.none.body':
    'The brief is written from the mandate once the CEO has approved it: until then, nothing in it would be true for the teams.',
  'brief.none.review': 'Go to the review',
  'brief.from': 'From version {version} ({document}), approved on {date}.',
  'brief.savePdf': 'Save as PDF…',
  'brief.fileWord': 'brief',
  'brief.saved': 'Saved: {path}',
  'brief.copyText': 'Copy as text',
  'brief.copyHtml': 'Copy for an e-mail',
  'brief.copied': 'Copied. Paste it into an e-mail or the intranet.',
  'brief.copyFailed': 'The clipboard refused: select the text and copy it by hand.',
  'brief.points': 'Talking points',
  'brief.points.lead': 'For a meeting: the same, in a few lines.',
  'brief.questions': 'Questions the teams will ask',
  'brief.questions.lead': 'Each answered from the mandate as approved.',
  'brief.answer.granted': 'Granted',
  'brief.answer.not_granted': 'Not granted',
  'brief.answer.needs_approval': 'With approval',
  'brief.answer.unsaid': 'Not said',
} as const;
