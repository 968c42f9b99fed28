// Starting the whole UI over, as at launch: for when every mission may have changed under it
// (a backup restored). Kept apart so that tests can replace it.

/** Reloads the window: start-up runs again and reads everything afresh. */
export function reloadApp(): void {
  window.location.reload();
}
