// Les messages de la page des sauvegardes, en français.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'backups.eyebrow': 'Vos données',
  'backups.title': 'Sauvegardes',
  'backups.lead':
    'Mandat sauvegarde toutes vos données de lui-même : à chaque ouverture, avant toute mise à jour de sa base de données, et une fois par jour tant qu’il reste ouvert. Il conserve les 10 plus récentes, la plus récente de chacun des 7 derniers jours, et de chacune des 8 dernières semaines.',
  'backups.where':
    'Chaque sauvegarde est une copie complète de vos données, conservée sur cet ordinateur, dans ce dossier :',
  'backups.reveal': 'Afficher dans le dossier',
  'backups.purge.title.one': '{count} personne effacée figure encore dans des sauvegardes',
  'backups.purge.title.other': '{count} personnes effacées figurent encore dans des sauvegardes',
  'backups.purge.body.one': 'Encore dans cette sauvegarde :',
  'backups.purge.body.other': 'Encore dans ces {count} sauvegardes :',
  'backups.purge.hint': 'La purge réécrit chacune sans les personnes effacées ; rien d’autre n’y change.',
  'backups.purge.now': 'Les purger maintenant',
  'backups.purge.done': 'Sauvegardes purgées',
  'backups.purge.done.body.one': '{count} sauvegarde a été réécrite sans les personnes effacées.',
  'backups.purge.done.body.other': '{count} sauvegardes ont été réécrites sans les personnes effacées.',
  'backups.kept.recent': 'Gardée : une des 10 plus récentes',
  'backups.kept.daily': 'Gardée : la plus récente de son jour (7 jours)',
  'backups.kept.weekly': 'Gardée : la plus récente de sa semaine (8 semaines)',
  'backups.now': 'Sauvegarder maintenant',
  'backups.progress': 'Sauvegarde en cours…',
  'backups.made': 'Sauvegarde effectuée',
  'backups.made.body':
    'La plus récente, en tête de liste, contient vos données telles qu’elles sont maintenant.',
  'backups.loading': 'Lecture des sauvegardes…',
  'backups.list': 'Sauvegardes, de la plus récente à la plus ancienne',
  'backups.when': 'Date',
  'backups.reason': 'Motif',
  'backups.holds': 'Contenu',
  'backups.size': 'Taille',
  'backups.missions': 'Missions',
  'backups.count.missions.one': '{count} mission',
  'backups.count.missions.other': '{count} missions',
  'backups.count.versions.one': '{count} version de charte',
  'backups.count.versions.other': '{count} versions de charte',
  'backups.count.signatures.one': '{count} signature',
  'backups.count.signatures.other': '{count} signatures',
  'backups.unreadable': 'Illisible',
  'backups.unreadable.body':
    'Endommagée, ou faite par une version plus récente de Mandat : elle ne peut pas être restaurée.',
  'backups.empty.title': 'Pas encore de sauvegarde',
  'backups.empty.body':
    'Mandat fera la première à sa prochaine ouverture. Vous pouvez aussi en faire une maintenant.',
  'backups.copy': 'Copier…',
  'backups.copy.label': 'Copier la sauvegarde du {date} dans un dossier…',
  'backups.copy.progress': 'Copie de la sauvegarde et relecture…',
  'backups.copied': 'Sauvegarde copiée',
  'backups.copied.body':
    'La copie est dans {path} et se relit avec votre phrase de passe. Rangez la clé USB en lieu sûr : elle contient toutes les missions, chiffrées.',
  'backups.restore': 'Restaurer…',
  'backups.restore.label': 'Restaurer la sauvegarde du {date}…',
  'backups.restore.title': 'Restaurer cette sauvegarde ?',
  'backups.restore.body':
    'Toutes les données actuelles de Mandat — missions, chartes et signatures — seront remplacées par cette sauvegarde. Vos données actuelles sont d’abord sauvegardées à part, si bien que rien n’est perdu : pour revenir en arrière, restaurez la sauvegarde « {reason} ».',
  'backups.restore.keep': 'Garder mes données',
  'backups.restore.confirm': 'Restaurer la sauvegarde',
  'backups.restore.progress': 'Restauration en cours…',

  'backupReason.launch': 'Au lancement',
  'backupReason.migration': 'Avant une mise à jour',
  'backupReason.daily': 'Quotidienne',
  'backupReason.manual': 'Faite par vous',
  'backupReason.before_restore': 'Avant une restauration',
};
