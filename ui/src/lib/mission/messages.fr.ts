// Les messages d’une mission : sa fiche, le formulaire de création, la liste des missions et
// le transfert vers un autre ordinateur, en français.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'status.label': 'Statut',
  'status.preparing': 'En préparation',
  'status.active': 'En cours',
  'status.closed': 'Clôturée',

  'section.mission': 'La mission',
  'section.mission.help': 'Pour qui vous travaillez et ce que l’on attend de vous.',
  'section.people': 'Les personnes',
  'section.people.help': 'Le commanditaire qui a donné le mandat, et qui le porte.',
  'section.dates': 'Dates et documents',
  'section.dates.help': 'Quand la mission se déroule, et la langue de ses documents.',
  'section.context': 'Contexte',
  'section.context.help': 'La situation à votre arrivée, avec vos mots.',

  'field.client': 'Client',
  'field.client.placeholder': 'Nom de l’entreprise',
  'field.title': 'Intitulé de la mission',
  'field.title.placeholder': 'ex. DSI de transition — redressement après le démarrage de l’ERP',
  'field.sponsorName': 'Commanditaire',
  'field.sponsorName.placeholder': 'Qui vous a confié le mandat',
  'field.sponsorTitle': 'Fonction du commanditaire',
  'field.sponsorTitle.placeholder': 'PDG, directeur général…',
  'field.managerName': 'Manager de transition',
  'field.managerName.placeholder': 'Votre nom',
  'field.startDate': 'Date de début',
  'field.plannedEnd': 'Fin prévue',
  'field.context': 'Résumé du contexte',
  'field.context.placeholder':
    'Ce qui s’est passé avant votre arrivée, ce pour quoi l’on vous a fait venir, ce qui est en jeu pour les équipes.',
  'field.language': 'Langue des documents',
  'field.required': 'Obligatoire',
  'field.optional': 'Facultatif',
  'field.date.placeholder': 'AAAA-MM-JJ',
  'field.date.hint': 'Année-mois-jour, par ex. {example}.',
  'field.plannedEnd.hint': 'Laissez vide si aucune fin n’est fixée. Année-mois-jour.',

  'language.fr': 'Français',
  'language.en': 'Anglais',

  'form.title': 'Nouvelle mission',
  'form.lead': 'L’essentiel de votre engagement. Tout pourra être complété plus tard.',
  'form.create': 'Créer la mission',
  'form.creating': 'Création…',
  'form.cancel': 'Annuler',

  'sheet.created': 'Créée le {date}',
  'sheet.updated': 'Modifiée le {date}',
  'sheet.closed.title': 'Cette mission est clôturée',
  'sheet.closed.body': 'Sa fiche est en lecture seule. Rouvrez-la pour la modifier.',
  'sheet.reopen': 'Rouvrir',
  'sheet.loading': 'Ouverture de la mission…',

  'close.title': 'Clôturer cette mission ?',
  'close.body':
    'Sa fiche passe en lecture seule et elle rejoint la fin de votre liste. Vous pourrez la rouvrir à tout moment.',
  'close.confirm': 'Clôturer la mission',
  'close.cancel': 'La garder ouverte',

  'list.title': 'Toutes les missions',
  'list.lead': 'Les missions ouvertes d’abord, les plus récentes en tête.',
  'list.client': 'Client',
  'list.mission': 'Mission',
  'list.sponsor': 'Commanditaire',
  'list.dates': 'Dates',
  'list.status': 'Statut',
  'list.noSponsor': 'Pas encore de commanditaire',
  'list.noEnd': 'sans date de fin',
  'list.from': 'À partir du {start}',
  'list.range': 'Du {start} au {end}',
  'list.empty.title': 'Aucune mission pour l’instant',
  'list.empty.body': 'Vos missions apparaîtront ici, les ouvertes en premier.',

  'transfer.export': 'Exporter vers un autre portable…',
  'transfer.export.title': 'Exporter cette mission vers un autre portable',
  'transfer.export.body':
    'Un seul fichier contiendra toute la mission : sa fiche, chaque version de la charte avec ses clauses et ses commentaires, les signatures, les publics et les annonces. Il est chiffré avec une phrase de passe que vous choisissez maintenant. Votre clé de signature reste sur cet ordinateur.',
  'transfer.export.apart.title': 'Transmettez la phrase de passe à part',
  'transfer.export.apart.body':
    'Envoyez le fichier comme vous le souhaitez, mais communiquez sa phrase de passe au destinataire par un autre moyen : par téléphone ou de vive voix, jamais dans le même e-mail. Choisissez-en une nouvelle pour ce fichier, pas celle qui ouvre Mandat.',
  'transfer.export.passphrase': 'Phrase de passe de ce fichier',
  'transfer.export.confirm': 'Confirmez la phrase de passe',
  'transfer.export.submit': 'Exporter la mission…',
  'transfer.export.progress': 'Chiffrement et écriture du fichier…',
  'transfer.export.wellbeing.include': 'Inclure les notes de bien-être de l’équipe',
  'transfer.export.wellbeing.left':
    'Les notes de bien-être restent sur cet ordinateur : le fichier emporte les personnes, pas la façon dont elles tiennent le coup.',
  'transfer.export.wellbeing.warning':
    'Le fichier emportera {notes} sur {people} : des notes sur la santé et le stress de personnes nommées. Ne les incluez que si la personne qui l’ouvrira doit les avoir.',
  'transfer.export.wellbeing.notes.one': '{count} note de bien-être',
  'transfer.export.wellbeing.notes.other': '{count} notes de bien-être',
  'transfer.export.wellbeing.people.one': '{count} personne',
  'transfer.export.wellbeing.people.other': '{count} personnes',
  'transfer.exported.title': 'Mission exportée',
  'transfer.exported.body':
    'Envoyez ce fichier sur l’autre ordinateur, et sa phrase de passe à part. Là-bas, dans Mandat, choisissez « Importer une mission… ».',
  'transfer.exported.done': 'Mission exportée dans ce fichier',
  'transfer.close': 'Fermer',

  'transfer.import': 'Importer une mission…',
  'transfer.import.title': 'Importer une mission',
  'transfer.import.body':
    'Saisissez la phrase de passe choisie pour {file} lors de son export. La personne qui vous a envoyé le fichier a dû vous la transmettre à part.',
  'transfer.import.passphrase': 'Phrase de passe du fichier',
  'transfer.import.open': 'Ouvrir le fichier',
  'transfer.import.opening': 'Ouverture du fichier…',
  'transfer.preview.body':
    'Voici ce que contient {file}. L’import ajoute cette mission à celles de cet ordinateur ; le fichier lui-même n’est pas modifié.',
  'transfer.preview.heading': 'La mission du fichier',
  'transfer.preview.client': 'Client',
  'transfer.preview.mission': 'Mission',
  'transfer.preview.start': 'Date de début',
  'transfer.preview.exported': 'Exportée le',
  'transfer.preview.holds': 'Contenu',
  'transfer.count.versions.one': '{count} version de charte',
  'transfer.count.versions.other': '{count} versions de charte',
  'transfer.count.signatures.one': '{count} signature',
  'transfer.count.signatures.other': '{count} signatures',
  'transfer.count.audiences.one': '{count} public',
  'transfer.count.audiences.other': '{count} publics',
  'transfer.count.wellbeing.one': '{count} note de bien-être sur {people} personnes',
  'transfer.count.wellbeing.other': '{count} notes de bien-être sur {people} personnes',
  'transfer.existing.legend': 'Une mission du même client et du même titre existe déjà sur cet ordinateur',
  'transfer.existing.keep': 'Garder les deux',
  'transfer.existing.keep.help': 'La mission importée s’ajoute à celle qui est déjà là. Rien n’est supprimé.',
  'transfer.existing.replace': 'Remplacer la mission déjà présente',
  'transfer.existing.replace.help':
    'La mission déjà présente est supprimée avec tout ce qu’elle contient — sa charte et toutes ses versions, les signatures, les publics et les annonces — et la mission importée prend sa place. C’est irréversible.',
  'transfer.import.confirm': 'Importer la mission',
  'transfer.import.replace': 'Remplacer et importer',
  'transfer.import.progress': 'Import de la mission…',
};
