// Every IPC command, declared once:
//
//     name[state the app manages](arguments from the window) -> what it returns = one call;
//
// The call goes into mandat-core (so all behaviour is tested there) and returns a
// `mandat_core::Result` of the type after `->`. From this list come the `#[tauri::command]`
// functions and their handler (commands/mod.rs), the names build.rs makes deny-by-default with
// an `allow-…` permission (which the capability must grant: a test checks), and the typed calls
// of ui/src/lib/commands.ts that backend.ts makes (a test fails when that file is stale).
commands! {
    // Start-up.
    app_ready[started: Started]() -> () = {
        started.report_interactive();
        Ok(())
    };
    // The language the system asks for (LANG, then LC_MESSAGES), before the settings can be read.
    system_language[]() -> Option<Language> = Ok(settings::system_language::from_env());

    // The passphrase: status, first set-up, unlock, recovery, lock, change.
    vault_status[vault: Arc<Vault>]() -> VaultStatus = vault.status();
    vault_create[vault: Arc<Vault>](passphrase: String) -> VaultStatus =
        vault.create(&Zeroizing::new(passphrase));
    vault_unlock[vault: Arc<Vault>](passphrase: String) -> VaultStatus =
        vault.unlock(&Zeroizing::new(passphrase));
    vault_recover[vault: Arc<Vault>](passphrase: String) -> VaultStatus =
        vault.recover(&Zeroizing::new(passphrase));
    vault_lock[vault: Arc<Vault>]() -> VaultStatus = vault.lock();
    vault_change[vault: Arc<Vault>](current: String, next: String) -> () =
        vault.change(&Zeroizing::new(current), &Zeroizing::new(next));

    // Missions and settings.
    mission_list[vault: Arc<Vault>]() -> Vec<MissionSummary> = mission::list(&*vault.store()?);
    mission_get[vault: Arc<Vault>](id: i64) -> Mission = mission::get(&*vault.store()?, id);
    mission_create[vault: Arc<Vault>](draft: MissionDraft) -> Mission =
        mission::create(&*vault.store()?, &draft);
    mission_update[vault: Arc<Vault>](id: i64, draft: MissionDraft) -> Mission =
        mission::update(&*vault.store()?, id, &draft);
    mission_set_status[vault: Arc<Vault>](id: i64, status: MissionStatus) -> Mission =
        mission::set_status(&*vault.store()?, id, status);
    settings_get[vault: Arc<Vault>]() -> Settings = settings::get(&*vault.store()?);
    settings_set[vault: Arc<Vault>](settings: Settings) -> Settings =
        settings::set(&*vault.store()?, &settings);

    // The charter and mandate: versions, clauses, review, decision, amendment, comparison.
    charter_get[vault: Arc<Vault>](mission_id: i64, number: Option<i64>) -> Option<Charter> =
        charter::get(&*vault.store()?, mission_id, number);
    charter_versions[vault: Arc<Vault>](mission_id: i64) -> Vec<Version> =
        charter::versions(&*vault.store()?, mission_id);
    charter_start[vault: Arc<Vault>](mission_id: i64) -> Charter =
        charter::start(&*vault.store()?, mission_id);
    charter_submit[vault: Arc<Vault>](version_id: i64) -> Charter =
        charter::submit(&*vault.store()?, version_id);
    charter_decide[vault: Arc<Vault>](version_id: i64, decision: DecisionInput) -> Charter =
        charter::decide(&*vault.store()?, version_id, &decision);
    charter_amend[vault: Arc<Vault>](mission_id: i64, reason: String) -> Charter =
        charter::amend(&*vault.store()?, mission_id, &reason);
    charter_compare[vault: Arc<Vault>](mission_id: i64, from: i64, to: i64) -> Comparison =
        charter::compare(&*vault.store()?, mission_id, from, to);
    clause_add[vault: Arc<Vault>](version_id: i64, input: ClauseInput) -> Charter =
        charter::add_clause(&*vault.store()?, version_id, &input);
    clause_update[vault: Arc<Vault>](version_id: i64, key: String, input: ClauseInput) -> Charter =
        charter::update_clause(&*vault.store()?, version_id, &key, &input);
    clause_remove[vault: Arc<Vault>](version_id: i64, key: String) -> Charter =
        charter::remove_clause(&*vault.store()?, version_id, &key);
    clause_move[vault: Arc<Vault>](version_id: i64, key: String, offset: i64) -> Charter =
        charter::move_clause(&*vault.store()?, version_id, &key, offset);
    clause_review[vault: Arc<Vault>](version_id: i64, key: String, review: Review) -> Charter =
        charter::review_clause(&*vault.store()?, version_id, &key, review);
    clause_comment[vault: Arc<Vault>](
        version_id: i64,
        key: String,
        author: Author,
        body: String,
    ) -> Charter = charter::comment(&*vault.store()?, version_id, &key, author, &body);

    // The brief: the announcement in the CEO's words, from the latest approved version.
    brief_page[vault: Arc<Vault>](mission_id: i64, language: Option<Language>) -> BriefPage =
        brief::page(&*vault.store()?, mission_id, language);
    brief_changes[vault: Arc<Vault>](mission_id: i64, language: Option<Language>) -> Option<WhatChanged> =
        brief::what_changed(&*vault.store()?, mission_id, language);
    brief_write[vault: Arc<Vault>](mission_id: i64, language: Option<Language>, path: PathBuf, html: bool) -> u64 =
        brief::write(&*vault.store()?, mission_id, language, &writing(&vault, &path, if html { Html } else { Text })?, html);
    brief_export[vault: Arc<Vault>](mission_id: i64, language: Option<Language>, path: PathBuf) -> u64 =
        brief::export(&*vault.store()?, mission_id, language, &writing(&vault, &path, Pdf)?);
    // Audiences and the announcements of the mandate.
    announcement_board[vault: Arc<Vault>](mission_id: i64) -> Board =
        announcement::board(&*vault.store()?, mission_id);
    announcement_add[vault: Arc<Vault>](input: AnnouncementInput) -> Board =
        announcement::announce(&*vault.store()?, &input);
    audience_add[vault: Arc<Vault>](mission_id: i64, name: String) -> Board =
        announcement::add_audience(&*vault.store()?, mission_id, &name);
    audience_rename[vault: Arc<Vault>](audience_id: i64, name: String) -> Board =
        announcement::rename_audience(&*vault.store()?, audience_id, &name);
    audience_remove[vault: Arc<Vault>](audience_id: i64) -> Board =
        announcement::remove_audience(&*vault.store()?, audience_id);

    // The register of people: list, add, edit, archive, and erase for real. The window finds a
    // person as you type in the list it holds (accent-insensitive), so it needs no search call.
    people_list[vault: Arc<Vault>](mission_id: i64, archived: bool) -> Vec<Person> =
        people::list(&*vault.store()?, mission_id, archived);
    person_add[vault: Arc<Vault>](mission_id: i64, input: PersonInput) -> Person =
        people::add(&*vault.store()?, mission_id, &input);
    person_update[vault: Arc<Vault>](id: i64, input: PersonInput) -> Person =
        people::update(&*vault.store()?, id, &input);
    person_archive[vault: Arc<Vault>](id: i64, archived: bool) -> Person =
        people::set_archived(&*vault.store()?, id, archived);
    person_erase_preview[vault: Arc<Vault>](id: i64) -> ErasePreview =
        people::erase_preview(&*vault.store()?, id);
    person_erase[vault: Arc<Vault>](id: i64) -> ErasePreview = people::erase(&*vault.store()?, id);
    people_import_preview[vault: Arc<Vault>](mission_id: i64, path: PathBuf) -> CsvPreview =
        spreadsheet::preview(&*vault.store()?, mission_id, &spreadsheet::read_file(&reading(&vault, &path, Csv)?)?);
    people_import[vault: Arc<Vault>](mission_id: i64, path: PathBuf) -> CsvPreview =
        spreadsheet::import(&*vault.store()?, mission_id, &spreadsheet::read_file(&reading(&vault, &path, Csv)?)?);
    people_export[vault: Arc<Vault>](mission_id: i64, path: PathBuf) -> () =
        spreadsheet::export_file(&*vault.store()?, mission_id, &writing(&vault, &path, Csv)?);

    // The stakeholder map: dated assessments, the grid as of a day, contacts and follow-ups.
    person_card[vault: Arc<Vault>](id: i64) -> PersonCard = stakeholder::card(&*vault.store()?, id);
    person_assess[vault: Arc<Vault>](person_id: i64, input: AssessmentInput) -> Assessment =
        stakeholder::assess(&*vault.store()?, person_id, &input);
    stakeholder_map[vault: Arc<Vault>](mission_id: i64, on: String) -> StakeholderMap =
        stakeholder::map::map(&*vault.store()?, mission_id, &on);
    stakeholder_cadence[vault: Arc<Vault>](mission_id: i64, cadence: Cadence) -> Cadence =
        stakeholder::map::set_cadence(&*vault.store()?, mission_id, &cadence);
    interaction_add[vault: Arc<Vault>](mission_id: i64, input: InteractionInput) -> Interaction =
        stakeholder::interaction::add(&*vault.store()?, mission_id, &input);
    interaction_list[vault: Arc<Vault>](mission_id: i64) -> Vec<Interaction> =
        stakeholder::interaction::list(&*vault.store()?, mission_id, None);
    interaction_follow_up[vault: Arc<Vault>](interaction_id: i64, done: bool) -> Interaction =
        stakeholder::interaction::set_follow_up_done(&*vault.store()?, interaction_id, done);
    follow_ups_due[vault: Arc<Vault>](mission_id: i64, on: String) -> Vec<Interaction> =
        stakeholder::interaction::follow_ups_due(&*vault.store()?, mission_id, &on);

    // Who has been told, per person: audience members and one-to-one briefings.
    audience_members[vault: Arc<Vault>](audience_id: i64) -> Vec<i64> =
        announcement::members(&*vault.store()?, audience_id);
    audience_member[vault: Arc<Vault>](audience_id: i64, person_id: i64, member: bool) -> () =
        announcement::set_member(&*vault.store()?, audience_id, person_id, member);
    person_brief[vault: Arc<Vault>](input: BriefingInput) -> Briefing =
        announcement::brief(&*vault.store()?, &input);

    // Team wellbeing notes: who is in her team, check-ins, the board, alerts and thresholds.
    person_team_member[vault: Arc<Vault>](person_id: i64, member: bool) -> () =
        wellbeing::set_team_member(&*vault.store()?, person_id, member);
    wellbeing_teams[vault: Arc<Vault>](mission_id: i64) -> Vec<RegisterTeam> =
        wellbeing::teams(&*vault.store()?, mission_id);
    wellbeing_lead_team[vault: Arc<Vault>](mission_id: i64, team: String, leads: bool) -> Vec<RegisterTeam> =
        wellbeing::lead_team(&*vault.store()?, mission_id, &team, leads);
    checkin_add[vault: Arc<Vault>](person_id: i64, input: CheckInInput) -> CheckIn =
        wellbeing::add_checkin(&*vault.store()?, person_id, &input);
    checkin_list[vault: Arc<Vault>](person_id: i64) -> Vec<CheckIn> =
        wellbeing::list_checkins(&*vault.store()?, person_id);
    checkin_follow_up[vault: Arc<Vault>](checkin_id: i64, done: bool) -> CheckIn =
        wellbeing::set_follow_up_done(&*vault.store()?, checkin_id, done);
    wellbeing_board[vault: Arc<Vault>](mission_id: i64, on: String) -> TeamBoard =
        wellbeing::board(&*vault.store()?, mission_id, &on);
    wellbeing_alerts[vault: Arc<Vault>](mission_id: i64, on: String) -> Vec<Alert> =
        wellbeing::alerts(&*vault.store()?, mission_id, &on);
    alert_acknowledge[vault: Arc<Vault>](input: AcknowledgmentInput) -> Acknowledgment =
        wellbeing::acknowledge(&*vault.store()?, &input);
    alert_acknowledgments[vault: Arc<Vault>](mission_id: i64) -> Vec<Acknowledgment> =
        wellbeing::acknowledgments(&*vault.store()?, mission_id);
    wellbeing_thresholds[vault: Arc<Vault>](mission_id: i64) -> Thresholds =
        wellbeing::thresholds(&*vault.store()?, mission_id);
    wellbeing_set_thresholds[vault: Arc<Vault>](mission_id: i64, thresholds: Thresholds) -> Thresholds =
        wellbeing::set_thresholds(&*vault.store()?, mission_id, &thresholds);
    wellbeing_note_counts[vault: Arc<Vault>](mission_id: i64) -> NoteCounts =
        wellbeing::note_counts(&*vault.store()?, mission_id);
    retention_proposal[vault: Arc<Vault>](mission_id: i64, on: String) -> wellbeing::retention::RetentionProposal =
        wellbeing::retention::proposal(&*vault.store()?, mission_id, &on);
    retention_apply[vault: Arc<Vault>](mission_id: i64, on: String) -> wellbeing::retention::RetentionDecision =
        wellbeing::retention::apply(&*vault.store()?, mission_id, &on);
    retention_decisions[vault: Arc<Vault>](mission_id: i64) -> Vec<wellbeing::retention::RetentionDecision> =
        wellbeing::retention::decisions(&*vault.store()?, mission_id);
    retention_period[vault: Arc<Vault>](mission_id: i64) -> u32 =
        wellbeing::retention::period(&*vault.store()?, mission_id);
    retention_set_period[vault: Arc<Vault>](mission_id: i64, months: i64) -> u32 =
        wellbeing::retention::set_period(&*vault.store()?, mission_id, months);

    // Signing a version in person, and the key that seals its PDF.
    signing_state[vault: Arc<Vault>](version_id: i64) -> SigningState =
        signing::state(&*vault.store()?, version_id);
    signing_sign[vault: Arc<Vault>](version_id: i64, input: SignatureInput) -> SigningState =
        signing::sign(&*vault.store()?, version_id, &input);
    signing_clear[vault: Arc<Vault>](version_id: i64, role: SignerRole) -> SigningState =
        signing::clear(&*vault.store()?, version_id, role);
    signing_accept_received[vault: Arc<Vault>](version_id: i64) -> SigningState =
        signing::accept_received(&*vault.store()?, version_id);
    identity_get[vault: Arc<Vault>]() -> Option<IdentityInfo> =
        signing::identity(&*vault.store()?);
    identity_create[vault: Arc<Vault>](name: String) -> IdentityInfo =
        signing::create_identity(&*vault.store()?, &name);
    identity_import[vault: Arc<Vault>](path: PathBuf, password: String) -> IdentityInfo =
        signing::import_identity_file(&*vault.store()?, &reading(&vault, &path, KeyFile)?, &Zeroizing::new(password));

    // The charter as a PDF: export (signed or draft) and verification (which needs no data).
    document_export[vault: Arc<Vault>](request: ExportRequest) -> ExportReport =
        document::export(&*vault.store()?, &chosen_file::export_request(vault.data_dir(), request)?);
    // Judged against this laptop's own key and the ones she trusts.
    document_verify[vault: Arc<Vault>](path: PathBuf) -> VerifyReport =
        document::verify_file_with(&*vault.store()?, &reading(&vault, &path, Pdf)?);
    trust_list[vault: Arc<Vault>]() -> Vec<mandat_core::trust::TrustedKey> =
        mandat_core::trust::list(&*vault.store()?);
    trust_add[vault: Arc<Vault>](fingerprint: String, name: String) -> Vec<mandat_core::trust::TrustedKey> =
        mandat_core::trust::add(&*vault.store()?, &fingerprint, &name);
    trust_remove[vault: Arc<Vault>](fingerprint: String) -> Vec<mandat_core::trust::TrustedKey> =
        mandat_core::trust::remove(&*vault.store()?, &fingerprint);

    // Backups: the list, one now, and restoring one into the open database.
    backup_list[vault: Arc<Vault>]() -> Vec<BackupInfo> = backup::all(&*vault.store()?);
    backup_create[vault: Arc<Vault>]() -> BackupInfo =
        backup::create(&*vault.store()?, BackupReason::Manual);
    backup_restore[vault: Arc<Vault>](file: String) -> BackupInfo =
        backup::restore_listed(&*vault.store()?, &file);
    backup_copy[vault: Arc<Vault>](file: String, folder: PathBuf) -> BackupInfo =
        backup::copy_to(&*vault.store()?, &file, &folder);
    // An erased person purged from the backups: which hold them, then each rewritten without them.
    backup_holding[vault: Arc<Vault>](person_id: i64) -> Vec<BackupInfo> =
        backup::holding(&*vault.store()?, person_id);
    backup_purge_person[vault: Arc<Vault>](person_id: i64) -> backup::PurgeReport =
        backup::purge_person(&*vault.store()?, person_id);
    // A purge cut short (or declined) is finished from the Backups page.
    backup_pending[vault: Arc<Vault>]() -> backup::PendingPurge = backup::pending(&*vault.store()?);
    backup_purge_pending[vault: Arc<Vault>]() -> backup::PurgeReport =
        backup::purge_pending(&*vault.store()?);

    // Moving a mission to another laptop: a passphrase-protected `.mandat` file.
    transfer_export[vault: Arc<Vault>](
        mission_id: i64,
        passphrase: String,
        path: PathBuf,
        options: ExportOptions,
    ) -> () = transfer::export_file_with(
        &*vault.store()?,
        mission_id,
        &Zeroizing::new(passphrase),
        &writing(&vault, &path, Mandat)?,
        &options,
    );
    transfer_preview[vault: Arc<Vault>](path: PathBuf, passphrase: String) -> ImportPreview =
        transfer::preview(
            &*vault.store()?,
            &transfer::read(&reading(&vault, &path, Mandat)?)?,
            &Zeroizing::new(passphrase),
        );
    transfer_import[vault: Arc<Vault>](path: PathBuf, passphrase: String, mode: ImportMode) -> i64 =
        transfer::import_from(
            &*vault.store()?,
            &transfer::read(&reading(&vault, &path, Mandat)?)?,
            &Zeroizing::new(passphrase),
            mode,
            &transfer::name_of(&path),
        );

    // The person's copy (GDPR art. 15).
    person_copy[vault: Arc<Vault>](person_id: i64) -> PersonCopy =
        person_copy::gather(&*vault.store()?, person_id);
    person_copy_write[vault: Arc<Vault>](
        person_id: i64,
        language: Language,
        pdf: PathBuf,
        json: Option<PathBuf>,
    ) -> () = person_copy::write(
        &*vault.store()?,
        person_id,
        language,
        &writing(&vault, &pdf, Pdf)?,
        json.map(|j| writing(&vault, &j, Json)).transpose()?.as_deref(),
    );
    checkin_correct[vault: Arc<Vault>](checkin_id: i64, observation: String) -> CheckIn =
        wellbeing::update_observation(&*vault.store()?, checkin_id, &observation);
}
