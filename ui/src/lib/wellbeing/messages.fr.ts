import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'wellbeing.title': 'Bien-être de l’équipe',
};
