/**
 * npm run soak:http [-- --inputs N --seconds S --seed N]: malformed requests against a running
 * browser-mode server; prints its figures last and exits 1 if any input got no 4xx or the server exited.
 */
import { parseArgs } from 'node:util';
import { describeHttpSoak, runHttpSoak } from './http-soak';

const { values } = parseArgs({ options: { inputs: { type: 'string' }, seconds: { type: 'string' }, seed: { type: 'string' } } });
void runHttpSoak({
  inputs: Number(values.inputs ?? 10_000),
  seconds: Number(values.seconds ?? 180),
  seed: values.seed === undefined ? undefined : Number(values.seed),
}).then((f) => {
  console.log(describeHttpSoak(f));
  process.exit(f.failures.length === 0 && f.serverExits === 0 && f.stillServing ? 0 : 1);
});
