// Writes of the signing page, reported in the save indicator like every other write.

import { toApiError } from '../backend';
import type { SignerRole } from '../bindings/SignerRole';
import type { SigningState } from '../bindings/SigningState';
import { saveFailed, setSaveState } from '../app/saving.svelte';

/** The signers, in the order of the page and of the PDF. */
export const ROLES: readonly SignerRole[] = ['sponsor', 'manager'];

/** The fields of a signature, as Rust names them in an error's `field`. */
export const SIGNATURE_FIELDS = ['name', 'title', 'place', 'strokes'] as const;
export type SignatureField = (typeof SIGNATURE_FIELDS)[number];

/** The id of a signer's field on the page (`signer-sponsor-name`…). */
export const fieldId = (role: SignerRole, field: SignatureField): string => `signer-${role}-${field}`;

/** Runs a write of a signature. Rejects with the `ApiError`. */
export async function record(run: () => Promise<SigningState>): Promise<SigningState> {
  setSaveState('saving');
  try {
    const state = await run();
    setSaveState('saved');
    return state;
  } catch (error) {
    const refused = toApiError(error);
    saveFailed(refused);
    throw refused;
  }
}
