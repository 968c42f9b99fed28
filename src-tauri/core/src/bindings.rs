//! The TypeScript side of every type that crosses the IPC boundary, generated with ts-rs and
//! committed under `ui/src/lib/bindings/`, so the UI is typed end to end without a hand-kept copy.
//! The test below fails when a committed file is stale or stray; `make bindings` rewrites them
//! (`UPDATE_BINDINGS=1 cargo test -p mandat-core bindings`).

use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings")
}

fn render<T: TS + 'static>(cfg: &Config) -> (String, String) {
    let name = T::output_path()
        .expect("exportable type")
        .display()
        .to_string();
    let text = T::export_to_string(cfg).expect("renders");
    (name, text)
}

fn all() -> Vec<(String, String)> {
    use crate::signing as s;
    use crate::wellbeing as w;
    use crate::{
        announcement as a, brief as b, charter as c, document as d, error, mandate, mission,
        settings,
    };
    // i64 ids are far below 2^53: plain numbers on the TypeScript side.
    let cfg = Config::new().with_large_int("number");
    vec![
        render::<error::ApiError>(&cfg),
        render::<error::ErrorCode>(&cfg),
        render::<mission::Language>(&cfg),
        render::<mission::Mission>(&cfg),
        render::<mission::MissionDraft>(&cfg),
        render::<mission::MissionStatus>(&cfg),
        render::<mission::MissionSummary>(&cfg),
        render::<settings::Settings>(&cfg),
        render::<mandate::AuthorityKind>(&cfg),
        render::<mandate::Decision>(&cfg),
        render::<c::Author>(&cfg),
        render::<c::Change>(&cfg),
        render::<c::Charter>(&cfg),
        render::<c::Clause>(&cfg),
        render::<c::ClauseDiff>(&cfg),
        render::<c::ClauseInput>(&cfg),
        render::<c::Comment>(&cfg),
        render::<c::Comparison>(&cfg),
        render::<c::DecisionInput>(&cfg),
        render::<c::Review>(&cfg),
        render::<c::ReviewSummary>(&cfg),
        render::<c::Section>(&cfg),
        render::<c::Verdict>(&cfg),
        render::<c::Version>(&cfg),
        render::<c::VersionStatus>(&cfg),
        render::<a::Announcement>(&cfg),
        render::<b::Part>(&cfg),
        render::<b::BriefSection>(&cfg),
        render::<b::Question>(&cfg),
        render::<b::Brief>(&cfg),
        render::<b::BriefPage>(&cfg),
        render::<b::WhatChanged>(&cfg),
        render::<a::AnnouncementInput>(&cfg),
        render::<a::Audience>(&cfg),
        render::<a::AudienceStatus>(&cfg),
        render::<a::Board>(&cfg),
        render::<a::Channel>(&cfg),
        render::<crate::backup::BackupInfo>(&cfg),
        render::<crate::backup::BackupReason>(&cfg),
        render::<crate::backup::BackupSummary>(&cfg),
        render::<crate::backup::Kept>(&cfg),
        render::<crate::backup::PendingPurge>(&cfg),
        render::<crate::backup::PurgeReport>(&cfg),
        render::<crate::transfer::ImportMode>(&cfg),
        render::<crate::transfer::ImportPreview>(&cfg),
        render::<crate::vault::VaultState>(&cfg),
        render::<crate::vault::VaultStatus>(&cfg),
        render::<s::IdentityInfo>(&cfg),
        render::<s::IdentitySource>(&cfg),
        render::<s::Signature>(&cfg),
        render::<s::SignatureInput>(&cfg),
        render::<s::SignerRole>(&cfg),
        render::<s::SigningState>(&cfg),
        render::<d::DocumentKind>(&cfg),
        render::<d::ExportReport>(&cfg),
        render::<d::ExportRequest>(&cfg),
        render::<d::Outcome>(&cfg),
        render::<d::SignerLine>(&cfg),
        render::<d::VerifyReport>(&cfg),
        render::<d::Reason>(&cfg),
        render::<d::SealProblem>(&cfg),
        render::<crate::trust::Sealer>(&cfg),
        render::<crate::trust::TrustedKey>(&cfg),
        render::<crate::people::Group>(&cfg),
        render::<crate::people::Person>(&cfg),
        render::<crate::people::PersonInput>(&cfg),
        render::<crate::people::ErasePreview>(&cfg),
        render::<crate::people::ErasedRows>(&cfg),
        render::<crate::stakeholder::Assessment>(&cfg),
        render::<crate::stakeholder::AssessmentInput>(&cfg),
        render::<crate::stakeholder::Engagement>(&cfg),
        render::<crate::stakeholder::Interaction>(&cfg),
        render::<crate::stakeholder::InteractionChannel>(&cfg),
        render::<crate::stakeholder::InteractionInput>(&cfg),
        render::<crate::stakeholder::Cadence>(&cfg),
        render::<crate::stakeholder::Quadrant>(&cfg),
        render::<crate::stakeholder::Stakeholder>(&cfg),
        render::<crate::stakeholder::StakeholderMap>(&cfg),
        render::<crate::stakeholder::PersonCard>(&cfg),
        render::<crate::stakeholder::spreadsheet::Column>(&cfg),
        render::<crate::stakeholder::spreadsheet::CsvPreview>(&cfg),
        render::<crate::stakeholder::spreadsheet::Duplicate>(&cfg),
        render::<crate::stakeholder::spreadsheet::ImportRow>(&cfg),
        render::<crate::stakeholder::spreadsheet::RowError>(&cfg),
        render::<crate::stakeholder::spreadsheet::RowProblem>(&cfg),
        render::<a::Briefing>(&cfg),
        render::<a::BriefingInput>(&cfg),
        render::<a::Membership>(&cfg),
        render::<a::PersonTold>(&cfg),
        render::<crate::transfer::ExportOptions>(&cfg),
        render::<w::Action>(&cfg),
        render::<w::AcknowledgmentInput>(&cfg),
        render::<w::Acknowledgment>(&cfg),
        render::<w::Alert>(&cfg),
        render::<w::AlertFacts>(&cfg),
        render::<w::AlertKind>(&cfg),
        render::<w::BoardRow>(&cfg),
        render::<w::CheckIn>(&cfg),
        render::<w::CheckInInput>(&cfg),
        render::<w::Dimension>(&cfg),
        render::<w::Level>(&cfg),
        render::<w::NoteCounts>(&cfg),
        render::<w::Signal>(&cfg),
        render::<w::RegisterTeam>(&cfg),
        render::<w::TeamBoard>(&cfg),
        render::<w::Thresholds>(&cfg),
        render::<w::WeekPoint>(&cfg),
        render::<w::Glance>(&cfg),
        render::<w::retention::RetentionDecision>(&cfg),
        render::<w::retention::RetentionProposal>(&cfg),
        render::<crate::person_copy::PersonCopy>(&cfg),
        render::<crate::person_copy::PersonCopyMission>(&cfg),
    ]
}

#[test]
fn bindings_are_current() {
    let dir = dir();
    let expected = all();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        if dir.exists() {
            std::fs::remove_dir_all(&dir).unwrap();
        }
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &expected {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    for (name, text) in &expected {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert_eq!(
            &committed, text,
            "ui/src/lib/bindings/{name} is stale: run `make bindings`"
        );
    }
    let mut present: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    present.sort();
    let mut names: Vec<String> = expected.into_iter().map(|(n, _)| n).collect();
    names.sort();
    assert_eq!(
        present, names,
        "stray files in ui/src/lib/bindings: run `make bindings`"
    );
}
