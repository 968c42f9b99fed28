// Why a verification came out as it did, in her language: Rust sends a code with its facts
// (`Reason`), worded here from the catalogues; the CLI words the same codes in Rust.

import type { Reason } from '../bindings/Reason';
import { t } from '../i18n/locale.svelte';

export function reasonText(reason: Reason): string {
  switch (reason.code) {
    case 'seal_broken': {
      const said = t(`verify.reason.seal_broken.${reason.problem}`);
      return reason.technical ? t('verify.reason.technical', { said, technical: reason.technical }) : said;
    }
    case 'unreadable':
      return t('verify.reason.unreadable', { why: reason.why });
    case 'signature_added':
      return t('verify.reason.signature_added', {
        signatures: reason.signatures,
        covers: reason.covers,
        size: reason.size,
      });
    case 'own_key':
      return t('verify.reason.own_key', { signer: reason.signer });
    case 'trusted_key':
      return t('verify.reason.trusted_key', { name: reason.name });
    case 'unknown_key':
      return t('verify.reason.unknown_key', { fingerprint: reason.fingerprint, signer: reason.signer });
    default:
      return t(`verify.reason.${reason.code}`);
  }
}
