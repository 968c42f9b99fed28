//! Signing a charter in person, and the key that seals its PDF.
//!
//! The CEO (sponsor) and the transition manager each draw their signature on a pad; name,
//! title, place and time are recorded with it. Only an approved version can be signed. Until
//! both have signed, either can sign again; once both have, the version is signed and its
//! signatures never change (`signed` error). The PDF of a signed version is then sealed with
//! one standard PDF signature made with the key kept here (see `seal` and `verify`).

pub(crate) mod identity;
pub mod model;
pub(crate) mod seal;
pub(crate) mod sql;
pub(crate) mod strokes;
pub mod verify;

pub use model::*;

use crate::charter::sql as versions;
use crate::charter::VersionStatus;
use crate::clock::now;
use crate::error::{Error, Result};
use crate::mission::sql as missions;
use crate::mission::MissionStatus;
use crate::store::{Read, Store, Write};
use crate::validate;
use identity::Identity;
use sql as rows;

pub(crate) use strokes::Drawing;

const NAME_MAX: usize = 120;
const TITLE_MAX: usize = 120;
const PLACE_MAX: usize = 80;

/// Where the signing of version `version_id` stands.
pub fn state(store: &Store, version_id: i64) -> Result<SigningState> {
    store.read(|r| state_in(r, version_id))
}

/// Records `input.role`'s signature on an approved version.
pub fn sign(store: &Store, version_id: i64, input: &SignatureInput) -> Result<SigningState> {
    let name = validate::required("name", &input.name, NAME_MAX)?;
    let title = validate::text("title", &input.title, TITLE_MAX)?;
    let place = validate::required("place", &input.place, PLACE_MAX)?;
    let drawing = strokes::check(input.width, input.height, &input.strokes)?;
    store.write(|w| {
        let state = changeable(w, version_id)?;
        if !state.signable {
            return Err(Error::NotApproved(state.number));
        }
        rows::put_signature(
            w,
            version_id,
            &rows::SignatureRow {
                role: input.role,
                name,
                title,
                place,
                signed_at: now(),
                width: drawing.width,
                height: drawing.height,
                strokes: drawing.strokes_json(),
            },
        )?;
        state_in(&w.as_read(), version_id)
    })
}

/// Takes back `role`'s signature, while the other has not signed yet.
pub fn clear(store: &Store, version_id: i64, role: SignerRole) -> Result<SigningState> {
    store.write(|w| {
        changeable(w, version_id)?;
        rows::delete_signature(w, version_id, role)?;
        state_in(&w.as_read(), version_id)
    })
}

/// Accepts the signatures of a version received from another laptop as received: from then
/// on this laptop's key seals its PDF, whose certificate page says they were received (from
/// which file, when) and accepted, not witnessed here. Only a version signed by both, whose
/// signatures were received and not accepted yet, of a mission still open.
pub fn accept_received(store: &Store, version_id: i64) -> Result<SigningState> {
    store.write(|w| {
        let state = state_in(&w.as_read(), version_id)?;
        if !state.complete || state.received_at.is_none() || state.accepted_at.is_some() {
            return Err(Error::NothingReceived(state.number));
        }
        mission_open(w, version_id)?;
        rows::accept_received(w, version_id, &now())?;
        state_in(&w.as_read(), version_id)
    })
}

/// Refuses changes to a signed version, or to a version of a closed mission.
fn changeable(w: &Write, version_id: i64) -> Result<SigningState> {
    let state = state_in(&w.as_read(), version_id)?;
    if state.complete {
        return Err(Error::Signed(state.number));
    }
    mission_open(w, version_id)?;
    Ok(state)
}

/// Refuses a version of a closed mission.
fn mission_open(w: &Write, version_id: i64) -> Result<()> {
    let version = versions::version_by_id(&w.as_read(), version_id)?;
    if missions::get(&w.as_read(), version.mission_id)?.status == MissionStatus::Closed {
        return Err(Error::Closed(version.mission_id));
    }
    Ok(())
}

pub(crate) fn state_in(r: &Read, version_id: i64) -> Result<SigningState> {
    let version = versions::version_by_id(r, version_id)?;
    let mut state = SigningState {
        version_id,
        number: version.number,
        status: version.status,
        signable: version.status == VersionStatus::Approved,
        sponsor: None,
        manager: None,
        complete: false,
        received_at: None,
        received_from: String::new(),
        accepted_at: None,
    };
    if let Some(received) = rows::received(r, version_id)? {
        state.received_at = Some(received.at);
        state.received_from = received.from;
        state.accepted_at = received.accepted_at;
    }
    for row in rows::signatures(r, version_id)? {
        let signature = Signature {
            role: row.role,
            svg: Drawing::from_json(row.width, row.height, &row.strokes)?.svg(),
            name: row.name,
            title: row.title,
            place: row.place,
            signed_at: row.signed_at,
        };
        match signature.role {
            SignerRole::Sponsor => state.sponsor = Some(signature),
            SignerRole::Manager => state.manager = Some(signature),
        }
    }
    state.complete = state.signable && state.sponsor.is_some() && state.manager.is_some();
    Ok(state)
}

/// The recorded signatures of a version, with their drawings, sponsor first.
pub(crate) fn drawings(r: &Read, version_id: i64) -> Result<Vec<(Signature, Drawing)>> {
    rows::signatures(r, version_id)?
        .into_iter()
        .map(|row| {
            let drawing = Drawing::from_json(row.width, row.height, &row.strokes)?;
            Ok((
                Signature {
                    role: row.role,
                    svg: drawing.svg(),
                    name: row.name,
                    title: row.title,
                    place: row.place,
                    signed_at: row.signed_at,
                },
                drawing,
            ))
        })
        .collect()
}

/// The sealing key's certificate, if there is a key.
pub fn identity(store: &Store) -> Result<Option<IdentityInfo>> {
    store.read(|r| load(r)?.map(|id| id.info()).transpose())
}

/// A new self-signed key in `name`, replacing the current one. PDFs sealed with the old key
/// stay valid: each carries its own certificate.
pub fn create_identity(store: &Store, name: &str) -> Result<IdentityInfo> {
    let name = validate::required("name", name, NAME_MAX)?;
    let identity = Identity::self_signed(&name, &now())?;
    store.write(|w| save(w, &identity))?;
    identity.info()
}

/// Imports an organisation's key from a PKCS#12 file, replacing the current one.
pub fn import_identity(store: &Store, pkcs12: &[u8], password: &str) -> Result<IdentityInfo> {
    let identity = Identity::from_pkcs12(pkcs12, password, &now())?;
    store.write(|w| save(w, &identity))?;
    identity.info()
}

/// [`import_identity`] from a file.
pub fn import_identity_file(
    store: &Store,
    path: &std::path::Path,
    password: &str,
) -> Result<IdentityInfo> {
    let bytes = std::fs::read(path).map_err(|source| Error::File {
        action: "read",
        path: path.to_owned(),
        source,
    })?;
    import_identity(store, &bytes, password)
}

fn save(w: &Write, identity: &Identity) -> Result<()> {
    rows::put_identity(
        w,
        &(
            identity.private_key_der()?,
            identity.chain_der()?,
            identity.source,
            identity.created_at.clone(),
        ),
    )
}

fn load(r: &Read) -> Result<Option<Identity>> {
    rows::identity(r)?
        .map(|(key, chain, source, created_at)| {
            Identity::from_stored(&key, &chain, source, created_at)
        })
        .transpose()
}

/// The fingerprint of this laptop's signing key, if it has one (grouped hex).
pub(crate) fn own_fingerprint(r: &Read) -> Result<Option<String>> {
    load(r)?
        .map(|id| identity::fingerprint(id.leaf()))
        .transpose()
}

/// The sealing key, made (self-signed in `name`) the first time one is needed.
pub(crate) fn identity_or_create(store: &Store, name: &str) -> Result<Identity> {
    if let Some(identity) = store.read(load)? {
        return Ok(identity);
    }
    let identity = Identity::self_signed(name, &now())?;
    store.write(|w| match load(&w.as_read())? {
        // Another call made one meanwhile: keep it.
        Some(existing) => Ok(existing),
        None => save(w, &identity).map(|()| identity),
    })
}

#[cfg(test)]
mod tests;
