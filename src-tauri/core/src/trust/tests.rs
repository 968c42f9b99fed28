use super::*;
use crate::store::tests::temp_store;

const HEX: &str = "3A7F910C3A7F910C3A7F910C3A7F910C3A7F910C3A7F910C3A7F910C3A7F910C";

#[test]
fn a_fingerprint_is_read_in_any_grouping_and_shown_in_groups_of_four() {
    let colons = HEX
        .as_bytes()
        .chunks(2)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(":");
    assert_eq!(normalize(&colons).as_deref(), Some(HEX));
    assert_eq!(normalize(&HEX.to_lowercase()).as_deref(), Some(HEX));
    assert_eq!(normalize(&grouped(HEX)).as_deref(), Some(HEX));
    assert_eq!(grouped(HEX).split(' ').count(), 16);
    assert!(grouped(HEX).starts_with("3A7F 910C "));
    assert_eq!(normalize(&HEX[1..]), None, "63 digits");
    assert_eq!(normalize(&format!("{HEX}0")), None, "65 digits");
    assert_eq!(normalize(&HEX.replace('3', "G")), None, "not hex");
}

#[test]
fn trusted_keys_are_added_renamed_listed_and_removed_through_the_database() {
    let (_dir, store) = temp_store();
    assert!(list(&store).unwrap().is_empty());
    let keys = add(&store, &HEX.to_lowercase(), "  Marc Dubois (DSI groupe) ").unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].fingerprint, grouped(HEX));
    assert_eq!(keys[0].name, "Marc Dubois (DSI groupe)");
    let keys = add(&store, &grouped(HEX), "Marc Dubois").unwrap();
    assert_eq!(keys.len(), 1, "the same key, renamed");
    assert_eq!(keys[0].name, "Marc Dubois");
    assert_eq!(list(&store).unwrap(), keys);
    let (sealer, name) = store.read(|r| judge(r, HEX)).unwrap();
    assert_eq!((sealer, name.as_str()), (Sealer::Trusted, "Marc Dubois"));

    assert!(remove(&store, HEX).unwrap().is_empty());
    let (sealer, _) = store.read(|r| judge(r, HEX)).unwrap();
    assert_eq!(sealer, Sealer::Unknown);
}

#[test]
fn a_bad_fingerprint_or_name_is_refused_on_its_field_and_changes_nothing() {
    let (_dir, store) = temp_store();
    for (fingerprint, name, field) in [
        ("", "Marc", "fingerprint"),
        ("3A7F 910C", "Marc", "fingerprint"),
        (HEX, "", "name"),
        (HEX, &"x".repeat(121), "name"),
    ] {
        match add(&store, fingerprint, name) {
            Err(Error::Invalid { field: f, .. }) => assert_eq!(f, field, "{fingerprint} {name}"),
            other => panic!("{other:?}"),
        }
    }
    assert!(list(&store).unwrap().is_empty());
    assert!(matches!(
        remove(&store, HEX),
        Err(Error::Invalid {
            field: "fingerprint",
            ..
        })
    ));
}

#[test]
fn this_laptop_s_own_key_is_its_own_not_a_trusted_one() {
    let (_dir, store) = temp_store();
    let own = crate::signing::create_identity(&store, "Hélène Vasseur").unwrap();
    let (sealer, _) = store.read(|r| judge(r, &own.fingerprint)).unwrap();
    assert_eq!(sealer, Sealer::Own);
    let (sealer, _) = store.read(|r| judge(r, HEX)).unwrap();
    assert_eq!(sealer, Sealer::Unknown);
    let (sealer, _) = store.read(|r| judge(r, "not one")).unwrap();
    assert_eq!(sealer, Sealer::Unknown);
}
