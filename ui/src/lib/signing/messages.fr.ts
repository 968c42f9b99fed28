// Les messages de la signature, de l’export en PDF et de la clé de signature, en français.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'signing.eyebrow': 'Signature',
  'signing.title': 'Signer et exporter la charte',
  'signing.lead':
    'Une fois la version approuvée, le commanditaire et vous la signez ici, en personne. Le PDF exporté ensuite porte les deux signatures et un sceau : quiconque le reçoit peut vérifier qu’il s’agit bien de la charte signée.',
  'signing.loading': 'Lecture des signatures…',
  'signing.empty.title': 'Pas encore de charte à signer',
  'signing.empty.body': 'Rédigez la charte et faites-la approuver : c’est ici qu’elle se signe et s’exporte.',
  'signing.empty.open': 'Ouvrir la charte',
  'signing.version': 'Version à signer et exporter',
  'signing.version.option': 'Version {number} — {status}',
  'signing.approvedBy': 'Approuvée le {date} par {name}',
  'signing.notApproved.title': 'Seule une version approuvée peut être signée',
  'signing.notApproved.body':
    'La version {number} n’est pas encore approuvée : passez-la en revue avec la direction générale et enregistrez l’approbation. En attendant, vous pouvez en exporter un brouillon à lire.',
  'signing.notApproved.review': 'Aller à la revue',
  'signing.received.title': 'Reçue d’un autre ordinateur le {date}',
  'signing.received.body':
    'Son approbation et ses signatures ont été recueillies là-bas, dans un fichier de mission. Cet ordinateur n’en a pas été témoin : il exporte la version en copie non scellée, et l’original scellé est le PDF de l’expéditeur.',
  'signing.received.from': 'Elle est arrivée dans le fichier {file}.',
  'signing.received.accept': 'Accepter telle que reçue…',
  'signing.received.accept.title': 'Accepter ces signatures telles que reçues\u00a0?',
  'signing.received.accept.body':
    'La clé de cet ordinateur scellera alors le PDF de la version {number}. Sa première page dira que les signatures ont été reçues dans un fichier de mission le {date} et acceptées telles que reçues, sans en avoir été témoin ici. Ne le faites que si vous avez confiance dans le fichier et dans son expéditeur.',
  'signing.received.accept.keep': 'Pas maintenant',
  'signing.received.accept.confirm': 'Accepter telle que reçue',
  'signing.accepted.title': 'Reçue le {date}, acceptée telle que reçue le {accepted}',
  'signing.accepted.body':
    'La clé de cet ordinateur scelle son PDF, dont la première page dit que les signatures ont été reçues dans un fichier de mission et acceptées telles que reçues, sans témoin ici.',
  'signing.complete.title': 'Les deux parties ont signé',
  'signing.complete.body':
    'La version {number} est signée par le commanditaire et le manager de transition : ni la version ni ses signatures ne peuvent plus changer.',

  'signer.heading.sponsor': 'Le commanditaire',
  'signer.heading.manager': 'Le manager de transition',
  'signer.signed': 'Signé',
  'signer.unsigned': 'Pas encore signé',
  'signer.name': 'Nom',
  'signer.title': 'Fonction',
  'signer.place': 'Lieu',
  'signer.place.placeholder': 'ex. Lyon',
  'signer.managerTitle': 'DSI de transition',
  'signer.sign': 'Signer',
  'signer.signing': 'Signature en cours…',
  'signer.sign.sponsor': 'Signer en tant que commanditaire',
  'signer.sign.manager': 'Signer en tant que manager de transition',
  'signer.again': 'Signer à nouveau',
  'signer.image': 'Signature de {name}',
  'signer.signedIn': 'Signé à {place} le {date}',
  'signer.signedOn': 'Signé le {date}',

  'pad.label.sponsor': 'Zone de signature du commanditaire',
  'pad.label.manager': 'Zone de signature du manager de transition',
  'pad.hint':
    'Signez dans le cadre avec la souris, un stylet ou le doigt. Une signature ne peut pas se tracer au clavier.',
  'pad.clear': 'Effacer',
  'pad.clear.sponsor': 'Effacer la zone du commanditaire',
  'pad.clear.manager': 'Effacer la zone du manager de transition',
  'pad.error.required': 'Tracez d’abord la signature dans le cadre.',
  'pad.error.too_long':
    'Ce tracé est trop long pour être enregistré : effacez la zone et signez à nouveau.',

  'export.title': 'Le PDF de la charte',
  'export.signed.note':
    'Il porte les deux signatures et il est scellé avec la clé de signature ci-dessous : toute modification ultérieure du fichier se verra à la vérification.',
  'export.draft.note':
    'Tant que la version n’est pas approuvée et signée par les deux parties, le PDF est un brouillon à lire : il porte un filigrane « brouillon » et aucune signature.',
  'export.language': 'Langue du document',
  'export.signed': 'Exporter le PDF signé',
  'export.draft': 'Exporter un brouillon PDF',
  'export.progress': 'Export en cours…',
  'export.done.signed': 'PDF signé exporté',
  'export.done.draft': 'Brouillon PDF exporté',
  'export.file': 'Fichier',
  'export.size': 'Taille',
  'export.code': 'Code de vérification',
  'export.documentId': 'Identifiant du document',
  'export.reveal': 'Afficher dans le dossier',
  'export.file.charter': 'Charte',
  'export.file.draft': 'brouillon',

  'identity.title': 'Clé de signature',
  'identity.lead':
    'La clé qui scelle les PDF signés. Elle reste dans les données de Mandat, sur cet ordinateur.',
  'identity.loading': 'Lecture de la clé de signature…',
  'identity.none':
    'Pas encore de clé de signature. Une clé autosignée au nom du manager de transition sera créée au premier export signé ; vous pouvez aussi la créer dès maintenant, ou importer celle de votre organisation.',
  'identity.subject': 'Titulaire',
  'identity.issuer': 'Émise par',
  'identity.source': 'Origine',
  'identity.source.self_signed': 'Autosignée par Mandat',
  'identity.source.imported': 'Importée d’un fichier PKCS#12',
  'identity.validity': 'Validité',
  'identity.validity.range': 'Du {from} au {to}',
  'identity.fingerprint': 'Empreinte (SHA-256)',
  'identity.create': 'Nouvelle clé autosignée',
  'identity.create.now': 'Créer la clé maintenant',
  'identity.import': 'Importer un fichier PKCS#12…',
  'identity.replace.title': 'Remplacer la clé de signature ?',
  'identity.replace.body':
    'Une nouvelle clé autosignée au nom de {name} scellera les prochains PDF. Les PDF déjà signés restent valides.',
  'identity.replace.keep': 'Garder la clé actuelle',
  'identity.replace.confirm': 'Créer une nouvelle clé',
  'identity.password.title': 'Mot de passe du fichier de clé',
  'identity.password.body':
    'Saisissez le mot de passe qui protège {file}. La clé est conservée dans les données de Mandat, le mot de passe ne l’est pas.',
  'identity.password': 'Mot de passe',
  'identity.password.import': 'Importer la clé',
};
