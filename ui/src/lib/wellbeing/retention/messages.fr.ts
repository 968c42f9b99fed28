// Les messages de la durée de conservation des notes de bien-être, et des sauvegardes
// qu'un effacement réécrit, en français : les mêmes clés que messages.en.ts.

import type { Translation } from '../../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'retention.title': 'Notes de bien-être anciennes',
  'retention.loading': 'Recherche des notes plus anciennes que la durée…',
  'retention.proposal':
    '{notes} et {acknowledgments} sur {people} ont plus de {period} (avant le {cutOff}).',
  'retention.proposal.whole':
    'La mission a été close le {closedOn}, il y a plus de 30 jours : toutes ses notes sont proposées — {notes} et {acknowledgments} sur {people}.',
  'retention.oldest': 'La plus ancienne date du {date}.',
  'retention.none':
    'Aucune note n’a plus de {period} : rien à supprimer.',
  'retention.why':
    'Les notes sur la santé d’une personne ne sont pas gardées plus longtemps que nécessaire (RGPD art. 5). Rien n’est supprimé tant que vous n’appliquez pas.',
  'retention.apply': 'Appliquer…',
  'retention.apply.title': 'Supprimer les notes anciennes ?',
  'retention.apply.body':
    'Elles sont supprimées de la base pour de bon, leur texte écrasé. Les sauvegardes faites avant les gardent jusqu’à leur remplacement.',
  'retention.apply.keep': 'Les garder',
  'retention.apply.confirm': 'Supprimer pour de bon',
  'retention.period':
    'Notes gardées {period}.',
  'retention.period.change': 'Modifier…',
  'retention.period.label': 'Garder les notes pendant (mois)',
  'retention.period.range': 'Un nombre entier de mois, de {min} à {max}.',
  'retention.period.save': 'Enregistrer',
  'retention.decisions': 'Déjà supprimé',
  'retention.decision':
    '{date} : {notes} et {acknowledgments} sur {people}, de plus de {period}.',
  'retention.decision.whole':
    '{date} : {notes} et {acknowledgments} sur {people}, la mission close.',
  'retention.done':
    'Supprimé : {notes} et {acknowledgments}.',

  'retention.count.notes.one': '{count} point',
  'retention.count.notes.other': '{count} points',
  'retention.count.acknowledgments.one': '{count} alerte traitée',
  'retention.count.acknowledgments.other': '{count} alertes traitées',
  'retention.count.people.one': '{count} personne',
  'retention.count.people.other': '{count} personnes',
  'retention.count.months.one': '{count} mois',
  'retention.count.months.other': '{count} mois',

  'erase.backups.loading': 'Recherche des sauvegardes qui contiennent cette personne…',
  'erase.backups.none': 'Aucune sauvegarde ne contient cette personne.',
  'erase.backups.lead.one': '{count} sauvegarde contient cette personne ; elle sera réécrite sans elle :',
  'erase.backups.lead.other': '{count} sauvegardes contiennent cette personne ; chacune sera réécrite sans elle :',
  'erase.backups.failed': 'Cette personne est effacée de la base, mais les sauvegardes n’ont pas encore toutes été réécrites.',
  'erase.backups.retry': 'Réécrire à nouveau les sauvegardes',
  'erase.backups.rewritten.one': '{count} sauvegarde a été réécrite sans elle.',
  'erase.backups.rewritten.other': '{count} sauvegardes ont été réécrites sans elle.',
};
