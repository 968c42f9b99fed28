//! The register's CSV files on disk: read with the importer's cap (a huge file or a pipe
//! cannot exhaust memory), written with the one atomic-write primitive.

use super::spreadsheet::{export, MAX_BYTES};
use crate::atomic_file;
use crate::error::{Error, Result};
use crate::store::Store;
use std::io::Read;
use std::path::Path;

/// Reads a CSV file for `spreadsheet::preview` / `import`: at most one byte past the cap, so
/// an oversized file is refused there with its size, not loaded whole.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    let failed = |source| Error::File {
        action: "read",
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(failed)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    Ok(bytes)
}

/// Writes the register and the latest assessments to `path` as CSV.
pub fn export_file(store: &Store, mission_id: i64, path: &Path) -> Result<()> {
    atomic_file::write(path, &export(store, mission_id)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mission::{self, tests::draft};
    use crate::people::{self, tests::person, Group};
    use crate::stakeholder::spreadsheet;
    use crate::store::tests::temp_store;

    #[test]
    fn a_file_exported_reads_back_through_the_importer() {
        let (_dir, store) = temp_store();
        let mission = mission::create(&store, &draft("Ravel", "SI")).unwrap().id;
        people::add(
            &store,
            mission,
            &person("Éloïse Marchand", Group::Applications),
        )
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.csv");
        export_file(&store, mission, &path).unwrap();
        let preview = spreadsheet::preview(&store, mission, &read_file(&path).unwrap()).unwrap();
        assert_eq!(preview.duplicates.len(), 1, "{preview:?}");
        assert!(preview.duplicates[0].in_register);
    }

    #[test]
    fn an_oversized_file_is_read_only_to_one_byte_past_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.csv");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_BYTES as u64 * 2).unwrap();
        assert_eq!(read_file(&path).unwrap().len(), MAX_BYTES + 1);
    }

    #[test]
    fn a_missing_file_names_its_path() {
        let err = read_file(Path::new("/nonexistent/people.csv")).unwrap_err();
        assert!(err.to_string().contains("people.csv"), "{err}");
    }
}
