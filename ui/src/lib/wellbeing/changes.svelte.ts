// A count of the wellbeing notes written from anywhere in the window (the quick entry, a
// person's timeline), so the team's board re-reads itself when one is added.

export const notesWritten = $state({ count: 0 });

export function noteWritten(): void {
  notesWritten.count += 1;
}
