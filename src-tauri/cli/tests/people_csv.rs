//! `people import` and `people export`: the register from a client's CSV file and back.

mod common;

use common::{cli, json, ok};
use std::path::Path;

fn people_json(data: &Path, mission: &str) -> serde_json::Value {
    json(data, &["people", "--mission", mission, "--json"])
}

#[test]
fn a_csv_register_is_previewed_imported_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let m = ok(cli(
        d,
        &["mission", "new", "--client", "Ravel", "--title", "SI"],
    ));
    let csv = d.join("organigramme.csv");
    std::fs::write(
        &csv,
        "Nom complet;Fonction;Groupe;Rattaché à\n\
         Hélène Roy;DSI adjointe;Direction;\n\
         Karim Benali;Resp. applications;Applications;Hélène Roy\n\
         Zoé Sans;Stagiaire;Marketing;\n",
    )
    .unwrap();
    let dry = cli(
        d,
        &[
            "people",
            "import",
            "--mission",
            &m,
            csv.to_str().unwrap(),
            "--dry-run",
        ],
    );
    assert!(!dry.status.success(), "a refused row: exit 1");
    assert!(String::from_utf8_lossy(&dry.stdout).contains("would add 2 people"));
    let err = String::from_utf8_lossy(&dry.stderr);
    assert!(
        err.contains("line 4, Groupe: is not a known group \"Marketing\""),
        "{err}"
    );
    assert_eq!(
        people_json(d, &m).as_array().unwrap().len(),
        0,
        "dry run writes nothing"
    );

    let done = cli(
        d,
        &["people", "import", "--mission", &m, csv.to_str().unwrap()],
    );
    assert!(String::from_utf8_lossy(&done.stdout).contains("added 2 people"));
    let listed = people_json(d, &m);
    assert_eq!(listed[1]["name"], "Karim Benali");
    assert_eq!(listed[1]["reportsTo"], listed[0]["id"]);

    let out = d.join("export.csv");
    ok(cli(
        d,
        &[
            "people",
            "export",
            "--mission",
            &m,
            "-o",
            out.to_str().unwrap(),
        ],
    ));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("Karim Benali;Resp. applications;;applications;;Hélène Roy"),
        "{text}"
    );
    let missing = cli(
        d,
        &["people", "import", "--mission", &m, "/no/such/file.csv"],
    );
    assert!(!missing.status.success());
}
