// Generated from src-tauri/app/commands/list.rs by `make bindings`: do not edit.
// Every IPC command, with its arguments and result; backend.ts binds them to its `call`.

import type { Acknowledgment } from './bindings/Acknowledgment';
import type { AcknowledgmentInput } from './bindings/AcknowledgmentInput';
import type { Alert } from './bindings/Alert';
import type { AnnouncementInput } from './bindings/AnnouncementInput';
import type { Assessment } from './bindings/Assessment';
import type { AssessmentInput } from './bindings/AssessmentInput';
import type { Author } from './bindings/Author';
import type { BackupInfo } from './bindings/BackupInfo';
import type { Board } from './bindings/Board';
import type { BriefPage } from './bindings/BriefPage';
import type { Briefing } from './bindings/Briefing';
import type { BriefingInput } from './bindings/BriefingInput';
import type { Cadence } from './bindings/Cadence';
import type { Charter } from './bindings/Charter';
import type { CheckIn } from './bindings/CheckIn';
import type { CheckInInput } from './bindings/CheckInInput';
import type { ClauseInput } from './bindings/ClauseInput';
import type { Comparison } from './bindings/Comparison';
import type { CsvPreview } from './bindings/CsvPreview';
import type { DecisionInput } from './bindings/DecisionInput';
import type { ErasePreview } from './bindings/ErasePreview';
import type { ExportOptions } from './bindings/ExportOptions';
import type { ExportReport } from './bindings/ExportReport';
import type { ExportRequest } from './bindings/ExportRequest';
import type { IdentityInfo } from './bindings/IdentityInfo';
import type { ImportMode } from './bindings/ImportMode';
import type { ImportPreview } from './bindings/ImportPreview';
import type { Interaction } from './bindings/Interaction';
import type { InteractionInput } from './bindings/InteractionInput';
import type { Language } from './bindings/Language';
import type { Mission } from './bindings/Mission';
import type { MissionDraft } from './bindings/MissionDraft';
import type { MissionStatus } from './bindings/MissionStatus';
import type { MissionSummary } from './bindings/MissionSummary';
import type { NoteCounts } from './bindings/NoteCounts';
import type { PendingPurge } from './bindings/PendingPurge';
import type { Person } from './bindings/Person';
import type { PersonCard } from './bindings/PersonCard';
import type { PersonCopy } from './bindings/PersonCopy';
import type { PersonInput } from './bindings/PersonInput';
import type { PurgeReport } from './bindings/PurgeReport';
import type { RegisterTeam } from './bindings/RegisterTeam';
import type { RetentionDecision } from './bindings/RetentionDecision';
import type { RetentionProposal } from './bindings/RetentionProposal';
import type { Review } from './bindings/Review';
import type { Settings } from './bindings/Settings';
import type { SignatureInput } from './bindings/SignatureInput';
import type { SignerRole } from './bindings/SignerRole';
import type { SigningState } from './bindings/SigningState';
import type { StakeholderMap } from './bindings/StakeholderMap';
import type { TeamBoard } from './bindings/TeamBoard';
import type { Thresholds } from './bindings/Thresholds';
import type { TrustedKey } from './bindings/TrustedKey';
import type { VaultStatus } from './bindings/VaultStatus';
import type { VerifyReport } from './bindings/VerifyReport';
import type { Version } from './bindings/Version';
import type { WhatChanged } from './bindings/WhatChanged';

/** Every command's name (the capability grants each as `allow-…`). */
export type CommandName =
  | 'app_ready'
  | 'system_language'
  | 'vault_status'
  | 'vault_create'
  | 'vault_unlock'
  | 'vault_recover'
  | 'vault_lock'
  | 'vault_change'
  | 'mission_list'
  | 'mission_get'
  | 'mission_create'
  | 'mission_update'
  | 'mission_set_status'
  | 'settings_get'
  | 'settings_set'
  | 'charter_get'
  | 'charter_versions'
  | 'charter_start'
  | 'charter_submit'
  | 'charter_decide'
  | 'charter_amend'
  | 'charter_compare'
  | 'clause_add'
  | 'clause_update'
  | 'clause_remove'
  | 'clause_move'
  | 'clause_review'
  | 'clause_comment'
  | 'brief_page'
  | 'brief_changes'
  | 'brief_write'
  | 'brief_export'
  | 'announcement_board'
  | 'announcement_add'
  | 'audience_add'
  | 'audience_rename'
  | 'audience_remove'
  | 'people_list'
  | 'person_add'
  | 'person_update'
  | 'person_archive'
  | 'person_erase_preview'
  | 'person_erase'
  | 'people_import_preview'
  | 'people_import'
  | 'people_export'
  | 'person_card'
  | 'person_assess'
  | 'stakeholder_map'
  | 'stakeholder_cadence'
  | 'interaction_add'
  | 'interaction_list'
  | 'interaction_follow_up'
  | 'follow_ups_due'
  | 'audience_members'
  | 'audience_member'
  | 'person_brief'
  | 'person_team_member'
  | 'wellbeing_teams'
  | 'wellbeing_lead_team'
  | 'checkin_add'
  | 'checkin_list'
  | 'checkin_follow_up'
  | 'wellbeing_board'
  | 'wellbeing_alerts'
  | 'alert_acknowledge'
  | 'alert_acknowledgments'
  | 'wellbeing_thresholds'
  | 'wellbeing_set_thresholds'
  | 'wellbeing_note_counts'
  | 'retention_proposal'
  | 'retention_apply'
  | 'retention_decisions'
  | 'retention_period'
  | 'retention_set_period'
  | 'signing_state'
  | 'signing_sign'
  | 'signing_clear'
  | 'signing_accept_received'
  | 'identity_get'
  | 'identity_create'
  | 'identity_import'
  | 'document_export'
  | 'document_verify'
  | 'trust_list'
  | 'trust_add'
  | 'trust_remove'
  | 'backup_list'
  | 'backup_create'
  | 'backup_restore'
  | 'backup_copy'
  | 'backup_holding'
  | 'backup_purge_person'
  | 'backup_pending'
  | 'backup_purge_pending'
  | 'transfer_export'
  | 'transfer_preview'
  | 'transfer_import'
  | 'person_copy'
  | 'person_copy_write'
  | 'checkin_correct';

/** Runs a command with its arguments, named in camelCase as Tauri reads them. */
export type Call = <T>(command: CommandName, args?: Record<string, unknown>) => Promise<T>;

/** Every command as a typed function of its arguments, made through `call`. */
export const commands = (call: Call) => ({
  appReady: (): Promise<void> =>
    call<void>('app_ready'),
  systemLanguage: (): Promise<Language | null> =>
    call<Language | null>('system_language'),
  vaultStatus: (): Promise<VaultStatus> =>
    call<VaultStatus>('vault_status'),
  vaultCreate: (passphrase: string): Promise<VaultStatus> =>
    call<VaultStatus>('vault_create', { passphrase }),
  vaultUnlock: (passphrase: string): Promise<VaultStatus> =>
    call<VaultStatus>('vault_unlock', { passphrase }),
  vaultRecover: (passphrase: string): Promise<VaultStatus> =>
    call<VaultStatus>('vault_recover', { passphrase }),
  vaultLock: (): Promise<VaultStatus> =>
    call<VaultStatus>('vault_lock'),
  vaultChange: (current: string, next: string): Promise<void> =>
    call<void>('vault_change', { current, next }),
  missionList: (): Promise<Array<MissionSummary>> =>
    call<Array<MissionSummary>>('mission_list'),
  missionGet: (id: number): Promise<Mission> =>
    call<Mission>('mission_get', { id }),
  missionCreate: (draft: MissionDraft): Promise<Mission> =>
    call<Mission>('mission_create', { draft }),
  missionUpdate: (id: number, draft: MissionDraft): Promise<Mission> =>
    call<Mission>('mission_update', { id, draft }),
  missionSetStatus: (id: number, status: MissionStatus): Promise<Mission> =>
    call<Mission>('mission_set_status', { id, status }),
  settingsGet: (): Promise<Settings> =>
    call<Settings>('settings_get'),
  settingsSet: (settings: Settings): Promise<Settings> =>
    call<Settings>('settings_set', { settings }),
  charterGet: (missionId: number, number: number | null): Promise<Charter | null> =>
    call<Charter | null>('charter_get', { missionId, number }),
  charterVersions: (missionId: number): Promise<Array<Version>> =>
    call<Array<Version>>('charter_versions', { missionId }),
  charterStart: (missionId: number): Promise<Charter> =>
    call<Charter>('charter_start', { missionId }),
  charterSubmit: (versionId: number): Promise<Charter> =>
    call<Charter>('charter_submit', { versionId }),
  charterDecide: (versionId: number, decision: DecisionInput): Promise<Charter> =>
    call<Charter>('charter_decide', { versionId, decision }),
  charterAmend: (missionId: number, reason: string): Promise<Charter> =>
    call<Charter>('charter_amend', { missionId, reason }),
  charterCompare: (missionId: number, from: number, to: number): Promise<Comparison> =>
    call<Comparison>('charter_compare', { missionId, from, to }),
  clauseAdd: (versionId: number, input: ClauseInput): Promise<Charter> =>
    call<Charter>('clause_add', { versionId, input }),
  clauseUpdate: (versionId: number, key: string, input: ClauseInput): Promise<Charter> =>
    call<Charter>('clause_update', { versionId, key, input }),
  clauseRemove: (versionId: number, key: string): Promise<Charter> =>
    call<Charter>('clause_remove', { versionId, key }),
  clauseMove: (versionId: number, key: string, offset: number): Promise<Charter> =>
    call<Charter>('clause_move', { versionId, key, offset }),
  clauseReview: (versionId: number, key: string, review: Review): Promise<Charter> =>
    call<Charter>('clause_review', { versionId, key, review }),
  clauseComment: (versionId: number, key: string, author: Author, body: string): Promise<Charter> =>
    call<Charter>('clause_comment', { versionId, key, author, body }),
  briefPage: (missionId: number, language: Language | null): Promise<BriefPage> =>
    call<BriefPage>('brief_page', { missionId, language }),
  briefChanges: (missionId: number, language: Language | null): Promise<WhatChanged | null> =>
    call<WhatChanged | null>('brief_changes', { missionId, language }),
  briefWrite: (missionId: number, language: Language | null, path: string, html: boolean): Promise<number> =>
    call<number>('brief_write', { missionId, language, path, html }),
  briefExport: (missionId: number, language: Language | null, path: string): Promise<number> =>
    call<number>('brief_export', { missionId, language, path }),
  announcementBoard: (missionId: number): Promise<Board> =>
    call<Board>('announcement_board', { missionId }),
  announcementAdd: (input: AnnouncementInput): Promise<Board> =>
    call<Board>('announcement_add', { input }),
  audienceAdd: (missionId: number, name: string): Promise<Board> =>
    call<Board>('audience_add', { missionId, name }),
  audienceRename: (audienceId: number, name: string): Promise<Board> =>
    call<Board>('audience_rename', { audienceId, name }),
  audienceRemove: (audienceId: number): Promise<Board> =>
    call<Board>('audience_remove', { audienceId }),
  peopleList: (missionId: number, archived: boolean): Promise<Array<Person>> =>
    call<Array<Person>>('people_list', { missionId, archived }),
  personAdd: (missionId: number, input: PersonInput): Promise<Person> =>
    call<Person>('person_add', { missionId, input }),
  personUpdate: (id: number, input: PersonInput): Promise<Person> =>
    call<Person>('person_update', { id, input }),
  personArchive: (id: number, archived: boolean): Promise<Person> =>
    call<Person>('person_archive', { id, archived }),
  personErasePreview: (id: number): Promise<ErasePreview> =>
    call<ErasePreview>('person_erase_preview', { id }),
  personErase: (id: number): Promise<ErasePreview> =>
    call<ErasePreview>('person_erase', { id }),
  peopleImportPreview: (missionId: number, path: string): Promise<CsvPreview> =>
    call<CsvPreview>('people_import_preview', { missionId, path }),
  peopleImport: (missionId: number, path: string): Promise<CsvPreview> =>
    call<CsvPreview>('people_import', { missionId, path }),
  peopleExport: (missionId: number, path: string): Promise<void> =>
    call<void>('people_export', { missionId, path }),
  personCard: (id: number): Promise<PersonCard> =>
    call<PersonCard>('person_card', { id }),
  personAssess: (personId: number, input: AssessmentInput): Promise<Assessment> =>
    call<Assessment>('person_assess', { personId, input }),
  stakeholderMap: (missionId: number, on: string): Promise<StakeholderMap> =>
    call<StakeholderMap>('stakeholder_map', { missionId, on }),
  stakeholderCadence: (missionId: number, cadence: Cadence): Promise<Cadence> =>
    call<Cadence>('stakeholder_cadence', { missionId, cadence }),
  interactionAdd: (missionId: number, input: InteractionInput): Promise<Interaction> =>
    call<Interaction>('interaction_add', { missionId, input }),
  interactionList: (missionId: number): Promise<Array<Interaction>> =>
    call<Array<Interaction>>('interaction_list', { missionId }),
  interactionFollowUp: (interactionId: number, done: boolean): Promise<Interaction> =>
    call<Interaction>('interaction_follow_up', { interactionId, done }),
  followUpsDue: (missionId: number, on: string): Promise<Array<Interaction>> =>
    call<Array<Interaction>>('follow_ups_due', { missionId, on }),
  audienceMembers: (audienceId: number): Promise<Array<number>> =>
    call<Array<number>>('audience_members', { audienceId }),
  audienceMember: (audienceId: number, personId: number, member: boolean): Promise<void> =>
    call<void>('audience_member', { audienceId, personId, member }),
  personBrief: (input: BriefingInput): Promise<Briefing> =>
    call<Briefing>('person_brief', { input }),
  personTeamMember: (personId: number, member: boolean): Promise<void> =>
    call<void>('person_team_member', { personId, member }),
  wellbeingTeams: (missionId: number): Promise<Array<RegisterTeam>> =>
    call<Array<RegisterTeam>>('wellbeing_teams', { missionId }),
  wellbeingLeadTeam: (missionId: number, team: string, leads: boolean): Promise<Array<RegisterTeam>> =>
    call<Array<RegisterTeam>>('wellbeing_lead_team', { missionId, team, leads }),
  checkinAdd: (personId: number, input: CheckInInput): Promise<CheckIn> =>
    call<CheckIn>('checkin_add', { personId, input }),
  checkinList: (personId: number): Promise<Array<CheckIn>> =>
    call<Array<CheckIn>>('checkin_list', { personId }),
  checkinFollowUp: (checkinId: number, done: boolean): Promise<CheckIn> =>
    call<CheckIn>('checkin_follow_up', { checkinId, done }),
  wellbeingBoard: (missionId: number, on: string): Promise<TeamBoard> =>
    call<TeamBoard>('wellbeing_board', { missionId, on }),
  wellbeingAlerts: (missionId: number, on: string): Promise<Array<Alert>> =>
    call<Array<Alert>>('wellbeing_alerts', { missionId, on }),
  alertAcknowledge: (input: AcknowledgmentInput): Promise<Acknowledgment> =>
    call<Acknowledgment>('alert_acknowledge', { input }),
  alertAcknowledgments: (missionId: number): Promise<Array<Acknowledgment>> =>
    call<Array<Acknowledgment>>('alert_acknowledgments', { missionId }),
  wellbeingThresholds: (missionId: number): Promise<Thresholds> =>
    call<Thresholds>('wellbeing_thresholds', { missionId }),
  wellbeingSetThresholds: (missionId: number, thresholds: Thresholds): Promise<Thresholds> =>
    call<Thresholds>('wellbeing_set_thresholds', { missionId, thresholds }),
  wellbeingNoteCounts: (missionId: number): Promise<NoteCounts> =>
    call<NoteCounts>('wellbeing_note_counts', { missionId }),
  retentionProposal: (missionId: number, on: string): Promise<RetentionProposal> =>
    call<RetentionProposal>('retention_proposal', { missionId, on }),
  retentionApply: (missionId: number, on: string): Promise<RetentionDecision> =>
    call<RetentionDecision>('retention_apply', { missionId, on }),
  retentionDecisions: (missionId: number): Promise<Array<RetentionDecision>> =>
    call<Array<RetentionDecision>>('retention_decisions', { missionId }),
  retentionPeriod: (missionId: number): Promise<number> =>
    call<number>('retention_period', { missionId }),
  retentionSetPeriod: (missionId: number, months: number): Promise<number> =>
    call<number>('retention_set_period', { missionId, months }),
  signingState: (versionId: number): Promise<SigningState> =>
    call<SigningState>('signing_state', { versionId }),
  signingSign: (versionId: number, input: SignatureInput): Promise<SigningState> =>
    call<SigningState>('signing_sign', { versionId, input }),
  signingClear: (versionId: number, role: SignerRole): Promise<SigningState> =>
    call<SigningState>('signing_clear', { versionId, role }),
  signingAcceptReceived: (versionId: number): Promise<SigningState> =>
    call<SigningState>('signing_accept_received', { versionId }),
  identityGet: (): Promise<IdentityInfo | null> =>
    call<IdentityInfo | null>('identity_get'),
  identityCreate: (name: string): Promise<IdentityInfo> =>
    call<IdentityInfo>('identity_create', { name }),
  identityImport: (path: string, password: string): Promise<IdentityInfo> =>
    call<IdentityInfo>('identity_import', { path, password }),
  documentExport: (request: ExportRequest): Promise<ExportReport> =>
    call<ExportReport>('document_export', { request }),
  documentVerify: (path: string): Promise<VerifyReport> =>
    call<VerifyReport>('document_verify', { path }),
  trustList: (): Promise<Array<TrustedKey>> =>
    call<Array<TrustedKey>>('trust_list'),
  trustAdd: (fingerprint: string, name: string): Promise<Array<TrustedKey>> =>
    call<Array<TrustedKey>>('trust_add', { fingerprint, name }),
  trustRemove: (fingerprint: string): Promise<Array<TrustedKey>> =>
    call<Array<TrustedKey>>('trust_remove', { fingerprint }),
  backupList: (): Promise<Array<BackupInfo>> =>
    call<Array<BackupInfo>>('backup_list'),
  backupCreate: (): Promise<BackupInfo> =>
    call<BackupInfo>('backup_create'),
  backupRestore: (file: string): Promise<BackupInfo> =>
    call<BackupInfo>('backup_restore', { file }),
  backupCopy: (file: string, folder: string): Promise<BackupInfo> =>
    call<BackupInfo>('backup_copy', { file, folder }),
  backupHolding: (personId: number): Promise<Array<BackupInfo>> =>
    call<Array<BackupInfo>>('backup_holding', { personId }),
  backupPurgePerson: (personId: number): Promise<PurgeReport> =>
    call<PurgeReport>('backup_purge_person', { personId }),
  backupPending: (): Promise<PendingPurge> =>
    call<PendingPurge>('backup_pending'),
  backupPurgePending: (): Promise<PurgeReport> =>
    call<PurgeReport>('backup_purge_pending'),
  transferExport: (missionId: number, passphrase: string, path: string, options: ExportOptions): Promise<void> =>
    call<void>('transfer_export', { missionId, passphrase, path, options }),
  transferPreview: (path: string, passphrase: string): Promise<ImportPreview> =>
    call<ImportPreview>('transfer_preview', { path, passphrase }),
  transferImport: (path: string, passphrase: string, mode: ImportMode): Promise<number> =>
    call<number>('transfer_import', { path, passphrase, mode }),
  personCopy: (personId: number): Promise<PersonCopy> =>
    call<PersonCopy>('person_copy', { personId }),
  personCopyWrite: (personId: number, language: Language, pdf: string, json: string | null): Promise<void> =>
    call<void>('person_copy_write', { personId, language, pdf, json }),
  checkinCorrect: (checkinId: number, observation: string): Promise<CheckIn> =>
    call<CheckIn>('checkin_correct', { checkinId, observation }),
});
