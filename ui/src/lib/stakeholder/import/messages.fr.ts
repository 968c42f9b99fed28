// Les messages de l’import et de l’export CSV du registre, en français.

import type { Translation } from '../../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'peopleImport.open': 'Importer un fichier CSV',
  'peopleImport.title': 'Importer des personnes depuis un fichier CSV',
  'peopleImport.reading': 'Lecture de {file}…',
  'peopleImport.body':
    'Voici ce que contient {file}. Rien n’est ajouté au registre avant votre confirmation.',
  'peopleImport.refused.body': '{file} ne peut pas être importé. Rien n’a été ajouté.',
  'peopleImport.format': 'Lu en {encoding}, valeurs séparées par des {separator}.',
  'peopleImport.encoding.utf-8': 'UTF-8',
  'peopleImport.encoding.windows-1252': 'Windows-1252 (Latin-1)',
  'peopleImport.separator.semicolon': 'points-virgules',
  'peopleImport.separator.comma': 'virgules',
  'peopleImport.separator.tab': 'tabulations',

  'peopleImport.columns': 'Colonnes',
  'peopleImport.columns.header': 'Dans le fichier',
  'peopleImport.columns.field': 'Devient',
  'peopleImport.column.untitled': '(sans en-tête)',
  'peopleImport.column.ignored': 'ignorée',
  'peopleImport.column.name': 'Nom complet',
  'peopleImport.column.firstName': 'Prénom',
  'peopleImport.column.lastName': 'Nom',
  'peopleImport.column.jobTitle': 'Poste',
  'peopleImport.column.organisation': 'Organisation',
  'peopleImport.column.group': 'Groupe',
  'peopleImport.column.team': 'Équipe',
  'peopleImport.column.reportsTo': 'Rattaché à',
  'peopleImport.column.email': 'Courriel',
  'peopleImport.column.phone': 'Téléphone',
  'peopleImport.column.notes': 'Notes',
  'peopleImport.headers.ignored':
    'Une colonne ignorée n’est pas importée. Pour l’importer, renommez son en-tête en l’un de ceux-ci (en français ou en anglais, sans souci des majuscules ni des accents) :',
  'peopleImport.headers.missing':
    'Donnez à la colonne des noms l’un de ces en-têtes, en français ou en anglais (sans souci des majuscules ni des accents), puis choisissez de nouveau le fichier. Un prénom et un nom sur deux colonnes sont réunis.',
  'peopleImport.headers.list': 'En-têtes reconnus',
  'peopleImport.groups.lead': 'Les groupes reconnus :',
  'peopleImport.groups.item': '{group} : {words}',

  'peopleImport.rows.one': '1 personne à ajouter',
  'peopleImport.rows.other': '{count} personnes à ajouter',
  'peopleImport.rows.first': 'Les {count} premières, telles qu’elles seront ajoutées :',
  'peopleImport.rows.table': 'Les premières personnes à ajouter',
  'peopleImport.line': 'Ligne',
  'peopleImport.noManager': '—',
  'peopleImport.nothing':
    'Rien ne peut être ajouté : chaque ligne est refusée ou déjà dans le registre. Corrigez le fichier, puis choisissez-le de nouveau.',

  'peopleImport.errors.one': '1 ligne refusée',
  'peopleImport.errors.other': '{count} lignes refusées',
  'peopleImport.errors.lead':
    'Ces lignes ne seront pas ajoutées ; corrigez-les dans le fichier pour les importer.',
  'peopleImport.error.cell': 'Ligne {line}, colonne {column} : {problem} (« {value} »)',
  'peopleImport.error.column': 'Ligne {line}, colonne {column} : {problem}',
  'peopleImport.error.row': 'Ligne {line} : {problem}',
  'peopleImport.problem.required': 'nom absent',
  'peopleImport.problem.too_long': 'trop long',
  'peopleImport.problem.malformed': 'adresse de courriel non valable',
  'peopleImport.problem.unknown_group': 'groupe inconnu',
  'peopleImport.problem.unknown_manager':
    'rattaché à une personne qui n’est ni dans le fichier ni dans le registre',
  'peopleImport.problem.shape': 'plus de cellules que l’en-tête n’a de colonnes',
  'peopleImport.managers.hint':
    'Un responsable est retrouvé par son nom, écrit comme dans la colonne des noms, dans le fichier ou dans le registre.',
  'peopleImport.more': 'Et {count} de plus.',

  'peopleImport.duplicates.one': '1 personne écartée',
  'peopleImport.duplicates.other': '{count} personnes écartées',
  'peopleImport.duplicate.register': 'Ligne {line}, {name} : écartée, déjà dans le registre',
  'peopleImport.duplicate.file': 'Ligne {line}, {name} : écartée, deux fois dans le fichier',

  'peopleImport.refused.name': 'Aucune colonne de ce fichier ne donne le nom des personnes.',
  'peopleImport.refused.size': 'Ce fichier est trop volumineux : {size} au plus.',
  'peopleImport.refused.rows': 'Ce fichier a trop de lignes : {count} au plus.',
  'peopleImport.refused.malformed':
    'Ce fichier ne se lit pas comme un CSV. Enregistrez le tableur au format CSV (séparé par des virgules, des points-virgules ou des tabulations), puis choisissez-le de nouveau.',

  'peopleImport.another': 'Choisir un autre fichier',
  'peopleImport.confirm.one': 'Ajouter 1 personne',
  'peopleImport.confirm.other': 'Ajouter {count} personnes',
  'peopleImport.cancel': 'Annuler',
  'peopleImport.progress': 'Ajout des personnes…',
  'peopleImport.done.title': 'Personnes ajoutées',
  'peopleImport.done.one': '1 personne a été ajoutée au registre depuis {file}.',
  'peopleImport.done.other': '{count} personnes ont été ajoutées au registre depuis {file}.',
  'peopleImport.done.next':
    'Évaluez chacune sur sa fiche, ou placez-les sur la grille pouvoir-intérêt.',
  'peopleImport.close': 'Fermer',

  'peopleExport.open': 'Exporter en CSV',
  'peopleExport.fileName': '{title}-personnes.csv',
  'peopleExport.fileName.bare': 'personnes.csv',
  'peopleExport.done.title': 'Registre exporté',
  'peopleExport.done.body':
    'Le fichier contient les noms, les coordonnées et les dernières évaluations des personnes : ce sont des données personnelles. Conservez-le en lieu sûr, partagez-le avec précaution et supprimez-le une fois qu’il a servi. Les notes de bien-être n’y figurent jamais.',
  'peopleExport.done.file': 'Écrit dans :',
  'peopleExport.failed.title': 'Le registre n’a pas été exporté',
  'peopleExport.failed.body': 'Rien n’a été écrit.',
  'peopleExport.close': 'Fermer',
};
