// The one door to the Rust side. Nothing else in the UI imports @tauri-apps/api or its
// plugins (the native file dialogs, revealing a file in its folder).
//
// Every command either resolves with the generated type or rejects with an `ApiError`:
// whatever else `invoke` may throw (no Tauri runtime, a panic, a serialisation failure) is
// turned into a `storage` error, so callers only ever handle one shape. The commands' names,
// arguments and results come from `commands.ts`, generated from the Rust list of commands: a
// renamed or removed command, or a changed argument, fails the type check here.

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { getCurrentWindow } from '@tauri-apps/api/window';
import { open, save } from '@tauri-apps/plugin-dialog';
import { revealItemInDir } from '@tauri-apps/plugin-opener';
import { commands, type CommandName } from './commands';
import type { ApiError } from './bindings/ApiError';
import type { Charter } from './bindings/Charter';
import type { ErrorCode } from './bindings/ErrorCode';

// Every code of the generated type, checked by the compiler when the bindings change.
const CODES: Record<ErrorCode, true> = {
  required: true,
  too_long: true,
  too_short: true,
  invalid_date: true,
  no_such_date: true,
  end_before_start: true,
  invalid_amount: true,
  invalid_currency: true,
  malformed: true,
  out_of_range: true,
  future: true,
  too_early: true,
  not_found: true,
  closed: true,
  frozen: true,
  wrong_status: true,
  open_clauses: true,
  nothing_approved: true,
  charter_exists: true,
  not_approved: true,
  signed: true,
  nothing_received: true,
  key_file: true,
  mission_file: true,
  key_store: true,
  typesetting: true,
  seal: true,
  signing_key: true,
  encryption: true,
  file: true,
  refused_path: true,
  corrupt: true,
  wrong_passphrase: true,
  locked: true,
  not_set_up: true,
  already_set_up: true,
  newer_database: true,
  storage: true,
};

const isCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(CODES, code);

const isStringList = (items: unknown): items is string[] =>
  Array.isArray(items) && items.every((item) => typeof item === 'string');

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, field, limit, items, also } = value as Record<string, unknown>;
  return (
    isCode(code) &&
    typeof message === 'string' &&
    (field === null || typeof field === 'string') &&
    (limit === null || typeof limit === 'number') &&
    isStringList(items) &&
    Array.isArray(also) &&
    also.every(isApiError)
  );
}

/** Any thrown value, as an `ApiError`. */
export function toApiError(value: unknown): ApiError {
  if (isApiError(value)) return value;
  if (typeof value === 'object' && value !== null) {
    // An error from Rust that lacks an optional member still keeps its code.
    const { code, message, field, limit, items, also } = value as Record<string, unknown>;
    if (isCode(code) && typeof message === 'string') {
      return {
        code,
        message,
        field: typeof field === 'string' ? field : null,
        limit: typeof limit === 'number' ? limit : null,
        items: isStringList(items) ? items : [],
        also: Array.isArray(also) ? also.filter(isApiError) : [],
      };
    }
  }
  const message = value instanceof Error ? value.message : String(value);
  return { code: 'storage', message, field: null, limit: null, items: [], also: [] };
}

const lockListeners = new Set<() => void>();
let lockEventHeard = false;

/**
 * Calls `listener` whenever the data was locked under the window: a command refused with
 * `locked` (the passphrase commands themselves excepted), or Rust locking it by itself after the
 * idle minutes (its `vault-locked` event). Returns the function that stops it.
 */
export function whenLocked(listener: () => void): () => void {
  lockListeners.add(listener);
  if (!lockEventHeard) {
    lockEventHeard = true;
    const heard = () => lockListeners.forEach((each) => each());
    // No Tauri around (a unit test): nothing to hear.
    void Promise.resolve().then(() => listen('vault-locked', heard)).catch(() => undefined);
  }
  return () => lockListeners.delete(listener);
}

async function call<T>(name: CommandName, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(name, args);
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.code === 'locked' && !name.startsWith('vault_')) {
      for (const listener of lockListeners) listener();
    }
    throw apiError;
  }
}

// Every command, typed from the Rust list (src-tauri/app/commands/list.rs) by the generated
// `commands.ts`; the exports below give each its documentation.
const command = commands(call);

// The passphrase that encrypts the data. Until it is given, every other command is refused
// with `locked`.

/** `new` before the first passphrase, `locked` until it is given, then `unlocked`. */
export const vaultStatus = command.vaultStatus;

/**
 * Sets the first passphrase, encrypts any data left by an earlier Mandat, and unlocks. Refused
 * with `too_short` (field `passphrase`, `limit` the minimum length) or `already_set_up`.
 */
export const vaultCreate = command.vaultCreate;

/**
 * Opens the data. Refused with `wrong_passphrase` (nothing is touched), `corrupt` (the
 * database is damaged: see `vaultRecover`) or `not_set_up`.
 */
export const vaultUnlock = command.vaultUnlock;

/**
 * After `corrupt`: puts the latest good backup in place of the damaged database (which is kept
 * aside), then unlocks. Refused with `corrupt` again when no backup is good.
 */
export const vaultRecover = command.vaultRecover;

/** Closes the open data; every other command is then refused with `locked`. */
export const vaultLock = command.vaultLock;

/**
 * Re-encrypts the data and its backups under `next`. Refused with `wrong_passphrase` for
 * `current`, with `too_short` naming the field `newPassphrase`.
 */
export const vaultChange = command.vaultChange;

/** Open missions first, newest first. */
export const missionList = command.missionList;

export const missionGet = command.missionGet;

/** A new mission starts in status `preparing`. */
export const missionCreate = command.missionCreate;

/** Refused with `closed` while the mission is closed. */
export const missionUpdate = command.missionUpdate;

export const missionSetStatus = command.missionSetStatus;

export const settingsGet = command.settingsGet;

export const settingsSet = command.settingsSet;

// The charter and its mandate. Every change returns the version as it now stands.

/** The latest version when `number` is null; null before the charter is started. */
export const charterGet = (missionId: number, number: number | null = null): Promise<Charter | null> =>
  command.charterGet(missionId, number);

/** Oldest first. */
export const charterVersions = command.charterVersions;

/** Version 1, a draft holding the catalogue of authorities and the usual governance. */
export const charterStart = command.charterStart;

export const clauseAdd = command.clauseAdd;

/** A change of content sends the clause's review back to pending. */
export const clauseUpdate = command.clauseUpdate;

export const clauseRemove = command.clauseRemove;

/** `offset` -1 moves the clause up within its section, +1 down. */
export const clauseMove = command.clauseMove;

export const clauseReview = command.clauseReview;

export const clauseComment = command.clauseComment;

/** Draft or changes requested → in review. */
export const charterSubmit = command.charterSubmit;

/** Approving with clauses still to discuss is refused with `open_clauses`, naming them. */
export const charterDecide = command.charterDecide;

/** A new draft from the latest version, which must be approved or rejected. */
export const charterAmend = command.charterAmend;

/** Versions by number, clause by clause. */
export const charterCompare = command.charterCompare;

/** The brief: the announcement to the teams from the latest approved version, with its text and HTML. */
export const briefPage = command.briefPage;

/** After an amendment: what changed since the previous approved version; null before one. */
export const briefChanges = command.briefChanges;

/** Writes the brief as a PDF where she chose (refused as `refused_path` elsewhere); its size. */
export const briefExport = command.briefExport;

/** Writes the brief as plain text, or as an HTML page when `html`, where she chose; its size. */
export const briefWrite = command.briefWrite;

// Audiences, and the announcements of the approved mandate.

export const announcementBoard = command.announcementBoard;

export const audienceAdd = command.audienceAdd;

export const audienceRename = command.audienceRename;

export const audienceRemove = command.audienceRemove;

/** Of the latest approved version; refused with `nothing_approved` before any approval. */
export const announcementAdd = command.announcementAdd;

// The register of people of a mission, which the stakeholder map and the wellbeing notes share.

/** The people of a mission by name; the archived ones instead when `archived`. */
export const peopleList = command.peopleList;

/** Adds a person; refused with the field named (`name` required, `reportsTo` a cycle…). */
export const personAdd = command.personAdd;

/** Saves a person's details as typed; refused as `personAdd` is. */
export const personUpdate = command.personUpdate;

/** Hides a person from the lists (kept, and their history with them), or brings them back. */
export const personArchive = command.personArchive;

/** What erasing a person would remove, table by table; nothing is removed. */
export const personErasePreview = command.personErasePreview;

/** Removes the person and every row that names them, in one transaction; returns what went. */
export const personErase = command.personErase;

/** What importing the CSV file at `path` would add, with an error per row; writes nothing. */
export const peopleImportPreview = command.peopleImportPreview;

/** Adds the valid rows of the CSV file at `path` (duplicates skipped); returns the report. */
export const peopleImport = command.peopleImport;

/** Writes the register and the latest assessments to `path` as CSV. */
export const peopleExport = command.peopleExport;

// The stakeholder map: dated assessments, the power/interest grid, contacts and follow-ups.

/** One person's card: details, assessments (oldest first), interactions, what they were told. */
export const personCard = command.personCard;

/** A new dated assessment (power and interest 1–5); nothing earlier is overwritten. */
export const personAssess = command.personAssess;

/** The grid as it stood on `on` (`YYYY-MM-DD`, today when empty), each person with their state. */
export const stakeholderMap = command.stakeholderMap;

/** Sets the days allowed without contact, per quadrant (1–365 each). */
export const stakeholderCadence = command.stakeholderCadence;

/** Records an interaction with one or more people, and its follow-up if any. */
export const interactionAdd = command.interactionAdd;

/** The mission's interactions, newest first. */
export const interactionList = command.interactionList;

/** Marks an interaction's follow-up done (or not). */
export const interactionFollowUp = command.interactionFollowUp;

/** Follow-ups not done whose date is before `on`, oldest first. */
export const followUpsDue = command.followUpsDue;

/** The people of an audience, by id. */
export const audienceMembers = command.audienceMembers;

/** Makes a person a member of an audience, or no longer one. */
export const audienceMember = command.audienceMember;

/** Records that the latest approved version was told to one person, one to one. */
export const personBrief = command.personBrief;

// Team wellbeing notes. A check-in is refused with the field Rust names (`mood`, `stress`,
// `hours`, `signals`, `actions`, `observation`, `checkedOn`, `followUpOn`); `on` is
// 'YYYY-MM-DD', or '' for today.

/** Puts the person in her team, or takes them out (their notes stay until erased). */
export const personTeamMember = command.personTeamMember;
/** The register's teams, how many people each, and which she leads. */
export const wellbeingTeams = command.wellbeingTeams;
/** She leads a team (everyone in it is in her team), or no longer does; returns the teams. */
export const wellbeingLeadTeam = command.wellbeingLeadTeam;
/** Records a check-in; an acute signal with no follow-up date gets one at once. */
export const checkinAdd = command.checkinAdd;
/** A person's check-ins, oldest first. */
export const checkinList = command.checkinList;
export const checkinFollowUp = command.checkinFollowUp;
/** Each team member's latest state, eight weeks, open alerts and next follow-up, by name. */
export const wellbeingBoard = command.wellbeingBoard;
/** The team's open alerts, red first then the oldest. */
export const wellbeingAlerts = command.wellbeingAlerts;
/** That she saw an alert (person, kind, since) and what she did: it is no longer open. */
export const alertAcknowledge = command.alertAcknowledge;
export const alertAcknowledgments = command.alertAcknowledgments;
export const wellbeingThresholds = command.wellbeingThresholds;
/** Refused with the field named (`longWeekHours`, `averageHours`, …). */
export const wellbeingSetThresholds = command.wellbeingSetThresholds;
/** How many notes about how many people (the warning before a `.mandat` export names both). */
export const wellbeingNoteCounts = command.wellbeingNoteCounts;

// Retention of the wellbeing notes (GDPR art. 5): what is older than the period, deleted on her word.

/** What deleting the old notes on `on` (`YYYY-MM-DD`, '' for today) would remove; nothing is deleted. */
export const retentionProposal = command.retentionProposal;
/** Deletes what `retentionProposal` puts forward on `on`, and records the decision. */
export const retentionApply = command.retentionApply;
/** The decisions applied, newest first. */
export const retentionDecisions = command.retentionDecisions;
/** The mission's period in months (12 until changed). */
export const retentionPeriod = command.retentionPeriod;
/** Sets the period, 1 to 120 months; refused on the field `months`. */
export const retentionSetPeriod = command.retentionSetPeriod;

// Signing a version in person, the key that seals the PDF, and the PDF itself.

export const signingState = command.signingState;

/**
 * Records one signer's drawn signature. Refused with `not_approved` before approval, with
 * `signed` once both have signed, and with `required`/`too_long` naming `name`, `title`,
 * `place` or `strokes`.
 */
export const signingSign = command.signingSign;

/** Removes one signature while the other signer has not signed yet (`signed` afterwards). */
export const signingClear = command.signingClear;
export const signingAcceptReceived = command.signingAcceptReceived;

/** Null until a key is created or imported. */
export const identityGet = command.identityGet;

/** A new self-signed key and certificate in `name`, replacing the current one. */
export const identityCreate = command.identityCreate;

/** A PKCS#12 file (.p12, .pfx); a wrong password or a bad file is refused with `key_file`. */
export const identityImport = command.identityImport;

/**
 * Writes a version's PDF to `request.path`: signed when the version is approved and both have
 * signed, otherwise a draft with a DRAFT watermark and no signature.
 */
export const documentExport = command.documentExport;

/** What a PDF is: a valid signed charter, a modified one, a draft, something else. */
export const documentVerify = command.documentVerify;

/** The sealing keys trusted besides this laptop's own, by name. */
export const trustList = command.trustList;

/**
 * Trusts the key with `fingerprint` (64 hex digits, any spacing) under `name`; refused with
 * `required`/`malformed` on `fingerprint`, `required`/`too_long` on `name`. Returns the list.
 */
export const trustAdd = command.trustAdd;

/** No longer trusts `fingerprint` (`malformed` on `fingerprint` when it was not trusted). */
export const trustRemove = command.trustRemove;

// Backups of the whole database, in the `backups` folder beside it.

/** Newest first; a backup that cannot be read has a null summary. */
export const backupList = command.backupList;

/** A backup of the database as it stands now, made by the user. */
export const backupCreate = command.backupCreate;

/** The backups that hold a person, newest first (before their erasure, and after it until purged). */
export const backupHolding = command.backupHolding;

/** After a person's erasure: every backup holding them rewritten without them; says how many. */
export const backupPurgePerson = command.backupPurgePerson;

/** The erased people some backup still holds, and those backups (a purge cut short). */
export const backupPending = command.backupPending;

/** Every backup rewritten without each erased person it still holds; says how many. */
export const backupPurgePending = command.backupPurgePending;

/**
 * Replaces the whole database with the backup named `file`, after backing up the current one;
 * returns that safety backup. Refused with `corrupt` when the backup is not a sound Mandat
 * database, with `newer_database` when a newer Mandat wrote it.
 */
export const backupRestore = command.backupRestore;

/**
 * Copies the backup named `file` into `folder` (a USB stick) under its own name, and reads the
 * copy back with the key before returning what it holds. Refused with `refused_path` (a folder
 * inside the data folder, or a file there of another kind), `corrupt` when the copy does not
 * read back, `file`.
 */
export const backupCopy = command.backupCopy;

// Moving one mission to another laptop: a `.mandat` file, encrypted with a passphrase chosen
// for that file alone (not the one that opens Mandat), given to the recipient separately.

/**
 * Writes the mission, every charter version with its clauses and comments, the signatures,
 * audiences and announcements to `path`, encrypted with `passphrase`. Refused with `too_short`
 * (field `passphrase`, `limit` the minimum length), `not_found` or `file`.
 */
export const transferExport = command.transferExport;

/**
 * What the file at `path` holds, and the mission here with the same client and title, if any;
 * nothing is imported. Refused with `wrong_passphrase`, `mission_file` (not a Mandat mission file,
 * or a damaged or altered one: the message says which), `newer_database` or `file`.
 */
export const transferPreview = command.transferPreview;

/**
 * Imports the file's mission and returns its new id. `replace` first deletes the mission here
 * with the same client and title; `keep_both` keeps it. Refused as `transferPreview` is.
 */
export const transferImport = command.transferImport;

// The person's copy (GDPR art. 15): everything Mandat holds about one person, shown before it
// is written, so she can correct a note's wording first.

/** Register details, assessments, interactions, what they were told, check-ins, alerts open today and acknowledgments. */
export const personCopy = command.personCopy;

/**
 * Writes the copy as a PDF to `pdf` in `language` and, unless `json` is null, as JSON too; both
 * are made before either is written. Refused with `not_found` for an erased person, `file`.
 */
export const personCopyWrite = command.personCopyWrite;

/** Replaces a check-in's observation; refused with `too_long` (field `observation`) or `closed`. */
export const checkinCorrect = command.checkinCorrect;

// Files chosen by the user: native dialogs, and revealing a written file in its folder.

/**
 * The one test seam of the UI. WebDriver cannot drive a native file dialog, so the end-to-end
 * tests put the answers the dialogs would give in `window.__MANDAT_E2E_DIALOG__` (an array of
 * paths, or null for a cancelled dialog); each dialog then takes the next answer instead of
 * opening. Nothing else reads it, and nothing in the app ever sets it.
 */
function scriptedAnswer(): { answer: string | null } | null {
  const answers = (window as unknown as { __MANDAT_E2E_DIALOG__?: unknown }).__MANDAT_E2E_DIALOG__;
  if (!Array.isArray(answers)) return null;
  const next: unknown = answers.shift();
  return { answer: typeof next === 'string' ? next : null };
}

async function dialog(run: () => Promise<string | null>): Promise<string | null> {
  const scripted = scriptedAnswer();
  if (scripted) return scripted.answer;
  try {
    return await run();
  } catch (error) {
    throw toApiError(error);
  }
}

const FILTERS = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  pkcs12: { name: 'PKCS#12', extensions: ['p12', 'pfx'] },
  mandat: { name: 'Mandat mission', extensions: ['mandat'] },
  csv: { name: 'CSV', extensions: ['csv', 'txt'] },
  txt: { name: 'Text', extensions: ['txt'] },
  html: { name: 'HTML', extensions: ['html', 'htm'] },
} as const;

/** What the native dialogs offer to write: a PDF, a mission to move to another laptop, a CSV. */
export type SaveKind = 'pdf' | 'mandat' | 'csv' | 'txt' | 'html';

/** What they offer to open: a PDF, a PKCS#12 key file, a mission from another laptop, a CSV. */
export type OpenKind = 'pdf' | 'pkcs12' | 'mandat' | 'csv';

const filterOf = (kind: keyof typeof FILTERS) => ({ name: FILTERS[kind].name, extensions: [...FILTERS[kind].extensions] });

/**
 * `path` ending with one of the extensions of `kind`: a name typed in the save dialog without
 * one gets the first (Rust refuses to write a file whose name does not say its kind).
 */
export function withExtension(path: string, kind: SaveKind): string {
  const extensions: readonly string[] = FILTERS[kind].extensions;
  const dot = path.lastIndexOf('.');
  const given = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  return extensions.includes(given) ? path : `${path}.${extensions[0]}`;
}

/** Where to write a file of `kind`, `defaultName` suggested; null when the user cancels. */
export const chooseSavePath = async (kind: SaveKind, defaultName: string): Promise<string | null> => {
  const path = await dialog(() => save({ defaultPath: defaultName, filters: [filterOf(kind)] }));
  return path === null ? null : withExtension(path, kind);
};

/** A folder to write into (a USB stick); null when the user cancels. */
export const chooseFolder = (): Promise<string | null> =>
  dialog(() => open({ multiple: false, directory: true }));

/** A file of `kind` to open; null when the user cancels. */
export const chooseOpenPath = (kind: OpenKind): Promise<string | null> =>
  dialog(() => open({ multiple: false, directory: false, filters: [filterOf(kind)] }));

/** Opens the file manager on the folder of `path`, the file selected. */
export async function revealInFolder(path: string): Promise<void> {
  try {
    await revealItemInDir(path);
  } catch (error) {
    throw toApiError(error);
  }
}

/**
 * Calls `handler` with the paths of files dropped on the window, and `onhover` when files are
 * dragged over it and leave. Returns the function that stops listening. Outside Tauri (a unit
 * test) nothing is ever dropped.
 */
export function onFileDrop(
  handler: (paths: string[]) => void,
  onhover?: (over: boolean) => void,
): () => void {
  let stopped = false;
  let unlisten: (() => void) | null = null;
  try {
    getCurrentWebview()
      .onDragDropEvent(({ payload }) => {
        if (payload.type === 'enter') onhover?.(true);
        else if (payload.type === 'leave') onhover?.(false);
        else if (payload.type === 'drop') {
          onhover?.(false);
          handler(payload.paths);
        }
      })
      .then((stop) => {
        if (stopped) stop();
        else unlisten = stop;
      })
      .catch(() => undefined);
  } catch {
    // No webview around (a unit test): nothing can be dropped.
  }
  return () => {
    stopped = true;
    unlisten?.();
    unlisten = null;
  };
}

/** Tells the shell the first screen is interactive (start-up benchmark). Call once. */
export const appReady = command.appReady;
/** The language LANG, then LC_MESSAGES, ask for (`null`: neither names French or English). */
export const systemLanguage = command.systemLanguage;

/**
 * Runs `beforeClose` when the user closes the window, then lets it close. The window waits
 * for it (so a change typed a moment ago is saved), and closes even if it fails.
 */
export function whenClosing(beforeClose: () => Promise<void>): void {
  const hook = async () => {
    try {
      await beforeClose();
    } catch {
      // Whatever could not be saved was already shown as an error on its screen.
    }
  };
  try {
    void getCurrentWindow().onCloseRequested(hook).catch(() => undefined);
  } catch {
    // No window around (a unit test): nothing to wait for.
  }
}
