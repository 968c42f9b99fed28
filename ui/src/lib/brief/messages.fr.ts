// La page du message aux équipes : l’annonce, dans les mots de la direction, tirée du mandat approuvé.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'brief.eyebrow': 'Informer les équipes',
  'brief.title': 'Le message aux équipes',
  'brief.lead':
    'Ce que la direction dit aux équipes de votre mission, tiré du mandat approuvé\u00a0: pourquoi vous êtes là, ce que vous pouvez décider, ce que vous ne ferez pas. Tout est acceptable, pourvu que ce soit dit.',
  'brief.loading': 'Rédaction du message…',
  'brief.language': 'Langue du message',
  'brief.none.title': 'Pas encore de version approuvée',
  'brief.none.body':
    'Le message est tiré du mandat une fois approuvé par la direction\u00a0: d’ici là, rien de ce qu’il dirait ne serait vrai pour les équipes.',
  'brief.none.review': 'Aller à la relecture',
  'brief.from': 'D’après la version {version} ({document}), approuvée le {date}.',
  'brief.savePdf': 'Enregistrer en PDF…',
  'brief.saveTxt': 'Enregistrer en texte…',
  'brief.saveHtml': 'Enregistrer en HTML…',
  'brief.fileWord': 'message',
  'brief.saved': 'Enregistré\u00a0: {path}',
  'brief.copyText': 'Copier le texte',
  'brief.copyHtml': 'Copier pour un courriel',
  'brief.copied': 'Copié. Collez-le dans un courriel ou sur l’intranet.',
  'brief.copyFailed': 'Le presse-papiers a refusé\u00a0: sélectionnez le texte et copiez-le à la main.',
  'brief.delivery': 'Envoyé ou présenté',
  'brief.delivery.lead': 'Chaque public informé de la version {version}\u00a0: enregistrez le message une fois envoyé ou présenté, et ses membres comptent comme informés.',
  'brief.delivery.none': 'Aucun public pour l’instant\u00a0: les équipes à informer se listent sur Annonces.',
  'brief.delivery.add': 'Ajouter des publics',
  'brief.delivery.told': 'Informé',
  'brief.delivery.record': 'Enregistrer l’envoi…',
  'brief.sentNote': 'Le message ({language}) tiré de {document}.',
  'brief.changed': 'Ce qui a changé depuis la version {version}',
  'brief.changed.audiences': 'Informés de la version précédente seulement\u00a0: {names}. Envoyez-leur ce qui a changé.',
  'brief.changed.none': 'Chaque public déjà informé l’a été de cette version.',
  'brief.points': 'Points clés',
  'brief.points.lead': 'Pour une réunion\u00a0: la même chose, en quelques lignes.',
  'brief.questions': 'Les questions que poseront les équipes',
  'brief.questions.lead': 'Chacune a sa réponse dans le mandat approuvé.',
  'brief.answer.granted': 'Accordé',
  'brief.answer.not_granted': 'Non accordé',
  'brief.answer.needs_approval': 'Avec accord',
  'brief.answer.unsaid': 'Non précisé',
};
