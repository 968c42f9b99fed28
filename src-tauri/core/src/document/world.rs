//! A sealed Typst world: the template from the binary, data and drawings as virtual files,
//! fonts embedded in the binary, a fixed "today". No file system, no network, no packages.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// Only the faces the template uses; Typst subsets them into each PDF.
static FONT_DATA: &[&[u8]] = &[
    include_bytes!("fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("fonts/DejaVuSansMono.ttf"),
];

/// Parsed once per process, shared by every compilation.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_DATA
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

/// The standard library, built once.
static LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(Library::builder().build()));

pub struct DocWorld {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("{path}: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl DocWorld {
    /// `files`: virtual name → bytes (`data.json`, `sponsor.svg`…).
    pub fn new(
        template: &str,
        files: Vec<(String, Vec<u8>)>,
        today: chrono::NaiveDate,
    ) -> Result<Self, String> {
        use chrono::Datelike;
        let main = Source::new(file_id("main.typ")?, template.to_owned());
        let files = files
            .into_iter()
            .map(|(path, bytes)| Ok((file_id(&path)?, Bytes::new(bytes))))
            .collect::<Result<_, String>>()?;
        let today = Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8)
            .ok_or("today is out of range")?;
        Ok(Self { main, files, today })
    }

    /// Typesets the document into PDF bytes.
    pub fn pdf(&self, ident: &str) -> Result<Vec<u8>, String> {
        let warned = typst::compile::<PagedDocument>(self);
        // Typst memoises in a process-wide cache: drop what the last compilations did not use,
        // or it only grows in a long-running app.
        comemo::evict(10);
        let document = warned.output.map_err(|e| self.describe(&e))?;
        let options = typst_pdf::PdfOptions {
            ident: typst::foundations::Smart::Custom(ident.to_owned()),
            creator: typst::foundations::Smart::Custom(Some("Mandat".into())),
            timestamp: None,
            ..Default::default()
        };
        typst_pdf::pdf(&document, &options).map_err(|e| self.describe(&e))
    }

    fn describe(&self, diagnostics: &[SourceDiagnostic]) -> String {
        use typst::WorldExt;
        diagnostics
            .iter()
            .map(|d| {
                let line = self
                    .range(d.span)
                    .map(|r| self.main.text()[..r.start].matches('\n').count() + 1)
                    .map(|l| format!("template line {l}: "))
                    .unwrap_or_default();
                format!("{line}{}", d.message)
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        // Packages (`@preview/…`) land here too: not found, nothing is downloaded.
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
