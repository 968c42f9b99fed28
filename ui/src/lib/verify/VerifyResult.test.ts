import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Outcome } from '$lib/bindings/Outcome';
import type { Reason } from '$lib/bindings/Reason';
import type { VerifyReport } from '$lib/bindings/VerifyReport';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { reasonText } from './reason';
import { bareReport } from './samples';
import VerifyResult from './VerifyResult.svelte';

const FINGERPRINT =
  '3A7F 910C 5B2E 77D1 0A9C 4E3F 8812 6B5D C0FF EE12 3456 789A BCDE F012 3456 7890';

const signed: VerifyReport = {
  outcome: 'valid',
  reason: { code: 'own_key', signer: 'Anne Roy' },
  detail: "sealed by this laptop's own key (Anne Roy) and unchanged since",
  documentId: 'MDT-2026-0003-V2',
  client: 'Distribution Ravel',
  mission: 'Recover IT after the go-live',
  version: 2,
  language: 'fr',
  approvedBy: 'Claire Moreau',
  approvedOn: '2026-11-09',
  signers: [
    {
      role: 'sponsor',
      name: 'Claire Moreau',
      title: 'CEO',
      place: 'Lyon',
      signedAt: '2026-11-10T09:30:00Z',
    },
    { role: 'manager', name: 'Anne Roy', title: '', place: '', signedAt: '2026-11-10T09:35:00Z' },
  ],
  sealedBy: 'Anne Roy',
  sealedAt: '2026-11-10T10:00:00Z',
  fingerprint: FINGERPRINT,
  sealer: 'own',
  sealerName: '',
  signatures: 1,
  code: 'K7QF-2M9X',
  contentSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
};

const REPORTS: Record<Outcome, VerifyReport> = {
  valid: signed,
  unknown_sealer: { ...signed, outcome: 'unknown_sealer', sealer: 'unknown' },
  modified: {
    ...signed,
    outcome: 'modified',
    reason: { code: 'seal_broken', problem: 'digest_mismatch', technical: '' },
    detail: 'the signed bytes were changed (digest mismatch)',
  },
  draft: {
    ...signed,
    outcome: 'draft',
    reason: { code: 'draft' },
    detail: 'a Mandat draft: never signed, not valid as the approved charter',
    approvedBy: '',
    approvedOn: '',
    signers: [],
    sealedBy: '',
    sealedAt: '',
    code: '',
  },
  not_mandat: bareReport('not_mandat', { code: 'not_mandat' }),
  unreadable: bareReport('unreadable', { code: 'unreadable', why: 'photo.jpg: permission denied' }),
};

const VERDICTS: Record<'en' | 'fr', Record<Outcome, string>> = {
  en: {
    valid: 'Valid — signed and unchanged since it was sealed',
    unknown_sealer: 'Unchanged — but sealed by a key not known here',
    modified: 'Modified — this file is not the one that was signed',
    draft: 'Draft — never signed',
    not_mandat: 'Not a Mandat document',
    unreadable: 'This file cannot be read',
  },
  fr: {
    valid: 'Valide — signé, et inchangé depuis son scellement',
    unknown_sealer: 'Inchangé — mais scellé par une clé inconnue ici',
    modified: 'Modifié — ce fichier n’est pas celui qui a été signé',
    draft: 'Brouillon — jamais signé',
    not_mandat: 'Pas un document Mandat',
    unreadable: 'Ce fichier est illisible',
  },
};

const OUTCOMES = Object.keys(REPORTS) as Outcome[];

describe('VerifyResult', () => {
  afterEach(() => setLanguage('en'));

  for (const language of ['en', 'fr'] as const) {
    for (const outcome of OUTCOMES) {
      it(`words the ${outcome} outcome in ${language}`, () => {
        setLanguage(language);
        render(VerifyResult, { report: REPORTS[outcome], path: '/home/anne/Charte-Ravel-v2.pdf' });
        const result = screen.getByTestId('verify-result');
        expect(result.dataset.outcome).toBe(outcome);
        expect(screen.getByTestId('verify-verdict').textContent).toBe(VERDICTS[language][outcome]);
        expect(result.textContent).toContain('Charte-Ravel-v2.pdf');
        expect(result.textContent).not.toContain('/home/anne');
      });
    }
  }

  it('calls a copy of an approved version nobody signed what it is, not a draft', () => {
    render(VerifyResult, { report: { ...REPORTS.draft, approvedBy: 'Claire Moreau' }, path: '/tmp/v1.pdf' });
    expect(screen.getByTestId('verify-verdict').textContent).toBe('Approved, not signed — an unsealed copy');
    expect(screen.getByTestId('verify-result').textContent).toContain('Ask for the sealed PDF');
  });

  it('shows what a valid charter records: client, approval, signers, seal, code and hash', () => {
    render(VerifyResult, { report: signed, path: '/tmp/Charte.pdf' });
    const text = screen.getByTestId('verify-result').textContent ?? '';
    expect(text).toContain('Distribution Ravel');
    expect(text).toContain('Version 2');
    expect(text).toContain('Claire Moreau, on 9 November 2026');
    expect(screen.getByTestId('verify-code').textContent).toBe('K7QF-2M9X');
    expect(text).toContain(signed.contentSha256);
    const signers = screen.getAllByTestId('verify-signer');
    expect(signers.map((s) => s.dataset.role)).toEqual(['sponsor', 'manager']);
    expect(signers[0].textContent).toContain('Sponsor');
    expect(signers[0].textContent).toContain('Claire Moreau, CEO');
    expect(signers[0].textContent).toContain('Signed in Lyon on');
    expect(signers[1].textContent).toContain('Transition manager');
    expect(signers[1].textContent).toContain('Signed on');
    // The reason is for files that fail; a valid one needs none.
    expect(screen.queryByTestId('verify-detail')).toBeNull();
  });

  it('gives the reason, small and in her language, for a file that fails, and shows no empty field', () => {
    setLanguage('fr');
    render(VerifyResult, { report: REPORTS.unreadable, path: '/tmp/photo.jpg' });
    expect(screen.getByTestId('verify-detail').textContent).toBe(
      'fichier illisible\u00a0: photo.jpg: permission denied',
    );
    const result = screen.getByTestId('verify-result');
    expect(result.querySelectorAll('dt')).toHaveLength(1);
    expect(result.textContent).toContain('Ce n’est pas un PDF, ou il est endommagé.');
  });

  it('words a broken seal in French, and calls a file that is not a PDF just that', () => {
    setLanguage('fr');
    const { unmount } = render(VerifyResult, { report: REPORTS.modified, path: '/tmp/Charte.pdf' });
    expect(screen.getByTestId('verify-detail').textContent).toBe(
      'les octets signés ont été changés (empreinte différente)',
    );
    unmount();
    render(VerifyResult, { report: bareReport('not_mandat', { code: 'not_pdf' }), path: '/tmp/notes.txt' });
    expect(screen.getByTestId('verify-verdict').textContent).toBe('Pas un PDF');
    expect(screen.getByTestId('verify-result').textContent).not.toContain('Ce PDF');
    expect(screen.getByTestId('verify-detail').textContent).toBe('ce fichier n’est pas un PDF');
  });

  it('words every reason Rust can give, in both languages, with its facts', () => {
    const reasons: Reason[] = [
      { code: 'not_pdf' },
      { code: 'unreadable', why: 'x.pdf: denied' },
      { code: 'other_signed' },
      { code: 'not_mandat' },
      { code: 'draft' },
      { code: 'draft_altered' },
      { code: 'seal_removed' },
      ...(['no_signature', 'malformed', 'digest_mismatch', 'bad_signature', 'unsupported'] as const).map(
        (problem): Reason => ({ code: 'seal_broken', problem, technical: problem === 'malformed' ? 'DER length' : '' }),
      ),
      { code: 'signature_added', signatures: 2, covers: 1000, size: 1500 },
      { code: 'bytes_added' },
      { code: 'own_key', signer: 'Anne Roy' },
      { code: 'trusted_key', name: 'Claire' },
      { code: 'unknown_key', fingerprint: 'AB12 CD34', signer: 'Anne Roy' },
    ];
    for (const language of ['en', 'fr'] as const) {
      setLanguage(language);
      for (const reason of reasons) {
        const text = reasonText(reason);
        expect(text, reason.code).not.toMatch(/verify\.reason|\{/);
        for (const [key, value] of Object.entries(reason)) {
          if (key !== 'code' && key !== 'problem') expect(text, `${reason.code} ${key}`).toContain(String(value));
        }
      }
    }
  });

  it('shows the sealing key and whose it is, in both languages', () => {
    render(VerifyResult, { report: signed, path: '/tmp/Charte.pdf' });
    expect(screen.getByTestId('verify-fingerprint').textContent).toBe(FINGERPRINT);
    const sealer = screen.getByTestId('verify-sealer');
    expect(sealer.dataset.sealer).toBe('own');
    expect(sealer.textContent).toBe("This laptop's own signing key");
    expect(screen.queryByTestId('verify-trust')).toBeNull();
  });

  it('names a trusted key by the name she gave it', () => {
    setLanguage('fr');
    render(VerifyResult, {
      report: { ...signed, sealer: 'trusted', sealerName: 'Marc Dubois' },
      path: '/tmp/Charte.pdf',
    });
    expect(screen.getByTestId('verify-sealer').textContent).toBe(
      'Une clé reconnue ici\u00a0: Marc Dubois',
    );
  });

  it('offers to trust an unknown key, and only then', async () => {
    const trusted = vi.fn();
    render(VerifyResult, { report: REPORTS.unknown_sealer, path: '/tmp/Charte.pdf', ontrusted: trusted });
    expect(screen.getByTestId('verify-sealer').textContent).toContain('A key not known here');
    await fireEvent.click(screen.getByTestId('verify-trust'));
    expect(screen.getByTestId('verify-trust-form').textContent).toContain('compared the fingerprint');
    expect(trusted).not.toHaveBeenCalled();
  });
});
