import { runFuzz } from './fuzz';

/**
 * npm run soak:fuzz [-- --count N --seed S]: the contract fuzz at full size (default 10,000
 * inputs). Prints its figures last; exits 1 if any call crashed, answered `internal` or wrote
 * while refusing.
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${name} must be a positive whole number`);
    process.exit(2);
  }
  return v;
}

const count = arg('count', 10_000);
const seed = arg('seed', Date.now() % 1_000_000);
async function main(): Promise<void> {
  console.log(`Contract fuzz: ${count.toLocaleString('en')} inputs, seed ${seed}`);
  const f = await runFuzz({ count, seed, onProgress: (n) => console.log(`  ${n.toLocaleString('en')} inputs tried`) });
  for (const failure of f.failures) console.log(`  ${failure}`);
  console.log(
    `soak:fuzz — inputs tried: ${f.inputs.toLocaleString('en')} (accepted ${f.accepted.toLocaleString('en')}, refused ${f.refused.toLocaleString('en')}), ` +
      `crashes: ${f.crashes}, internal errors: ${f.internalErrors}, partial writes: ${f.partialWrites}, ${f.seconds} s`,
  );
  process.exit(f.crashes + f.internalErrors + f.partialWrites === 0 ? 0 : 1);
}

void main();
