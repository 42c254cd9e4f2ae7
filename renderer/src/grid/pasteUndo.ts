/**
 * The undo the last paste offers, withdrawn by anything done after the paste was sent.
 *
 * A paste's save waits its turn in the save queue and then for the core, which reads every cell:
 * an operator can edit a cell meanwhile. That edit comes after the paste, but its answer arrives
 * after the paste's, so an undo offered when the paste's answer came used to reach past the edit:
 * Ctrl+Z removed the paste instead of undoing the edit (and on a record grid put back the values
 * from before the paste over the edit). Each paste takes a ticket when it is sent; anything done
 * after it (an edit, a removal, another paste) invalidates the ticket, and a paste whose ticket is
 * no longer the latest offers no undo when it lands.
 */
export class PasteUndo<T> {
  private generation = 0;
  private last: T | null = null;

  /** A paste is sent: the undo before it is withdrawn; returns the paste's ticket. */
  start(): number {
    this.last = null;
    return ++this.generation;
  }

  /** The paste landed: its undo is kept if nothing was done since it was sent; says whether it was. */
  offer(ticket: number, undo: T): boolean {
    if (ticket !== this.generation) return false;
    this.last = undo;
    return true;
  }

  /** Something else was done to the rows: the last paste can no longer be undone as a whole. */
  forget(): void {
    this.generation++;
    this.last = null;
  }

  /** The undo to run now (once), or null when there is none. */
  take(): T | null {
    const undo = this.last;
    this.forget();
    return undo;
  }
}
