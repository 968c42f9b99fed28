export const en = {
  'wellbeing.title': 'Team wellbeing',
} as const;
