use super::*;
use std::os::unix::fs::symlink;

/// A data folder holding a database, and a documents folder beside it.
fn folders() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let docs = root.path().join("docs");
    std::fs::create_dir_all(data.join("backups")).unwrap();
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(data.join("mandat.sqlite3"), b"encrypted pages").unwrap();
    (root, data, docs)
}

fn refusal(result: Result<PathBuf>) -> PathRefusal {
    match result {
        Err(Error::RefusedPath { reason, .. }) => reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_new_file_of_the_right_kind_outside_the_data_folder_is_allowed() {
    let (_root, data, docs) = folders();
    let pdf = docs.join("Charter v2.PDF");
    let allowed = for_writing(&data, &pdf, FileKind::Pdf).unwrap();
    assert_eq!(allowed.file_name(), pdf.file_name());
    std::fs::write(docs.join("old.pdf"), b"%PDF-1.7\n...").unwrap();
    for_writing(&data, &docs.join("old.pdf"), FileKind::Pdf).unwrap();
}

#[test]
fn nothing_is_written_into_the_data_folder_even_through_dots_or_a_link() {
    let (_root, data, docs) = folders();
    // The database itself, under a PDF's name or its own.
    assert_eq!(
        refusal(for_writing(&data, &data.join("mandat.pdf"), FileKind::Pdf)),
        PathRefusal::InsideDataFolder
    );
    assert_eq!(
        refusal(for_writing(
            &data,
            &data.join("backups/x.sqlite3"),
            FileKind::Backup
        )),
        PathRefusal::InsideDataFolder
    );
    // `..` is refused outright: no path from a dialog has one.
    let dotted = docs.join("../data/mandat.pdf");
    assert_eq!(
        refusal(for_writing(&data, &dotted, FileKind::Pdf)),
        PathRefusal::NotAbsolute
    );
    // A folder link into the data folder.
    symlink(&data, docs.join("shortcut")).unwrap();
    assert_eq!(
        refusal(for_writing(
            &data,
            &docs.join("shortcut/charter.pdf"),
            FileKind::Pdf
        )),
        PathRefusal::InsideDataFolder
    );
    // A file link, named like a PDF, pointing at the database.
    symlink(data.join("mandat.sqlite3"), docs.join("trap.pdf")).unwrap();
    assert_eq!(
        refusal(for_writing(&data, &docs.join("trap.pdf"), FileKind::Pdf)),
        PathRefusal::InsideDataFolder
    );
    assert_eq!(
        refusal(for_reading(&data, &docs.join("trap.pdf"), FileKind::Pdf)),
        PathRefusal::InsideDataFolder
    );
}

#[test]
fn a_file_of_another_kind_is_never_replaced() {
    let (_root, data, docs) = folders();
    let thesis = docs.join("thesis.pdf");
    std::fs::write(&thesis, b"PK\x03\x04 a word document renamed").unwrap();
    assert_eq!(
        refusal(for_writing(&data, &thesis, FileKind::Pdf)),
        PathRefusal::WouldReplace
    );
    let mission = docs.join("mission.mandat");
    std::fs::write(&mission, b"%PDF-1.7").unwrap();
    assert_eq!(
        refusal(for_writing(&data, &mission, FileKind::Mandat)),
        PathRefusal::WouldReplace
    );
    std::fs::write(&mission, b"MANDAT-EXPORT/1\n{}").unwrap();
    for_writing(&data, &mission, FileKind::Mandat).unwrap();
    // The brief as a web page or as text: over a page or a text, not over a PDF or a mission.
    let page = docs.join("brief.html");
    std::fs::write(&page, b"%PDF-1.7").unwrap();
    assert_eq!(
        refusal(for_writing(&data, &page, FileKind::Html)),
        PathRefusal::WouldReplace
    );
    std::fs::write(&page, b"  <!DOCTYPE html>\n<html lang=\"fr\">").unwrap();
    for_writing(&data, &page, FileKind::Html).unwrap();
    let text = docs.join("brief.txt");
    std::fs::write(&text, b"MANDAT-EXPORT/1\n{}").unwrap();
    assert_eq!(
        refusal(for_writing(&data, &text, FileKind::Text)),
        PathRefusal::WouldReplace
    );
    std::fs::write(&text, "La mission d’Hélène".as_bytes()).unwrap();
    for_writing(&data, &text, FileKind::Text).unwrap();
    assert_eq!(
        refusal(for_writing(
            &data,
            &docs.join("brief.htm.exe"),
            FileKind::Html
        )),
        PathRefusal::WrongKind
    );
    // A relative path, and a wrong extension.
    assert_eq!(
        refusal(for_writing(&data, Path::new("charter.pdf"), FileKind::Pdf)),
        PathRefusal::NotAbsolute
    );
    assert_eq!(
        refusal(for_writing(&data, &docs.join("charter.exe"), FileKind::Pdf)),
        PathRefusal::WrongKind
    );
    assert_eq!(
        refusal(for_writing(&data, &docs.join("charter"), FileKind::Pdf)),
        PathRefusal::WrongKind
    );
}

#[test]
fn reading_wants_a_regular_file_of_its_kind_and_size() {
    let (_root, data, docs) = folders();
    let csv = docs.join("people.csv");
    std::fs::write(&csv, "name;role\n").unwrap();
    for_reading(&data, &csv, FileKind::Csv).unwrap();
    // A folder named like a file, and a FIFO that would block the reader for ever.
    std::fs::create_dir(docs.join("folder.mandat")).unwrap();
    assert_eq!(
        refusal(for_reading(
            &data,
            &docs.join("folder.mandat"),
            FileKind::Mandat
        )),
        PathRefusal::NotAFile
    );
    let fifo = docs.join("pipe.mandat");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        assert_eq!(
            refusal(for_reading(&data, &fifo, FileKind::Mandat)),
            PathRefusal::NotAFile
        );
    }
    // Larger than a key file can be (sparse: no disk used).
    let big = docs.join("big.p12");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(FileKind::KeyFile.max_read() + 1)
        .unwrap();
    assert_eq!(
        refusal(for_reading(&data, &big, FileKind::KeyFile)),
        PathRefusal::TooLarge
    );
    // The database, whatever it is called.
    assert_eq!(
        refusal(for_reading(
            &data,
            &data.join("mandat.sqlite3"),
            FileKind::Backup
        )),
        PathRefusal::InsideDataFolder
    );
    // A file that is not there says so, as a file error.
    assert!(matches!(
        for_reading(&data, &docs.join("gone.csv"), FileKind::Csv),
        Err(Error::File { .. })
    ));
}

#[test]
fn the_refusal_reaches_the_window_as_a_code_it_can_word() {
    let (_root, data, docs) = folders();
    let error = for_writing(&data, &data.join("x.pdf"), FileKind::Pdf).unwrap_err();
    let api = crate::error::ApiError::from(&error);
    assert_eq!(api.code, crate::error::ErrorCode::RefusedPath);
    assert_eq!(api.items, vec!["inside_data_folder".to_owned()]);
    assert!(api.message.ends_with("is inside Mandat's data folder"));
    let _ = docs;
}
