// La phrase de l’interface pour chaque code d’erreur, choisie par errors.ts, en français.

import type { Translation } from './messages';
import type { en } from './errors.en';

export const fr: Translation<typeof en> = {
  'error.required': 'Ce champ est obligatoire.',
  'error.too_long': 'Trop long : {limit} caractères au maximum.',
  'error.too_long.unknown': 'Ce texte est trop long.',
  'error.too_short': 'Trop court : {limit} caractères au minimum.',
  'error.too_short.unknown': 'C’est trop court.',
  'error.invalid_date': 'Date invalide. Utilisez année-mois-jour, par ex. {example}.',
  'error.no_such_date': 'Le {day} {month} {year} n’existe pas.',
  'error.no_such_date.month': 'Il n’y a pas de mois {month}. Utilisez année-mois-jour, par ex. {example}.',
  'error.end_before_start': 'La fin prévue précède la date de début.',
  'error.invalid_amount': 'Saisissez un montant entier, positif ou nul, sans décimales.',
  'error.invalid_currency': 'Utilisez un code devise à trois lettres, par ex. EUR ou USD.',
  'error.not_found': 'Ce sur quoi vous travailliez n’existe plus.',
  'error.closed': 'Cette mission est clôturée : rouvrez-la pour la modifier.',
  'error.frozen':
    'Cette version de la charte est approuvée ou rejetée et ne peut plus changer : ouvrez un avenant.',
  'error.wrong_status': 'Ce n’est pas possible à ce stade de la version de la charte.',
  'error.open_clauses': 'Clauses encore à discuter : {items}.',
  'error.open_clauses.unnamed': 'Des clauses restent à discuter.',
  'error.nothing_approved': 'La charte n’a pas encore de version approuvée.',
  'error.charter_exists': 'Cette mission a déjà une charte.',
  'error.not_approved': 'Seule une version approuvée de la charte peut être signée.',
  'error.nothing_received': 'Cette version ne porte aucune signature reçue d’un autre ordinateur à accepter.',
  'error.signed': 'Les deux parties ont signé cette version : elle ne peut plus changer.',
  'error.key_file':
    'Ce fichier de clé est inutilisable : vérifiez le mot de passe, et qu’il s’agit d’un fichier .p12 ou .pfx contenant une clé et son certificat.',
  'error.mission_file':
    'Ce n’est pas un fichier de mission Mandat, ou il est endommagé ou a été modifié : redemandez le fichier .mandat.',
  'error.key_store':
    'Le fichier de clé à côté de vos données (mandat.key.json) est endommagé : vos données ne peuvent pas être ouvertes. Remettez une copie de ce fichier.',
  'error.typesetting': 'Le PDF n’a pas pu être composé. Vos données n’ont pas changé.',
  'error.seal': 'Le PDF n’a pas pu être scellé avec la clé de signature. Vos données n’ont pas changé.',
  'error.signing_key':
    'La clé de signature conservée par Mandat est inutilisable : créez-en une nouvelle ou importez-en une sur la page de signature.',
  'error.encryption': 'Le fichier n’a pas pu être chiffré. Rien n’a été écrit.',
  'error.malformed': 'Cette valeur n’a pas la forme attendue.',
  'error.out_of_range': 'Cette valeur est hors limites : {limit} au maximum.',
  'error.future': 'Cette date est dans le futur.',
  'error.too_early': 'Cette date précède le {date}, le premier jour possible (celui de l’approbation qu’elle suit, par exemple).',
  'error.too_early.submitted': 'Cette date précède le {date}, jour où la version a été soumise à l’accord.',
  'error.too_early.unknown': 'Cette date précède l’événement qu’elle suit.',
  'error.refused_path':
    'Mandat n’utilisera pas ce fichier.',
  'error.refused_path.not_absolute':
    'Mandat n’utilisera pas ce fichier : choisissez-le dans la fenêtre de fichiers (un chemin complet est nécessaire).',
  'error.refused_path.wrong_kind':
    'Ce n’est pas un fichier du type attendu ici : son nom doit finir par la bonne extension (.pdf, .mandat, .csv…).',
  'error.refused_path.inside_data_folder':
    'Ce fichier est dans le dossier de données de Mandat (la base, sa clé, les sauvegardes) : choisissez un dossier en dehors.',
  'error.refused_path.not_a_file':
    'C’est un dossier ou un fichier spécial, pas un fichier ordinaire : choisissez un fichier.',
  'error.refused_path.too_large':
    'Ce fichier est plus gros qu’un fichier de ce type ne peut l’être : il n’a pas été lu.',
  'error.refused_path.would_replace':
    'Un fichier d’un autre type porte déjà ce nom : Mandat ne le remplacera pas. Choisissez un autre nom.',
  'error.refused_path.not_listed':
    'Ce n’est pas l’une des sauvegardes de la liste.',
  'error.file': 'Le fichier n’a pas pu être lu ou écrit. Vérifiez le dossier et réessayez.',
  'error.corrupt':
    'Ce fichier est endommagé ou n’est pas une base de données Mandat : il ne peut pas servir. Vos données n’ont pas été modifiées.',
  'error.wrong_passphrase':
    'Ce n’est pas la bonne phrase de passe. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.',
  'error.locked': 'Mandat est verrouillé : saisissez votre phrase de passe pour continuer.',
  'error.not_set_up': 'Aucune phrase de passe n’a encore été choisie.',
  'error.already_set_up': 'Une phrase de passe est déjà définie : saisissez-la pour ouvrir vos données.',
  'error.newer_database':
    'Vos données ont été écrites par une version plus récente de Mandat. Installez cette version pour les ouvrir ; rien n’a été modifié.',
  'error.storage': 'Mandat n’a pas pu lire ou écrire ses données.',
  'error.details': 'Détail : {message}',
  'error.dismiss': 'Fermer',
  'error.fatal.title': 'Mandat ne peut pas ouvrir votre bureau',
};
