// One clause form open at a time on a page. Asking for another while the open one holds
// changes is refused: the open form says so and takes the focus back, nothing typed is lost.

import type { Section } from '../bindings/Section';

export interface FormTarget {
  section: Section;
  /** The clause edited; null when adding to `section`. */
  key: string | null;
}

export class ClauseEditing {
  target = $state<FormTarget | null>(null);
  dirty = $state(false);
  blocked = $state(false);

  /** Opens a form; false when the open one must be saved or cancelled first. */
  open(target: FormTarget): boolean {
    const current = this.target;
    if (
      current &&
      this.dirty &&
      (current.section !== target.section || current.key !== target.key)
    ) {
      this.blocked = true;
      document.querySelector<HTMLElement>('[data-testid="clause-form"] #clause-title')?.focus();
      return false;
    }
    this.target = target;
    this.dirty = false;
    this.blocked = false;
    return true;
  }

  close(): void {
    this.target = null;
    this.dirty = false;
    this.blocked = false;
  }

  isEditing(key: string): boolean {
    return this.target?.key === key;
  }

  isAdding(section: Section): boolean {
    return this.target !== null && this.target.key === null && this.target.section === section;
  }
}
