// The messages of the verification of a PDF, in English: the reference for messages.fr.ts.

export const en = {
  'verify.heading': 'Verify a PDF',
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

  'outcome.valid': 'Valid — signed and unchanged since it was sealed',
  'outcome.valid.body': 'This is the charter exactly as it was signed.',
  'outcome.valid.sealed': 'This is the charter exactly as it was signed and sealed on {date}.',
  'outcome.modified': 'Modified — this file is not the one that was signed',
  'outcome.modified.body':
    'It was changed after it was sealed, or its seal does not match its content. Ask for the original file.',
  'outcome.draft': 'Draft — never signed',
  'outcome.draft.body':
    'A draft exported by Mandat to be read: it is watermarked as a draft, carries no signature and commits no one.',
  'outcome.not_mandat': 'Not a Mandat document',
  'outcome.not_mandat.body': 'This PDF was not exported by Mandat: there is no charter in it to verify.',
  'outcome.unreadable': 'This file cannot be read',
  'outcome.unreadable.body': 'It is not a PDF, or it is damaged.',

  'role.sponsor': 'Sponsor',
  'role.manager': 'Transition manager',
} as const;
