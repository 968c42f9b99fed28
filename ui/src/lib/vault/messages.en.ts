// The messages of the passphrase: setup, unlock and the Security page, in English: the reference for messages.fr.ts.

export const en = {
  'passphrase.label': 'Passphrase',
  'passphrase.show': 'Show the passphrase',
  'passphrase.hint':
    'At least {min} characters. A sentence of several words is easy to remember and hard to guess — one of your own, not a quotation.',
  'passphrase.mismatch': 'The two passphrases are not the same.',
  'passphrase.capsLock': 'Caps Lock is on.',

  'strength.line': 'Strength: {level}.',
  'strength.weak': 'weak',
  'strength.fair': 'fair',
  'strength.strong': 'strong',
  'strength.weak.advice': 'Easy to guess: make it longer, with several words.',
  'strength.fair.advice': 'A word or two more would make it much harder to guess.',
  'strength.strong.advice': 'Hard to guess. Make sure you will remember it.',

  'setup.eyebrow': 'Protect your data',
  'setup.title': 'Choose a passphrase',
  'setup.lead':
    'Your missions stay on this laptop, encrypted: the mandate under negotiation, your notes about the people you work with. Mandat asks for this passphrase each time it opens, and again after it has locked itself.',
  'setup.unencrypted':
    'Your missions from an earlier version of Mandat are on this laptop, not yet encrypted. They will be encrypted now, with this passphrase.',
  'setup.warning.title': 'It cannot be recovered',
  'setup.warning.body':
    'Forget it, and no one can read your data any more — not even us. There is no way to reset it. Keep it somewhere safe, away from this laptop.',
  'setup.confirm': 'Confirm the passphrase',
  'setup.create': 'Encrypt and start',
  'setup.progress': 'Setting up the encryption…',
  'setup.progress.data': 'Encrypting your data… This can take a moment.',
  'setup.why.empty': 'Choose a passphrase first.',
  'setup.why.short': 'The passphrase needs at least {min} characters.',
  'setup.why.confirm': 'Type it a second time, to confirm it.',
  'setup.why.mismatch': 'The confirmation must be the same as the passphrase.',

  'unlock.eyebrow': 'Mandat is locked',
  'unlock.title': 'Enter your passphrase',
  'unlock.lead': 'Your data is encrypted on this laptop. Enter your passphrase to open it.',
  'unlock.submit': 'Unlock',
  'unlock.progress': 'Unlocking…',
  'unlock.why.empty': 'Type your passphrase to unlock.',
  'unlock.damaged.title': 'Your data file is damaged',
  'unlock.damaged.body':
    'Mandat cannot read its database: the file is damaged. It can put the latest good backup in its place. The damaged file is kept aside, not deleted; what changed since that backup will be missing.',
  'unlock.recover': 'Restore the latest backup',
  'unlock.recover.progress': 'Restoring the latest backup…',
  'unlock.recover.none':
    'No backup could be restored: none of them can be read. Nothing was changed.',

  'security.eyebrow': 'Your data',
  'security.title': 'Security',
  'security.lead':
    'Your data is encrypted on this laptop with your passphrase. Mandat locks itself when it is left idle; lock it yourself at any moment with the Lock button or Ctrl+L.',
  'security.lock.title': 'Automatic lock',
  'security.lock.help':
    'After this time without a key pressed or the pointer moved, Mandat saves your work and locks.',
  'security.lock.label': 'Lock after',
  'security.lock.minutes.one': '{count} minute',
  'security.lock.minutes.other': '{count} minutes',
  'security.lock.default': '{label} (default)',
  'security.change.title': 'Change the passphrase',
  'security.change.help':
    'Your data and its backups are encrypted again with the new passphrase; the old one no longer opens them. It cannot be recovered either: keep it somewhere safe.',
  'security.current': 'Current passphrase',
  'security.new': 'New passphrase',
  'security.confirm': 'Confirm the new passphrase',
  'security.change': 'Change the passphrase',
  'security.change.progress': 'Encrypting your data with the new passphrase…',
  'security.changed': 'Passphrase changed',
  'security.changed.body': 'From now on, Mandat opens with the new passphrase only.',
} as const;
