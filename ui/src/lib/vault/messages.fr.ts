// Les messages de la phrase de passe : création, déverrouillage et page Sécurité, en français.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'passphrase.label': 'Phrase de passe',
  'passphrase.show': 'Afficher la phrase de passe',
  'passphrase.hint':
    'Au moins {min} caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner — une phrase à vous, pas une citation.',
  'passphrase.mismatch': 'Les deux phrases de passe ne sont pas identiques.',
  'passphrase.capsLock': 'Le verrouillage des majuscules est activé.',

  'strength.line': 'Robustesse : {level}.',
  'strength.weak': 'faible',
  'strength.fair': 'moyenne',
  'strength.strong': 'élevée',
  'strength.weak.advice': 'Facile à deviner : allongez-la, avec plusieurs mots.',
  'strength.fair.advice': 'Un ou deux mots de plus la rendraient bien plus difficile à deviner.',
  'strength.strong.advice': 'Difficile à deviner. Assurez-vous de bien la retenir.',

  'setup.eyebrow': 'Protégez vos données',
  'setup.title': 'Choisissez une phrase de passe',
  'setup.lead':
    'Vos missions restent sur cet ordinateur, chiffrées : le mandat en négociation, vos notes sur les personnes avec qui vous travaillez. Mandat vous demande cette phrase de passe à chaque ouverture, et de nouveau après s’être verrouillé.',
  'setup.unencrypted':
    'Vos missions d’une version précédente de Mandat sont sur cet ordinateur, pas encore chiffrées. Elles vont être chiffrées maintenant, avec cette phrase de passe.',
  'setup.warning.title': 'Elle ne peut pas être récupérée',
  'setup.warning.body':
    'Si vous l’oubliez, plus personne ne pourra lire vos données — pas même nous. Il n’existe aucun moyen de la réinitialiser. Conservez-la en lieu sûr, ailleurs que sur cet ordinateur.',
  'setup.confirm': 'Confirmez la phrase de passe',
  'setup.create': 'Chiffrer et commencer',
  'setup.progress': 'Mise en place du chiffrement…',
  'setup.progress.data': 'Chiffrement de vos données… Cela peut prendre un moment.',
  'setup.why.empty': 'Choisissez d’abord une phrase de passe.',
  'setup.why.short': 'La phrase de passe doit compter au moins {min} caractères.',
  'setup.why.confirm': 'Saisissez-la une seconde fois, pour la confirmer.',
  'setup.why.mismatch': 'La confirmation doit être identique à la phrase de passe.',

  'unlock.eyebrow': 'Mandat est verrouillé',
  'unlock.title': 'Saisissez votre phrase de passe',
  'unlock.lead': 'Vos données sont chiffrées sur cet ordinateur. Saisissez votre phrase de passe pour les ouvrir.',
  'unlock.submit': 'Déverrouiller',
  'unlock.progress': 'Déverrouillage…',
  'unlock.why.empty': 'Saisissez votre phrase de passe pour déverrouiller.',
  'unlock.damaged.title': 'Le fichier de vos données est endommagé',
  'unlock.damaged.body':
    'Mandat ne peut pas lire sa base de données : le fichier est endommagé. Il peut le remplacer par la dernière sauvegarde en bon état. Le fichier endommagé est mis de côté, pas supprimé ; ce qui a changé depuis cette sauvegarde manquera.',
  'unlock.recover': 'Restaurer la dernière sauvegarde',
  'unlock.recover.progress': 'Restauration de la dernière sauvegarde…',
  'unlock.recover.none':
    'Aucune sauvegarde n’a pu être restaurée : aucune n’est lisible. Rien n’a été modifié.',

  'security.eyebrow': 'Vos données',
  'security.title': 'Sécurité',
  'security.lead':
    'Vos données sont chiffrées sur cet ordinateur avec votre phrase de passe. Mandat se verrouille de lui-même quand il reste inactif ; verrouillez-le vous-même à tout moment avec le bouton Verrouiller ou Ctrl+L.',
  'security.lock.title': 'Verrouillage automatique',
  'security.lock.help':
    'Passé ce délai sans frappe au clavier ni mouvement du pointeur, Mandat enregistre votre travail et se verrouille.',
  'security.lock.label': 'Verrouiller après',
  'security.lock.minutes.one': '{count} minute',
  'security.lock.minutes.other': '{count} minutes',
  'security.lock.default': '{label} (par défaut)',
  'security.change.title': 'Changer la phrase de passe',
  'security.change.help':
    'Vos données et leurs sauvegardes sont de nouveau chiffrées avec la nouvelle phrase de passe ; l’ancienne ne les ouvre plus. Elle ne peut pas non plus être récupérée : conservez-la en lieu sûr.',
  'security.current': 'Phrase de passe actuelle',
  'security.new': 'Nouvelle phrase de passe',
  'security.confirm': 'Confirmez la nouvelle phrase de passe',
  'security.change': 'Changer la phrase de passe',
  'security.change.progress': 'Chiffrement de vos données avec la nouvelle phrase de passe…',
  'security.changed': 'Phrase de passe changée',
  'security.changed.body': 'Désormais, Mandat ne s’ouvre qu’avec la nouvelle phrase de passe.',
};
