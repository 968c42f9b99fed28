// Keyboard shortcuts of the whole window. Escape is handled by each dialog.

export type Shortcut = 'new-mission' | 'lock' | 'privacy' | 'quick-checkin';

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export function shortcutOf(event: Keys): Shortcut | null {
  const command = event.ctrlKey || event.metaKey;
  if (!command || event.altKey || event.shiftKey) return null;
  switch (event.key.toLowerCase()) {
    case 'n':
      return 'new-mission';
    case 'l':
      return 'lock';
    case 'h':
      return 'privacy';
    case 'k':
      // The wellbeing quick entry, from anywhere in a mission (wellbeing/checkin/QuickEntry).
      return 'quick-checkin';
    default:
      return null;
  }
}
