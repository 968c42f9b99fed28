// The messages of the verification of a PDF, in English: the reference for messages.fr.ts.

export const en = {
  'verify.eyebrow': 'Verification',
  'verify.title': 'Verify a signed charter',
  'verify.lead':
    'Check that a charter PDF is the one that was signed, and that nothing in it has changed since.',
  'verify.drop': 'Drop a PDF here',
  'verify.drop.or': 'or',
  'verify.choose': 'Choose a PDF…',
  'verify.private': 'The file is checked on this computer; nothing is sent anywhere.',
  'verify.progress': 'Verifying…',
  'verify.client': 'Client',
  'verify.mission': 'Mission',
  'verify.version': 'Version',
  'verify.language': 'Language',
  'verify.approvedBy': 'Approved by',
  'verify.approvedOn': '{name}, on {date}',
  'verify.signers': 'Signed by',
  'verify.sealedBy': 'Sealed by',
  'verify.sealedOn': '{name}, on {date}',
  'verify.code': 'Verification code',
  'verify.documentId': 'Document ID',
  'verify.sha256': 'SHA-256 of the content',
  'verify.file': 'File',
  'verify.key': 'Sealing key',
  'verify.key.own': "This laptop's own signing key",
  'verify.key.trusted': 'A key trusted here: {name}',
  'verify.key.unknown':
    'A key not known here: compare this fingerprint with the one the transition manager published.',
  'verify.trust': 'Trust this key…',
  'verify.trust.explain':
    'Only trust it once you have compared the fingerprint with the one its holder gave you (read aloud, or from a message you trust). PDFs sealed by it will then read as valid here.',
  'verify.trust.name': 'Whose key is it?',
  'verify.trust.save': 'Trust this key',
  'verify.trust.cancel': 'Cancel',
  'verify.trusted.title': 'Keys trusted on this laptop',
  'verify.trusted.lead':
    'Besides its own signing key, the PDFs sealed by these keys read as valid here. Any other key reads as not known here, however its holder is named.',
  'verify.trusted.none': 'No other key is trusted here yet.',
  'verify.trusted.added': 'trusted since {date}',
  'verify.trusted.remove': 'Stop trusting',
  'verify.trusted.remove.named': 'Stop trusting the key of {name}',
  'verify.trusted.add': 'Trust a key by its fingerprint…',
  'verify.trusted.fingerprint': 'Fingerprint',
  'verify.trusted.fingerprint.hint': 'The 64 hexadecimal digits its holder gave you; spaces and colons do not matter.',

  'outcome.valid': 'Valid — signed and unchanged since it was sealed',
  'outcome.valid.body': 'This is the charter exactly as it was signed.',
  'outcome.valid.sealed': 'This is the charter exactly as it was signed and sealed on {date}.',
  'outcome.unknown_sealer': 'Unchanged — but sealed by a key not known here',
  'outcome.unknown_sealer.body':
    'The content is intact since it was sealed, but anyone can make a key in any name: only the fingerprint below says who sealed it.',
  'outcome.modified': 'Modified — this file is not the one that was signed',
  'outcome.modified.body':
    'It was changed after it was sealed, or its seal does not match its content. Ask for the original file.',
  'outcome.draft': 'Draft — never signed',
  'outcome.draft.body':
    'A draft exported by Mandat to be read: it is watermarked as a draft, carries no signature and commits no one.',
  'outcome.draft.approved': 'Approved, not signed — an unsealed copy',
  'outcome.draft.approved.body':
    'The version was approved, but this copy carries no signature and no seal: it is not the signed charter. Ask for the sealed PDF.',
  'outcome.not_mandat': 'Not a Mandat document',
  'outcome.not_mandat.body': 'This PDF was not exported by Mandat: there is no charter in it to verify.',
  'outcome.unreadable': 'This file cannot be read',
  'outcome.unreadable.body': 'It is not a PDF, or it is damaged.',

  'outcome.not_pdf': 'Not a PDF',
  'outcome.not_pdf.body': 'This file is not a PDF: it holds no charter to verify.',

  'verify.reason.not_pdf': 'not a PDF file',
  'verify.reason.unreadable': 'cannot read the file: {why}',
  'verify.reason.other_signed': 'a signed PDF, but not one made by Mandat',
  'verify.reason.not_mandat': 'a PDF that Mandat did not make',
  'verify.reason.draft': 'a Mandat draft: never signed, not valid as the approved charter',
  'verify.reason.draft_altered': 'a Mandat draft that someone signed or altered afterwards',
  'verify.reason.seal_removed': 'a Mandat charter whose seal was removed',
  'verify.reason.seal_broken.no_signature': 'the file carries no signature',
  'verify.reason.seal_broken.malformed': 'the signature is malformed',
  'verify.reason.seal_broken.digest_mismatch': 'the signed bytes were changed (digest mismatch)',
  'verify.reason.seal_broken.bad_signature': 'the signature does not match its certificate',
  'verify.reason.seal_broken.unsupported': 'unsupported signature',
  'verify.reason.technical': '{said}: {technical}',
  'verify.reason.signature_added':
    "{signatures} signatures: another was added after Mandat's seal, which covers only the first {covers} of {size} bytes",
  'verify.reason.bytes_added': 'bytes were added to the file after it was signed',
  'verify.reason.own_key': "sealed by this laptop's own key ({signer}) and unchanged since",
  'verify.reason.trusted_key': 'sealed by a key trusted here as {name} and unchanged since',
  'verify.reason.unknown_key':
    'the content is intact, sealed by a key not known here (fingerprint {fingerprint}) in the name of {signer}: compare the fingerprint with the one the transition manager published',

  'role.sponsor': 'Sponsor',
  'role.manager': 'Transition manager',
} as const;
