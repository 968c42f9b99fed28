// The messages of the backups page, in English: the reference for messages.fr.ts.

export const en = {
  'backups.heading': 'Backups',
  'backups.eyebrow': 'Your data',
  'backups.title': 'Backups',
  'backups.lead':
    'Mandat backs up all your data by itself: each time it opens, before it upgrades its database, and once a day while it stays open. It keeps the 10 newest.',
  'backups.where':
    'Each backup is a complete copy of your data, kept on this computer in this folder:',
  'backups.reveal': 'Show in folder',
  'backups.now': 'Back up now',
  'backups.progress': 'Backing up…',
  'backups.made': 'Backup made',
  'backups.made.body': 'The newest backup, at the top of the list, holds your data as it stands now.',
  'backups.loading': 'Reading the backups…',
  'backups.list': 'Backups, newest first',
  'backups.when': 'Made',
  'backups.reason': 'Why',
  'backups.holds': 'Contents',
  'backups.size': 'Size',
  'backups.missions': 'Missions',
  'backups.count.missions.one': '{count} mission',
  'backups.count.missions.other': '{count} missions',
  'backups.count.versions.one': '{count} charter version',
  'backups.count.versions.other': '{count} charter versions',
  'backups.count.signatures.one': '{count} signature',
  'backups.count.signatures.other': '{count} signatures',
  'backups.unreadable': 'Cannot be read',
  'backups.unreadable.body': 'Damaged, or made by a newer version of Mandat: it cannot be restored.',
  'backups.empty.title': 'No backup yet',
  'backups.empty.body':
    'Mandat makes the first one the next time it opens. You can also make one now.',
  'backups.copy': 'Copy…',
  'backups.copy.label': 'Copy the backup of {date} to a folder…',
  'backups.copy.progress': 'Copying the backup and reading it back…',
  'backups.copied': 'Backup copied',
  'backups.copied.body':
    'The copy is at {path}, and it reads back with your passphrase. Keep the stick somewhere safe: it holds every mission, encrypted.',
  'backups.restore': 'Restore…',
  'backups.restore.label': 'Restore the backup of {date}…',
  'backups.restore.title': 'Restore this backup?',
  'backups.restore.body':
    'All the data in Mandat now — every mission, charter and signature — will be replaced by this backup. Your current data is saved first, as a backup of its own, so nothing is lost: to go back, restore the one marked “{reason}”.',
  'backups.restore.keep': 'Keep my current data',
  'backups.restore.confirm': 'Restore this backup',
  'backups.restore.progress': 'Restoring…',

  'backupReason.launch': 'At launch',
  'backupReason.migration': 'Before an upgrade',
  'backupReason.daily': 'Daily',
  'backupReason.manual': 'Made by you',
  'backupReason.before_restore': 'Before a restore',
} as const;
