// Le catalogue français : mêmes clés et mêmes {paramètres} que en.ts.
// Typographie : espace insécable (U+00A0) avant « : », espace fine insécable (U+202F)
// avant ; ? !, apostrophe typographique.

import type { Catalogue } from './catalogue';

export const fr: Catalogue = {
  'app.name': 'Mandat',
  'app.loading': 'Ouverture de votre bureau…',
  'app.sidebar': 'Barre latérale',
  'app.home': 'Mandat, accueil',

  'nav.label': 'Navigation de la mission',
  'nav.mission': 'Mission',
  'nav.missions': 'Toutes les missions',

  'switcher.label': 'Vos missions',
  'switcher.empty': 'Aucune mission pour l’instant.',

  'newMission.button': 'Nouvelle mission',
  'newMission.shortcut': 'Ctrl+N',

  'lang.label': 'Langue de l’interface',
  'lang.fr': 'Français',
  'lang.en': 'Anglais',

  'save.label': 'État de l’enregistrement',
  'save.idle': 'Enregistrement automatique',
  'save.saving': 'Enregistrement…',
  'save.saved': 'Enregistré à {time}',
  'save.error': 'Erreur — non enregistré',

  'status.label': 'Statut',
  'status.preparing': 'En préparation',
  'status.active': 'En cours',
  'status.closed': 'Clôturée',

  'welcome.eyebrow': 'Bienvenue',
  'welcome.title': 'Votre bureau pour la mission qui commence',
  'welcome.lead':
    'Mandat est le bureau du DSI de transition : un espace par mission pour ce que l’on vous a confié, qui vous l’a demandé et ce qui est en jeu. Il fonctionne hors ligne et garde tout sur cet ordinateur.',
  'welcome.next':
    'Commencez par la mission elle-même : le client, le commanditaire qui vous a fait venir, les dates et le contexte trouvé à votre arrivée.',
  'welcome.create': 'Créer votre première mission',
  'welcome.point1': 'Consignez le mandat tel qu’il vous a été confié',
  'welcome.point2': 'Gardez les dates et le commanditaire en vue',
  'welcome.point3': 'Rien ne quitte cet ordinateur',

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

  'error.required': 'Ce champ est obligatoire.',
  'error.too_long': 'Trop long : {limit} caractères au maximum.',
  'error.too_long.unknown': 'Ce texte est trop long.',
  'error.invalid_date': 'Date invalide. Utilisez année-mois-jour, par ex. {example}.',
  'error.end_before_start': 'La fin prévue précède la date de début.',
  'error.invalid_amount': 'Saisissez un montant entier, positif ou nul, sans décimales.',
  'error.invalid_currency': 'Utilisez un code devise à trois lettres, par ex. EUR ou USD.',
  'error.not_found': 'Cette mission n’existe plus.',
  'error.closed': 'Cette mission est clôturée : rouvrez-la pour la modifier.',
  'error.frozen':
    'Cette version de la charte est approuvée ou rejetée et ne peut plus changer : ouvrez un avenant.',
  'error.wrong_status': 'Ce n’est pas possible à ce stade de la version de la charte.',
  'error.open_clauses': 'Clauses encore à discuter : {items}.',
  'error.open_clauses.unnamed': 'Des clauses restent à discuter.',
  'error.nothing_approved': 'La charte n’a pas encore de version approuvée.',
  'error.charter_exists': 'Cette mission a déjà une charte.',
  'error.newer_database':
    'Vos données ont été écrites par une version plus récente de Mandat. Installez cette version pour les ouvrir ; rien n’a été modifié.',
  'error.storage': 'Mandat n’a pas pu lire ou écrire ses données.',
  'error.details': 'Détail : {message}',
  'error.dismiss': 'Fermer',
  'error.fatal.title': 'Mandat ne peut pas ouvrir votre bureau',
};
