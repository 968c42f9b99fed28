use super::*;
use crate::charter;
use crate::demo;
use crate::error::Invalid;
use crate::mission::{self, tests::draft, Language};
use crate::store::tests::temp_store;

fn pad() -> Vec<Vec<Point>> {
    vec![vec![
        [10.0, 10.0],
        [60.0, 40.0],
        [120.0, 20.0],
        [200.0, 90.0],
    ]]
}

fn input(role: SignerRole) -> SignatureInput {
    SignatureInput {
        role,
        name: "Claire Moreau".into(),
        title: "Directrice générale".into(),
        place: "Lyon".into(),
        width: 480.0,
        height: 180.0,
        strokes: pad(),
    }
}

/// The demo mission, whose version 2 is approved and already signed; plus its version 1
/// (approved, unsigned).
fn demo_versions(store: &Store) -> (i64, i64) {
    let id = demo::create(store, Language::Fr).unwrap();
    let v = charter::versions(store, id).unwrap();
    (v[0].id, v[1].id)
}

#[test]
fn only_an_approved_version_can_be_signed() {
    let (_dir, store) = temp_store();
    let m = mission::create(&store, &draft("Ravel", "Redresser le SI")).unwrap();
    let c = charter::start(&store, m.id).unwrap();
    let before = state(&store, c.version.id).unwrap();
    assert!(!before.signable);
    assert!(matches!(
        sign(&store, c.version.id, &input(SignerRole::Sponsor)),
        Err(Error::NotApproved(1))
    ));
    assert!(state(&store, c.version.id).unwrap().sponsor.is_none());
}

#[test]
fn both_sign_then_nothing_changes_any_more() {
    let (_dir, store) = temp_store();
    let (v1, _) = demo_versions(&store);
    let s = sign(&store, v1, &input(SignerRole::Sponsor)).unwrap();
    assert!(s.signable && !s.complete);
    assert_eq!(s.sponsor.as_ref().unwrap().place, "Lyon");
    assert!(s.sponsor.as_ref().unwrap().svg.starts_with("<svg"));

    // Before the other signs, a signature can be taken back and drawn again.
    let s = clear(&store, v1, SignerRole::Sponsor).unwrap();
    assert!(s.sponsor.is_none());
    sign(&store, v1, &input(SignerRole::Sponsor)).unwrap();
    let s = sign(
        &store,
        v1,
        &SignatureInput {
            name: "Hélène Vasseur".into(),
            title: "DSI de transition".into(),
            ..input(SignerRole::Manager)
        },
    )
    .unwrap();
    assert!(s.complete);
    assert_eq!(s.manager.as_ref().unwrap().name, "Hélène Vasseur");

    assert!(matches!(
        sign(&store, v1, &input(SignerRole::Sponsor)),
        Err(Error::Signed(1))
    ));
    assert!(matches!(
        clear(&store, v1, SignerRole::Manager),
        Err(Error::Signed(1))
    ));
    // Reopened from the database, still complete and unchanged.
    let again = state(&store, v1).unwrap();
    assert_eq!(again, s);
}

#[test]
fn a_signature_needs_a_name_a_place_and_a_drawing() {
    let (_dir, store) = temp_store();
    let (v1, _) = demo_versions(&store);
    for (bad, field, reason) in [
        (
            SignatureInput {
                name: " ".into(),
                ..input(SignerRole::Sponsor)
            },
            "name",
            Invalid::Required,
        ),
        (
            SignatureInput {
                place: String::new(),
                ..input(SignerRole::Sponsor)
            },
            "place",
            Invalid::Required,
        ),
        (
            SignatureInput {
                title: "x".repeat(121),
                ..input(SignerRole::Sponsor)
            },
            "title",
            Invalid::TooLong { max: 120 },
        ),
        (
            SignatureInput {
                strokes: vec![],
                ..input(SignerRole::Sponsor)
            },
            "strokes",
            Invalid::Required,
        ),
    ] {
        match sign(&store, v1, &bad) {
            Err(Error::Invalid {
                field: f,
                reason: r,
            }) => {
                assert_eq!((f, r), (field, reason));
            }
            other => panic!("{field}: {other:?}"),
        }
    }
    assert!(
        state(&store, v1).unwrap().sponsor.is_none(),
        "nothing written"
    );
}

#[test]
fn the_demo_ends_signed() {
    let (_dir, store) = temp_store();
    let (_, v2) = demo_versions(&store);
    let s = state(&store, v2).unwrap();
    assert!(s.complete);
    assert_eq!(s.sponsor.unwrap().name, "Claire Moreau");
    assert_eq!(s.manager.unwrap().name, "Hélène Vasseur");
}

#[test]
fn the_key_is_made_once_replaced_on_demand_and_imported_from_pkcs12() {
    let (_dir, store) = temp_store();
    assert_eq!(identity(&store).unwrap(), None);
    let made = identity_or_create(&store, "Hélène Vasseur").unwrap();
    let first = identity(&store).unwrap().unwrap();
    assert_eq!(first, made.info().unwrap());
    assert_eq!(first.subject, "Hélène Vasseur");
    // Asked again: the same key.
    let again = identity_or_create(&store, "Someone Else").unwrap();
    assert_eq!(again.info().unwrap().fingerprint, first.fingerprint);

    let fresh = create_identity(&store, "Hélène Vasseur").unwrap();
    assert_ne!(fresh.fingerprint, first.fingerprint);
    assert_eq!(identity(&store).unwrap().unwrap(), fresh);

    // An organisation's PKCS#12 file.
    let org = identity::Identity::self_signed("Ravel Distribution — DSI", "now").unwrap();
    let p12 = to_pkcs12(&org, "s3cret");
    assert!(matches!(
        import_identity(&store, &p12, "wrong"),
        Err(Error::KeyFile { .. })
    ));
    assert_eq!(
        identity(&store).unwrap().unwrap(),
        fresh,
        "a failed import changes nothing"
    );
    let imported = import_identity(&store, &p12, "s3cret").unwrap();
    assert_eq!(imported.source, IdentitySource::Imported);
    assert_eq!(imported.subject, "Ravel Distribution — DSI");
    assert_eq!(imported.fingerprint, org.info().unwrap().fingerprint);
}

fn to_pkcs12(id: &identity::Identity, password: &str) -> Vec<u8> {
    use der::Encode;
    use sha2::Digest;
    let certs: Vec<_> = id
        .chain
        .iter()
        .map(|c| p12_keystore::Certificate::from_der(&c.to_der().unwrap()).unwrap())
        .collect();
    let key_id = sha2::Sha256::digest(
        id.leaf()
            .tbs_certificate
            .subject_public_key_info
            .to_der()
            .unwrap(),
    );
    let mut ks = p12_keystore::KeyStore::new();
    ks.add_entry(
        "mandat",
        p12_keystore::KeyStoreEntry::PrivateKeyChain(p12_keystore::PrivateKeyChain::new(
            id.private_key_der().unwrap(),
            &key_id[..20],
            certs,
        )),
    );
    ks.writer(password).write().unwrap()
}
