// Les messages de la vérification d’un PDF, en français.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'verify.eyebrow': 'Vérification',
  'verify.title': 'Vérifier une charte signée',
  'verify.lead':
    'Vérifiez qu’un PDF de charte est bien celui qui a été signé, et que rien n’y a changé depuis.',
  'verify.drop': 'Déposez un PDF ici',
  'verify.drop.or': 'ou',
  'verify.choose': 'Choisir un PDF…',
  'verify.private': 'Le fichier est vérifié sur cet ordinateur ; rien n’est envoyé nulle part.',
  'verify.progress': 'Vérification en cours…',
  'verify.client': 'Client',
  'verify.mission': 'Mission',
  'verify.version': 'Version',
  'verify.language': 'Langue',
  'verify.approvedBy': 'Approuvée par',
  'verify.approvedOn': '{name}, le {date}',
  'verify.signers': 'Signée par',
  'verify.sealedBy': 'Scellée par',
  'verify.sealedOn': '{name}, le {date}',
  'verify.code': 'Code de vérification',
  'verify.documentId': 'Identifiant du document',
  'verify.sha256': 'SHA-256 du contenu',
  'verify.file': 'Fichier',
  'verify.key': 'Clé de scellement',
  'verify.key.own': 'La clé de signature de cet ordinateur',
  'verify.key.trusted': 'Une clé reconnue ici : {name}',
  'verify.key.unknown':
    'Une clé inconnue ici : comparez cette empreinte avec celle que le ou la manager de transition a publiée.',
  'verify.trust': 'Faire confiance à cette clé…',
  'verify.trust.explain':
    'Ne lui faites confiance qu’après avoir comparé l’empreinte avec celle que son détenteur vous a donnée (lue à voix haute, ou dans un message sûr). Les PDF qu’elle scelle seront alors valides ici.',
  'verify.trust.name': 'À qui est cette clé ?',
  'verify.trust.save': 'Faire confiance',
  'verify.trust.cancel': 'Annuler',
  'verify.trusted.title': 'Clés reconnues sur cet ordinateur',
  'verify.trusted.lead':
    'Outre sa propre clé de signature, les PDF scellés par ces clés sont valides ici. Toute autre clé est inconnue ici, quel que soit le nom de son détenteur.',
  'verify.trusted.none': 'Aucune autre clé n’est encore reconnue ici.',
  'verify.trusted.added': 'reconnue depuis le {date}',
  'verify.trusted.remove': 'Ne plus reconnaître',
  'verify.trusted.remove.named': 'Ne plus reconnaître la clé de {name}',
  'verify.trusted.add': 'Reconnaître une clé par son empreinte…',
  'verify.trusted.fingerprint': 'Empreinte',
  'verify.trusted.fingerprint.hint': 'Les 64 chiffres hexadécimaux que son détenteur vous a donnés ; espaces et deux-points sont sans importance.',

  'outcome.valid': 'Valide — signé, et inchangé depuis son scellement',
  'outcome.valid.body': 'C’est la charte exactement telle qu’elle a été signée.',
  'outcome.valid.sealed': 'C’est la charte exactement telle qu’elle a été signée et scellée le {date}.',
  'outcome.unknown_sealer': 'Inchangé — mais scellé par une clé inconnue ici',
  'outcome.unknown_sealer.body':
    'Le contenu est intact depuis son scellement, mais n’importe qui peut créer une clé à n’importe quel nom : seule l’empreinte ci-dessous dit qui l’a scellé.',
  'outcome.modified': 'Modifié — ce fichier n’est pas celui qui a été signé',
  'outcome.modified.body':
    'Il a été modifié après son scellement, ou son sceau ne correspond pas à son contenu. Demandez le fichier original.',
  'outcome.draft': 'Brouillon — jamais signé',
  'outcome.draft.body':
    'Un brouillon exporté par Mandat pour être lu : il porte un filigrane « brouillon », aucune signature, et n’engage personne.',
  'outcome.draft.approved': 'Approuvée, non signée — une copie sans sceau',
  'outcome.draft.approved.body':
    'La version a été approuvée, mais cette copie ne porte ni signature ni sceau : ce n’est pas la charte signée. Demandez le PDF scellé.',
  'outcome.not_mandat': 'Pas un document Mandat',
  'outcome.not_mandat.body':
    'Ce PDF n’a pas été exporté par Mandat : il ne contient aucune charte à vérifier.',
  'outcome.unreadable': 'Ce fichier est illisible',
  'outcome.unreadable.body': 'Ce n’est pas un PDF, ou il est endommagé.',

  'outcome.not_pdf': 'Pas un PDF',
  'outcome.not_pdf.body': 'Ce fichier n’est pas un PDF\u00a0: il ne contient aucune charte à vérifier.',

  'verify.reason.not_pdf': 'ce fichier n’est pas un PDF',
  'verify.reason.unreadable': 'fichier illisible\u00a0: {why}',
  'verify.reason.other_signed': 'un PDF signé, mais qui n’a pas été fait par Mandat',
  'verify.reason.not_mandat': 'un PDF que Mandat n’a pas fait',
  'verify.reason.draft': 'un brouillon Mandat\u00a0: jamais signé, il ne vaut pas charte approuvée',
  'verify.reason.draft_altered': 'un brouillon Mandat que quelqu’un a signé ou modifié ensuite',
  'verify.reason.seal_removed': 'une charte Mandat dont le sceau a été retiré',
  'verify.reason.seal_broken.no_signature': 'le fichier ne porte aucune signature',
  'verify.reason.seal_broken.malformed': 'la signature est mal formée',
  'verify.reason.seal_broken.digest_mismatch': 'les octets signés ont été changés (empreinte différente)',
  'verify.reason.seal_broken.bad_signature': 'la signature ne correspond pas à son certificat',
  'verify.reason.seal_broken.unsupported': 'signature d’un type non pris en charge',
  'verify.reason.technical': '{said}\u00a0: {technical}',
  'verify.reason.signature_added':
    '{signatures} signatures\u00a0: une autre a été ajoutée après le sceau de Mandat, qui ne couvre que les {covers} premiers octets sur {size}',
  'verify.reason.bytes_added': 'des octets ont été ajoutés au fichier après sa signature',
  'verify.reason.own_key': 'scellé par la clé de cet ordinateur ({signer}), inchangé depuis',
  'verify.reason.trusted_key': 'scellé par une clé reconnue ici sous le nom {name}, inchangé depuis',
  'verify.reason.unknown_key':
    'le contenu est intact, scellé par une clé inconnue ici (empreinte {fingerprint}) au nom de {signer}\u00a0: comparez l’empreinte avec celle que le manager de transition a publiée',

  'role.sponsor': 'Commanditaire',
  'role.manager': 'Manager de transition',
};
