// The UI’s sentence for each error code, chosen by errors.ts, in English: the reference for errors.fr.ts.

export const en = {
  'error.required': 'This field is required.',
  'error.too_long': 'Too long: {limit} characters at most.',
  'error.too_long.unknown': 'This text is too long.',
  'error.too_short': 'Too short: {limit} characters at least.',
  'error.too_short.unknown': 'This is too short.',
  'error.invalid_date': 'Not a valid date. Use year-month-day, e.g. {example}.',
  'error.no_such_date': '{day} {month} {year} does not exist.',
  'error.no_such_date.month': 'There is no month {month}. Use year-month-day, e.g. {example}.',
  'error.end_before_start': 'The planned end is before the start date.',
  'error.invalid_amount': 'Enter a whole amount, zero or more, without decimals.',
  'error.invalid_currency': 'Use a three-letter currency code, e.g. EUR or USD.',
  'error.not_found': 'What you were working on no longer exists.',
  'error.closed': 'This mission is closed: reopen it to make changes.',
  'error.frozen':
    'This version of the charter is approved or rejected and can no longer change: start an amendment.',
  'error.wrong_status': 'This cannot be done at this stage of the charter version.',
  'error.open_clauses': 'Clauses still to discuss: {items}.',
  'error.open_clauses.unnamed': 'Some clauses are still to discuss.',
  'error.nothing_approved': 'The charter has no approved version yet.',
  'error.charter_exists': 'This mission already has a charter.',
  'error.not_approved': 'Only an approved version of the charter can be signed.',
  'error.nothing_received': 'This version holds no signatures received from another laptop to accept.',
  'error.signed': 'Both have signed this version: it can no longer change.',
  'error.key_file':
    'This key file cannot be used: check the password, and that it is a .p12 or .pfx file holding a key with its certificate.',
  'error.mission_file':
    'This is not a Mandat mission file, or it is damaged or was altered: ask for the .mandat file again.',
  'error.key_store':
    'The key file beside your data (mandat.key.json) is damaged, so your data cannot be opened. Put back a copy of that file.',
  'error.typesetting': 'The PDF could not be typeset. Your data is unchanged.',
  'error.seal': 'The PDF could not be sealed with the signing key. Your data is unchanged.',
  'error.signing_key':
    'The signing key kept in Mandat cannot be used: make a new one or import one on the signing page.',
  'error.encryption': 'The file could not be encrypted. Nothing was written.',
  'error.malformed': 'This value is not in the expected form.',
  'error.out_of_range': 'This value is out of range: {limit} at most.',
  'error.future': 'This date is in the future.',
  'error.too_early': 'This date is before {date}, the first day it can be (the approval it follows, for instance).',
  'error.too_early.submitted': 'This date is before {date}, the day the version was submitted for approval.',
  'error.too_early.unknown': 'This date is earlier than the event it follows.',
  'error.refused_path':
    'Mandat will not use this file.',
  'error.refused_path.not_absolute':
    'Mandat will not use this file: choose it in the file dialog (a full path is needed).',
  'error.refused_path.wrong_kind':
    'This is not a file of the kind expected here: its name must end with the right extension (.pdf, .mandat, .csv…).',
  'error.refused_path.inside_data_folder':
    'This file is inside Mandat’s own data folder (the database, its key, the backups): choose a folder outside it.',
  'error.refused_path.not_a_file':
    'This is a folder or a special file, not a regular file: choose a file.',
  'error.refused_path.too_large':
    'This file is larger than a file of its kind can be: it was not read.',
  'error.refused_path.would_replace':
    'A file of another kind already has this name: Mandat will not replace it. Choose another name.',
  'error.refused_path.not_listed':
    'This is not one of the backups in the list.',
  'error.file': 'The file could not be read or written. Check the folder and try again.',
  'error.corrupt':
    'This file is damaged or is not a Mandat database, so it cannot be used. Your data was not changed.',
  'error.wrong_passphrase':
    'This is not the right passphrase. Check the keyboard layout and Caps Lock, then try again.',
  'error.locked': 'Mandat is locked: enter your passphrase to go on.',
  'error.not_set_up': 'No passphrase has been chosen yet.',
  'error.already_set_up': 'A passphrase is already set: enter it to open your data.',
  'error.newer_database':
    'Your data was written by a newer version of Mandat. Install that version to open it; nothing was changed.',
  'error.storage': 'Mandat could not read or write its data.',
  'error.details': 'Details: {message}',
  'error.dismiss': 'Dismiss',
  'error.fatal.title': 'Mandat cannot open your desk',
} as const;
