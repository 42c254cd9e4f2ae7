/** Thrown for a database this app must not or cannot open; the message is meant for the user. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
