import type { Translation } from '../../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'orgchart.eyebrow': 'Parties prenantes',
  'orgchart.title': 'Organigramme',
  'orgchart.lead': 'Qui rend compte à qui, par couleur de groupe : là où les équipes infrastructure et applications se rejoignent, et là où elles ne se parlent pas.',
  'orgchart.expandAll': 'Tout déplier',
  'orgchart.collapseAll': 'Tout replier',
  'orgchart.empty.title': 'Personne dans le registre pour l’instant',
  'orgchart.empty.body': 'L’organigramme se construit à partir du registre : ajoutez les personnes, à la main ou depuis le tableur du client, et indiquez à qui chacune rend compte.',
  'orgchart.empty.go': 'Aller aux personnes',
  'orgchart.unlinked': 'Personne ne rend encore compte à personne : renseignez « {field} » sur la fiche de chaque personne et l’organigramme prendra forme.',
  'orgchart.legend': 'Groupes',
  'orgchart.legend.hint': 'Choisissez un groupe pour faire ressortir ses membres.',
  'orgchart.legend.clear': 'Choisissez à nouveau le groupe pour afficher tout le monde à l’identique.',
  'orgchart.split': 'Personnes par groupe : {groups}',
  'orgchart.tree': 'Arbre des rattachements',
  'orgchart.keys': 'Flèches pour se déplacer, → pour déplier, ← pour replier, Entrée pour ouvrir la fiche.',
  'orgchart.shown': '{shown} personnes affichées sur {total}',
  'orgchart.toggle.open': 'Afficher les personnes sous {name}',
  'orgchart.toggle.close': 'Masquer les personnes sous {name}',
  'orgchart.people.one': '{count} personne',
  'orgchart.people.other': '{count} personnes',
  'orgchart.under': '{people} sous sa responsabilité',
};
