//! The register from and to a spreadsheet: the org chart a client hands over as CSV, read
//! with its columns mapped by header (French or English), every bad row reported with its
//! line, column and reason before anything is written; and the register written back out
//! with the latest assessments. UTF-8 (with or without BOM) or Windows-1252, the encoding
//! French spreadsheets write; comma, semicolon or tab separated. Wellbeing notes never appear
//! in either direction. The export is in `register_export.rs`.

use crate::error::{Error, Invalid, Result};
use crate::mission::sql as missions;

pub use super::csv_files::{export_file, read_file};
pub use super::register_export::export;
use crate::people::input::MAX_NAME;
use crate::people::sql as rows;
use crate::people::{Group, PersonInput};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

/// The largest file read: a register of tens of thousands of people fits many times over.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;
pub const MAX_ROWS: usize = 20_000;

/// The fields a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Column {
    Name,
    FirstName,
    LastName,
    JobTitle,
    Organisation,
    Group,
    Team,
    ReportsTo,
    Email,
    Phone,
    Notes,
}

/// Header words (lower case, accents removed) → field.
const HEADERS: &[(&str, Column)] = &[
    ("name", Column::Name),
    ("full name", Column::Name),
    ("nom complet", Column::Name),
    ("nom et prenom", Column::Name),
    ("prenom nom", Column::Name),
    ("first name", Column::FirstName),
    ("prenom", Column::FirstName),
    ("last name", Column::LastName),
    ("surname", Column::LastName),
    ("nom", Column::LastName),
    ("title", Column::JobTitle),
    ("job title", Column::JobTitle),
    ("poste", Column::JobTitle),
    ("fonction", Column::JobTitle),
    ("intitule du poste", Column::JobTitle),
    ("organisation", Column::Organisation),
    ("organization", Column::Organisation),
    ("company", Column::Organisation),
    ("societe", Column::Organisation),
    ("entreprise", Column::Organisation),
    ("group", Column::Group),
    ("groupe", Column::Group),
    ("team", Column::Team),
    ("equipe", Column::Team),
    ("service", Column::Team),
    ("department", Column::Team),
    ("reports to", Column::ReportsTo),
    ("manager", Column::ReportsTo),
    ("responsable", Column::ReportsTo),
    ("rattache a", Column::ReportsTo),
    ("n+1", Column::ReportsTo),
    ("email", Column::Email),
    ("e-mail", Column::Email),
    ("mail", Column::Email),
    ("courriel", Column::Email),
    ("phone", Column::Phone),
    ("telephone", Column::Phone),
    ("tel", Column::Phone),
    ("notes", Column::Notes),
    ("note", Column::Notes),
    ("commentaire", Column::Notes),
    ("comments", Column::Notes),
];

/// Group words (lower case, accents removed) → group.
const GROUPS: &[(&str, Group)] = &[
    ("infrastructure", Group::Infrastructure),
    ("infra", Group::Infrastructure),
    ("production", Group::Infrastructure),
    ("applications", Group::Applications),
    ("application", Group::Applications),
    ("etudes", Group::Applications),
    ("business", Group::Business),
    ("metier", Group::Business),
    ("metiers", Group::Business),
    ("management", Group::Management),
    ("direction", Group::Management),
    ("vendor", Group::Vendor),
    ("fournisseur", Group::Vendor),
    ("prestataire", Group::Vendor),
    ("staff representatives", Group::StaffRepresentatives),
    ("staff_representatives", Group::StaffRepresentatives),
    ("representants du personnel", Group::StaffRepresentatives),
    ("irp", Group::StaffRepresentatives),
    ("cse", Group::StaffRepresentatives),
    ("other", Group::Other),
    ("autre", Group::Other),
];

/// Why a row cannot be imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RowProblem {
    /// No name.
    Required,
    TooLong,
    /// An e-mail that does not look like one.
    Malformed,
    UnknownGroup,
    /// Reports to a name found neither in the file nor in the register.
    UnknownManager,
    /// More cells than the header has columns.
    Shape,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    /// The line in the file (the header is line 1).
    pub line: u32,
    /// The header of the column at fault (empty for the whole row).
    pub column: String,
    pub problem: RowProblem,
    /// The value refused.
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportRow {
    pub line: u32,
    pub person: PersonInput,
    /// The manager's name as written, resolved on import.
    pub reports_to_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Duplicate {
    pub line: u32,
    pub name: String,
    /// Already in the register (else: twice in the file).
    pub in_register: bool,
}

/// What a file holds, before anything is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CsvPreview {
    /// `utf-8` or `windows-1252`.
    pub encoding: String,
    pub separator: String,
    /// Each header and the field it fills (`None`: ignored).
    pub columns: Vec<(String, Option<Column>)>,
    /// The rows that will be added.
    pub rows: Vec<ImportRow>,
    pub errors: Vec<RowError>,
    /// Skipped: a person of that name is already there.
    pub duplicates: Vec<Duplicate>,
}

fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'À' | 'Â' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
            'î' | 'ï' | 'Î' => 'i',
            'ô' | 'ö' | 'Ô' => 'o',
            'ù' | 'û' | 'ü' | 'Û' => 'u',
            'ç' | 'Ç' => 'c',
            '’' => '\'',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn decode(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "utf-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "windows-1252")
        }
    }
}

/// The separator that splits the header line into the most fields.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|s| header.bytes().filter(|b| b == s).count())
        .unwrap_or(b',')
}

/// Reads a CSV file's bytes against the mission's register; writes nothing.
pub fn preview(store: &Store, mission_id: i64, bytes: &[u8]) -> Result<CsvPreview> {
    if bytes.len() > MAX_BYTES {
        return Err(Error::invalid("file", Invalid::TooLong { max: MAX_BYTES }));
    }
    let existing: Vec<String> = store.read(|r| {
        missions::get(r, mission_id)?;
        Ok(rows::list(r, mission_id, true)?
            .into_iter()
            .map(|p| fold(&p.name))
            .collect())
    })?;
    parse(bytes, &existing)
}

fn parse(bytes: &[u8], existing: &[String]) -> Result<CsvPreview> {
    let (text, encoding) = decode(bytes);
    let sep = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| Error::invalid("file", Invalid::Malformed))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let columns: Vec<(String, Option<Column>)> = headers
        .iter()
        .map(|h| {
            let key = fold(h);
            (
                h.clone(),
                HEADERS.iter().find(|(w, _)| *w == key).map(|(_, c)| *c),
            )
        })
        .collect();
    let has = |c: Column| columns.iter().any(|(_, m)| *m == Some(c));
    if !has(Column::Name) && !has(Column::LastName) {
        return Err(Error::invalid("name", Invalid::Required));
    }
    let mut preview = CsvPreview {
        encoding: encoding.into(),
        separator: (sep as char).to_string(),
        columns: columns.clone(),
        rows: Vec::new(),
        errors: Vec::new(),
        duplicates: Vec::new(),
    };
    let mut seen: HashMap<String, u32> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        if index >= MAX_ROWS {
            return Err(Error::invalid("file", Invalid::TooLong { max: MAX_ROWS }));
        }
        let line = u32::try_from(index + 2).unwrap_or(u32::MAX);
        let Ok(record) = record else {
            preview
                .errors
                .push(row_error(line, "", RowProblem::Shape, ""));
            continue;
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > headers.len() {
            preview
                .errors
                .push(row_error(line, "", RowProblem::Shape, ""));
            continue;
        }
        match read_row(line, &columns, &record) {
            Ok(row) => {
                let key = fold(&row.person.name);
                if existing.contains(&key) || seen.contains_key(&key) {
                    preview.duplicates.push(Duplicate {
                        line,
                        name: row.person.name.clone(),
                        in_register: existing.contains(&key),
                    });
                } else {
                    seen.insert(key, line);
                    preview.rows.push(row);
                }
            }
            Err(e) => preview.errors.push(e),
        }
    }
    // A manager must be someone of the file or of the register.
    let (kept, unknown): (Vec<ImportRow>, Vec<ImportRow>) =
        preview.rows.into_iter().partition(|row| {
            let boss = fold(&row.reports_to_name);
            boss.is_empty() || seen.contains_key(&boss) || existing.contains(&boss)
        });
    let header = columns
        .iter()
        .find(|(_, c)| *c == Some(Column::ReportsTo))
        .map(|(h, _)| h.clone())
        .unwrap_or_default();
    for row in unknown {
        preview.errors.push(row_error(
            row.line,
            &header,
            RowProblem::UnknownManager,
            &row.reports_to_name,
        ));
    }
    preview.rows = kept;
    preview.errors.sort_by_key(|e| e.line);
    Ok(preview)
}

fn row_error(line: u32, column: &str, problem: RowProblem, value: &str) -> RowError {
    RowError {
        line,
        column: column.to_owned(),
        problem,
        value: value.to_owned(),
    }
}

fn read_row(
    line: u32,
    columns: &[(String, Option<Column>)],
    record: &csv::StringRecord,
) -> std::result::Result<ImportRow, RowError> {
    let mut person = PersonInput::default();
    let (mut first, mut last, mut boss) = (String::new(), String::new(), String::new());
    for ((header, column), cell) in columns.iter().zip(record.iter()) {
        // A cell our export kept from being read as a formula ("'=…") is read as typed.
        let cell = super::register_export::uncell(cell.trim()).to_owned();
        match column {
            Some(Column::Name) => person.name = cell,
            Some(Column::FirstName) => first = cell,
            Some(Column::LastName) => last = cell,
            Some(Column::JobTitle) => person.job_title = cell,
            Some(Column::Organisation) => person.organisation = cell,
            Some(Column::Team) => person.team = cell,
            Some(Column::ReportsTo) => boss = cell,
            Some(Column::Email) => person.email = cell,
            Some(Column::Phone) => person.phone = cell,
            Some(Column::Notes) => person.notes = cell,
            Some(Column::Group) if cell.is_empty() => {}
            Some(Column::Group) => {
                let key = fold(&cell);
                person.group = GROUPS
                    .iter()
                    .find(|(w, _)| *w == key)
                    .map(|(_, g)| *g)
                    .ok_or_else(|| row_error(line, header, RowProblem::UnknownGroup, &cell))?;
            }
            None => {}
        }
    }
    if person.name.is_empty() {
        person.name = [first, last]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
    if let Err(Error::Invalid { field, reason }) = person.validate() {
        let header = columns
            .iter()
            .find(|(_, c)| c.is_some_and(|c| field_of(c) == field))
            .map(|(h, _)| h.as_str())
            .unwrap_or(field);
        let problem = match reason {
            Invalid::Required => RowProblem::Required,
            Invalid::TooLong { .. } => RowProblem::TooLong,
            _ => RowProblem::Malformed,
        };
        let value = match field {
            "email" => person.email.clone(),
            "name" => person.name.chars().take(MAX_NAME).collect(),
            _ => String::new(),
        };
        return Err(row_error(line, header, problem, &value));
    }
    Ok(ImportRow {
        line,
        person,
        reports_to_name: boss,
    })
}

fn field_of(column: Column) -> &'static str {
    match column {
        Column::Name | Column::FirstName | Column::LastName => "name",
        Column::JobTitle => "jobTitle",
        Column::Organisation => "organisation",
        Column::Group => "group",
        Column::Team => "team",
        Column::ReportsTo => "reportsTo",
        Column::Email => "email",
        Column::Phone => "phone",
        Column::Notes => "notes",
    }
}

/// Adds the rows of a preview (errors and duplicates stay out), then links each to their
/// manager by name; one transaction. Returns the number of people added.
pub fn import(store: &Store, mission_id: i64, bytes: &[u8]) -> Result<CsvPreview> {
    let preview = preview(store, mission_id, bytes)?;
    store.write(|w| {
        let mut ids: HashMap<String, i64> = rows::list(&w.as_read(), mission_id, true)?
            .into_iter()
            .map(|p| (fold(&p.name), p.id))
            .collect();
        for row in &preview.rows {
            let id = crate::people::add_in(w, mission_id, &row.person)?;
            ids.insert(fold(&row.person.name), id);
        }
        for row in preview
            .rows
            .iter()
            .filter(|r| !r.reports_to_name.is_empty())
        {
            let (Some(id), Some(boss)) = (
                ids.get(&fold(&row.person.name)),
                ids.get(&fold(&row.reports_to_name)),
            ) else {
                continue;
            };
            if id != boss && !rows::reports_to_chain_contains(&w.as_read(), *boss, *id)? {
                rows::set_reports_to(w, *id, *boss)?;
            }
        }
        Ok(())
    })?;
    Ok(preview)
}

#[cfg(test)]
#[path = "spreadsheet_tests.rs"]
mod tests;
