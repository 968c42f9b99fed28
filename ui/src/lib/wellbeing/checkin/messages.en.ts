export const en = {
  'checkin.title': 'Team wellbeing',
} as const;
