/**
 * A second process holding a database open, for the lock tests: opens the file given as the first
 * argument, prints "open" (or the refusal), and keeps it open until its stdin closes or it is killed.
 */
import { openDatabase } from '../../db/open';

try {
  const opened = openDatabase(process.argv[2]);
  process.stdout.write('open\n');
  process.stdin.resume();
  process.stdin.on('end', () => {
    opened.close();
    process.exit(0);
  });
} catch (e) {
  process.stdout.write(`refused: ${(e as Error).message}\n`);
  process.exit(3);
}
