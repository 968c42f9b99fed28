// Sample verification reports for the tests of the verification screens.

import type { Outcome } from '../bindings/Outcome';
import type { Reason } from '../bindings/Reason';
import type { VerifyReport } from '../bindings/VerifyReport';

/** What a file that is not Mandat's, or not a PDF at all, reports: nothing but the outcome. */
export const bareReport = (outcome: Outcome, reason: Reason): VerifyReport => ({
  outcome,
  reason,
  detail: `(${reason.code} in English)`,
  documentId: '',
  client: '',
  mission: '',
  version: null,
  language: null,
  approvedBy: '',
  approvedOn: '',
  signers: [],
  sealedBy: '',
  sealedAt: '',
  fingerprint: '',
  sealer: null,
  sealerName: '',
  signatures: 0,
  code: '',
  contentSha256: '',
});
