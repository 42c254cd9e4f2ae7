/**
 * npm run soak:crash [-- --kills N --seed N]: kill -9 a browser-mode server while it posts
 * documents, restart it, check the file; prints its figures last and exits 1 on any problem.
 */
import { parseArgs } from 'node:util';
import { crashSoakPassed, describeCrashSoak, runCrashSoak } from './crash-soak';

const { values } = parseArgs({ options: { kills: { type: 'string' }, seed: { type: 'string' } } });
const kills = Number(values.kills ?? 20);
void runCrashSoak({ kills, seed: values.seed === undefined ? undefined : Number(values.seed) }).then((f) => {
  console.log(describeCrashSoak(f));
  process.exit(crashSoakPassed(f, kills) ? 0 : 1);
});
