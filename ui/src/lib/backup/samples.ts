// Backups as the list gives them, for the tests of this screen.

import type { BackupInfo } from '../bindings/BackupInfo';

export const manual: BackupInfo = {
  file: 'mandat-20261110T093000.123Z-manual.sqlite3',
  path: '/home/anne/.local/share/mandat/backups/mandat-20261110T093000.123Z-manual.sqlite3',
  createdAt: '2026-11-10T09:30:00.123Z',
  reason: 'manual',
  bytes: 245_300,
  summary: {
    missions: 3,
    missionNames: ['Distribution Ravel — Recover IT', 'Clinique Sainte-Anne — ERP', 'Ville de Brest — SI'],
    charterVersions: 5,
    signatures: 2,
  },
  kept: 'recent',
};

export const launch: BackupInfo = {
  ...manual,
  file: 'mandat-20261109T080000.000Z-launch.sqlite3',
  path: '/home/anne/.local/share/mandat/backups/mandat-20261109T080000.000Z-launch.sqlite3',
  createdAt: '2026-11-09T08:00:00.000Z',
  reason: 'launch',
  bytes: 1_250_000,
  summary: { missions: 1, missionNames: ['Distribution Ravel — Recover IT'], charterVersions: 1, signatures: 0 },
};

export const damaged: BackupInfo = {
  ...manual,
  file: 'mandat-20261101T080000.000Z-daily.sqlite3',
  path: '/home/anne/.local/share/mandat/backups/mandat-20261101T080000.000Z-daily.sqlite3',
  createdAt: '2026-11-01T08:00:00.000Z',
  reason: 'daily',
  bytes: 4_096,
  summary: null,
};
