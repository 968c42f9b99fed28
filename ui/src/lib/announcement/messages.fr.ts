// Les messages de la page des annonces, en français.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'announcements.eyebrow': 'Annonces',
  'announcements.title': 'Informer les équipes',
  'announcements.lead':
    'Un mandat que les équipes ignorent n’est pas un mandat. Notez qui a été informé de la version approuvée, quand et comment.',
  'announcements.loading': 'Ouverture des annonces…',
  'announcements.none.title': 'Rien à annoncer pour l’instant',
  'announcements.none.body':
    'Le mandat pourra être annoncé une fois une version de la charte approuvée. Vous pouvez déjà lister les équipes à informer.',
  'announcements.none.review': 'Aller à la revue',
  'announcements.toAnnounce': 'La version {number} est celle à annoncer',
  'announcements.progress': 'Publics informés : {told} sur {total}.',
  'announcements.noAudience': 'Ajoutez les équipes et les groupes qui doivent en être informés.',

  'audience.title': 'Publics',
  'audience.add.label': 'Nouveau public',
  'audience.add.placeholder': 'ex. Équipe infrastructure, Responsables métiers, CSE',
  'audience.add.hint': 'Une équipe ou un groupe qui doit connaître le mandat.',
  'audience.add': 'Ajouter',
  'audience.empty':
    'Aucun public pour l’instant. Listez les équipes et les groupes qui doivent connaître le mandat.',
  'audience.told': 'Informé de la version {number}',
  'audience.untold': 'Pas encore informé de la version {number}',
  'audience.never': 'Informé d’aucune version pour l’instant.',
  'audience.history': 'Annonces à {name}',
  'audience.announced': '{channel}, {date} — {by}',
  'audience.rename': 'Renommer « {name} »',
  'audience.rename.short': 'Renommer',
  'audience.rename.label': 'Nouveau nom pour « {name} »',
  'audience.rename.save': 'Renommer',
  'audience.remove': 'Supprimer « {name} »',
  'audience.remove.short': 'Supprimer',
  'audience.remove.title': 'Supprimer ce public ?',
  'audience.remove.body': '« {name} » et la trace de ce qui lui a été annoncé seront supprimés.',
  'audience.remove.confirm': 'Supprimer',

  'members.title': 'Membres',
  'members.toggle': 'Membres de {name}',
  'members.why':
    'Une personne compte comme informée quand un public dont elle fait partie est informé de la version approuvée, ou quand elle est informée en tête-à-tête depuis sa fiche.',
  'members.search': 'Ajouter un membre',
  'members.search.placeholder': 'Chercher dans le registre par nom, poste ou équipe',
  'members.search.hint': 'Tapez quelques lettres, choisissez avec ↑ ↓, ajoutez avec Entrée.',
  'members.results': 'Personnes du registre à ajouter à {name}',
  'members.found.one': '1 personne trouvée.',
  'members.found.other': '{count} personnes trouvées.',
  'members.found.more':
    'Les {shown} premières des {count} personnes trouvées : tapez davantage pour affiner.',
  'members.noMatch': 'Plus personne dans le registre ne correspond à « {query} ».',
  'members.empty':
    'Aucun membre pour l’instant : cherchez dans le registre ci-dessus les personnes de ce public.',
  'members.list': 'Membres de {name}',
  'members.remove': 'Retirer {person} de {name}',
  'members.remove.short': 'Retirer du public',
  'members.added': '{person} fait désormais partie de {name}.',
  'members.removed': '{person} ne fait plus partie de {name}.',
  'members.archived': 'Personne archivée',
  'members.more': 'Afficher les {count} autres',
  'members.noRegister':
    'Personne dans le registre pour l’instant : ajoutez d’abord des personnes sur la page Personnes.',
  'members.toPeople': 'Aller aux personnes',
  'members.loading': 'Ouverture du registre…',

  'announce.open': 'Consigner une annonce de la version {number}',
  'announce.form': 'Annonce de la version {number}',
  'announce.by': 'Annoncée par',
  'announce.on': 'Le',
  'announce.channel': 'Comment',
  'announce.note': 'Remarque',
  'announce.note.placeholder': 'Questions posées, réactions, documents remis…',
  'announce.save': 'Consigner',

  'channel.meeting': 'Réunion',
  'channel.email': 'Courriel',
  'channel.intranet': 'Intranet',
  'channel.letter': 'Courrier',
  'channel.other': 'Autre',
};
