// What the importer understands, as the dialog shows it: the column headers of each field and
// the words of each group, in English and French. They are the lists of mandat-core's
// stakeholder/spreadsheet.rs (`HEADERS`, `GROUPS`), written here with their capitals and
// accents; headers.test.ts fails when the two part ways. Capitals and accents do not matter
// to the importer.

import type { Column } from '../../bindings/Column';
import type { CsvPreview } from '../../bindings/CsvPreview';
import type { Group } from '../../bindings/Group';

/** The most rows a file may have (`MAX_ROWS`); its other cap, on bytes, is far larger. */
export const MAX_ROWS = 20_000;

/** The fields a column can fill, in the order the dialog lists them. */
export const COLUMNS: readonly Column[] = [
  'name',
  'firstName',
  'lastName',
  'jobTitle',
  'organisation',
  'group',
  'team',
  'reportsTo',
  'email',
  'phone',
  'notes',
];

export const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  name: ['Name', 'Full name', 'Nom complet', 'Nom et prénom', 'Prénom nom'],
  firstName: ['First name', 'Prénom'],
  lastName: ['Last name', 'Surname', 'Nom'],
  jobTitle: ['Title', 'Job title', 'Poste', 'Fonction', 'Intitulé du poste'],
  organisation: ['Organisation', 'Organization', 'Company', 'Société', 'Entreprise'],
  group: ['Group', 'Groupe'],
  team: ['Team', 'Équipe', 'Service', 'Department'],
  reportsTo: ['Reports to', 'Manager', 'Responsable', 'Rattaché à', 'N+1'],
  email: ['Email', 'E-mail', 'Mail', 'Courriel'],
  phone: ['Phone', 'Téléphone', 'Tel'],
  notes: ['Notes', 'Note', 'Commentaire', 'Comments'],
};

export const GROUP_WORDS: Readonly<Record<Group, readonly string[]>> = {
  infrastructure: ['Infrastructure', 'Infra', 'Production'],
  applications: ['Applications', 'Application', 'Études'],
  business: ['Business', 'Métier', 'Métiers'],
  management: ['Management', 'Direction'],
  vendor: ['Vendor', 'Fournisseur', 'Prestataire'],
  staff_representatives: ['Staff representatives', 'Représentants du personnel', 'IRP', 'CSE'],
  other: ['Other', 'Autre'],
};

/** Some column is not imported: its header is none of those understood. */
export function ignoresColumns(preview: CsvPreview): boolean {
  return preview.columns.some(([, column]) => column === null);
}
