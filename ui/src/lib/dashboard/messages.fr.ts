// Les messages du tableau de bord, en français.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'dashboard.eyebrow': 'Tableau de bord',
  'dashboard.title': 'Où en est la mission',
  'dashboard.charter': 'Charte et mandat',
  'dashboard.next': 'Prochaine étape',
  'dashboard.review': 'Revue des clauses',
  'dashboard.undecided': 'Délégations encore à décider : {count} sur {total}.',
  'dashboard.decided': 'Les {total} délégations du mandat sont toutes décidées.',
  'dashboard.inForce': 'En vigueur d’ici là : version {number}, approuvée le {date}.',
  'dashboard.mission': 'La mission',
  'dashboard.noManager': 'Pas encore indiqué',
  'dashboard.openSheet': 'Ouvrir la fiche mission',
  'dashboard.untold': 'Pas encore informés',
  'dashboard.untold.lead': 'Ces publics n’ont pas été informés de la version {number} :',
  'dashboard.untold.nothing':
    'Une fois une version approuvée, les publics à informer apparaîtront ici.',
  'dashboard.untold.noAudience':
    'La version {number} est approuvée, et aucun public n’est encore listé.',
  'dashboard.untold.old': '(informé de la version {number})',
  'dashboard.untold.whatChanged': 'Ce qui a changé, prêt à envoyer',
  'dashboard.untold.none': 'Tous les publics ont été informés de la version {number}.',
  'dashboard.toAnnouncements': 'Aller aux annonces',
  'dashboard.keyPlayers': 'Acteurs clés',
  'dashboard.keyPlayers.lead': 'Acteurs clés pas encore informés de la version {number} :',
  'dashboard.keyPlayers.nothing':
    'Une fois une version approuvée, les acteurs clés qui n’en ont pas été informés apparaîtront ici.',
  'dashboard.keyPlayers.noKey':
    'Personne n’est encore évalué comme acteur clé (pouvoir fort, intérêt fort).',
  'dashboard.keyPlayers.none': 'Tous les acteurs clés ont été informés de la version {number}.',
  'dashboard.keyPlayers.more': 'Et {count} de plus, sur la page des personnes.',
  'dashboard.keyPlayers.empty':
    'Personne dans le registre pour l’instant. Ajoutez les personnes qui comptent pour la mission, ou importez-les depuis un tableur : les acteurs clés à informer et les contacts en retard apparaîtront ici.',
  'dashboard.keyPlayers.toPeople': 'Aller aux personnes',
  'dashboard.late': 'En retard',
  'dashboard.overdue.one': 'contact en retard',
  'dashboard.overdue.other': 'contacts en retard',
  'dashboard.followUps.one': 'suite à donner en retard',
  'dashboard.followUps.other': 'suites à donner en retard',

  'next.start.title': 'Commencer la charte',
  'next.start.body':
    'Posez le cadre dès le départ : la mission, son périmètre et le mandat, à passer en revue avec la direction.',
  'next.start.action': 'Commencer la charte',
  'next.continue.title': 'Poursuivre le brouillon',
  'next.continue.body':
    'Complétez la charte et décidez chaque délégation, puis passez chaque clause en revue avec la direction.',
  'next.continue.action': 'Poursuivre la charte',
  'next.submit.title': 'Soumettre à approbation',
  'next.submit.body':
    'Chaque clause est approuvée ou supprimée : présentez la version à la direction.',
  'next.submit.action': 'Aller à la revue',
  'next.revise.title': 'Répondre à la demande de compléments',
  'next.revise.body':
    'La direction a demandé des compléments : retravaillez les clauses concernées, puis soumettez de nouveau.',
  'next.revise.action': 'Reprendre la charte',
  'next.decide.title': 'Consigner la décision',
  'next.decide.body':
    'La version est en revue : la direction l’approuve, demande des compléments ou la rejette.',
  'next.decide.action': 'Aller à la décision',
  'next.announce.title': 'Annoncer la version {number} aux équipes',
  'next.announce.body': 'Les équipes doivent savoir ce que dit le mandat.',
  'next.announce.action': 'Aller aux annonces',
  'next.amend.title': 'Amender la charte',
  'next.amend.body':
    'Cette version a été rejetée : ouvrez un avenant pour en proposer une nouvelle.',
  'next.amend.action': 'Amender la charte',
  'next.announce.untold': 'Publics pas encore informés : {count}.',
  'next.announce.noAudience':
    'Listez les équipes et les groupes à informer, et consignez chaque annonce.',
  'next.amend.approved':
    'Approuvée le {date} et annoncée à tous les publics. Quand la mission change, ouvrez un avenant.',
  'dashboard.teamAlerts': 'Alertes bien-être de l’équipe',
  'dashboard.teamAlerts.loading': 'Lecture des notes de l’équipe…',
  'dashboard.teamAlerts.none': 'Aucune alerte ouverte sur une personne de votre équipe.',
  'dashboard.teamAlerts.level.red': 'Rouge',
  'dashboard.teamAlerts.level.amber': 'Orange',
  'dashboard.teamAlerts.count.one': '{count} alerte',
  'dashboard.teamAlerts.count.other': '{count} alertes',
  'dashboard.teamAlerts.since': 'depuis le {date}',
  'dashboard.teamAlerts.more': 'et {count} autres sur la page de l’équipe',
};
