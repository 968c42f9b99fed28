// Screen privacy: someone walks up behind her, or she shares her screen. One shortcut (Ctrl+H)
// blurs every name and note in the window at once — the main area, the dialogs and the
// sidebar's mission names — and the same shortcut brings them back. Nothing is reloaded: it is
// a class on the document, so what she was typing stays where it was.

export const privacy = $state({ on: false });

export function togglePrivacy(): void {
  privacy.on = !privacy.on;
  document.documentElement.classList.toggle('private', privacy.on);
}
