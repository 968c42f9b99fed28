import type { Translation } from '../../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'copy.open': 'Sa copie…',
  'copy.open.hint': 'Tout ce que Mandat conserve sur cette personne, pour la lui remettre (RGPD, art. 15)',
  'copy.title': 'Tout ce que Mandat conserve sur {name}',
  'copy.body':
    'La personne peut la demander (RGPD, art. 15). Relisez d’abord chaque note : corrigez toute formulation qui ne serait pas factuelle, puis écrivez la copie en PDF, avec un fichier JSON à côté.',
  'copy.loading': 'Rassemblement de ce qui est conservé…',
  'copy.held': 'Ce que contient la copie',
  'copy.count.assessments': 'Évaluations',
  'copy.count.interactions': 'Échanges',
  'copy.count.briefings': 'Annonces et entretiens',
  'copy.count.checkIns': 'Notes de bien-être',
  'copy.count.alerts': 'Alertes ouvertes',
  'copy.count.acknowledgments': 'Alertes traitées',
  'copy.notes': 'Les notes de bien-être, telles qu’elles seront lues',
  'copy.notes.none': 'Aucune note de bien-être sur cette personne.',
  'copy.note.label': 'Observation du {date}',
  'copy.note.save': 'Corriger la formulation',
  'copy.note.saved': 'Corrigée',
  'copy.language': 'Langue de la copie',
  'copy.json': 'Écrire aussi un fichier JSON à côté du PDF',
  'copy.write': 'Écrire la copie…',
  'copy.written': 'La copie est écrite',
  'copy.written.pdf': 'PDF',
  'copy.written.json': 'JSON',
  'copy.reveal': 'Afficher dans le dossier',
  'copy.close': 'Fermer',
  'copy.fileName': '{name} - ce que Mandat conserve',
};
