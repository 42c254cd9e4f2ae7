import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from './server';

/**
 * soak:crash: `kill -9` of a browser-mode server while documents are being posted, then a
 * restart on the same file, again and again. After every restart: the database opens (the stale
 * lock of the killed process is taken over), the integrity check is ok, receipt numbers run
 * 1…n without gaps or duplicates, and every document the server acknowledged is there with the
 * number it was acknowledged with.
 */
export interface CrashSoakFigures {
  kills: number;
  restarts: number;
  acknowledged: number;
  /** Posted documents found after the last restart (acknowledged + committed just before a kill). */
  found: number;
  /** Posts in flight at a kill: committed before the kill though never acknowledged, or not committed. */
  inFlightCommitted: number;
  inFlightLost: number;
  lostAcknowledged: number;
  gaps: number;
  duplicates: number;
  integrityFailures: number;
  problems: string[];
  seconds: number;
}

interface Posted {
  document: { id: string; number: string | null };
}
interface DocumentRow {
  id: string;
  number: string | null;
}

const seqOf = (n: string) => Number(/-(\d+)$/.exec(n)?.[1]);

export async function runCrashSoak(opts: { kills: number; seed?: number }): Promise<CrashSoakFigures> {
  let seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-soak-crash-'));
  const db = path.join(dir, 'corridor.sqlite');
  const home = path.join(dir, 'home');
  const started = Date.now();
  const f: CrashSoakFigures = {
    kills: 0,
    restarts: 0,
    acknowledged: 0,
    found: 0,
    inFlightCommitted: 0,
    inFlightLost: 0,
    lostAcknowledged: 0,
    gaps: 0,
    duplicates: 0,
    integrityFailures: 0,
    problems: [],
    seconds: 0,
  };
  const acknowledged = new Map<string, string>(); // id → number
  let server: RunningServer | undefined;
  try {
    server = await startServer({ db, home });
    const status = await server.invoke<{ homeOrganisation: { id: string } }>('system.setup', {
      operator: 'Soak Tester',
      pin: '1234',
      organisation: { name: 'Soak Logistics', shortName: 'SOAK', kind: 'military' },
    });
    const owner = status.homeOrganisation.id;
    const [site] = await server.invoke<{ id: string }[]>('sites.save', {
      rows: [{ code: 'SOAK-1', name: 'Soak depot', kind: 'warehouse' }],
    });
    const [item] = await server.invoke<{ id: string }[]>('items.save', {
      rows: [{ code: 'SOAK-TARP', name: 'Tarpaulin', category: 'shelter', baseUnit: 'each' }],
    });

    const verify = async (s: RunningServer, inFlight: Set<number>) => {
      const report = await s.invoke<{ ok: boolean; sqlite: string[]; differences: unknown[] }>('system.integrity', { depth: 'quick' });
      if (!report.ok) {
        f.integrityFailures += 1;
        f.problems.push(`integrity after restart ${f.restarts}: ${JSON.stringify(report).slice(0, 300)}`);
      }
      const page = await s.invoke<{ rows: DocumentRow[]; total: number }>('stock.documents.list', {
        siteId: site.id,
        kind: 'receipt',
        status: 'posted',
        limit: 10_000,
      });
      const byId = new Map(page.rows.map((r) => [r.id, r.number]));
      for (const [id, number] of acknowledged) {
        if (byId.get(id) !== number) {
          f.lostAcknowledged += 1;
          f.problems.push(`acknowledged ${number} (${id}) is ${byId.has(id) ? `numbered ${byId.get(id)}` : 'missing'}`);
        }
      }
      const seqs = page.rows.map((r) => seqOf(r.number ?? '')).sort((a, b) => a - b);
      const dup = seqs.filter((n, i) => i > 0 && n === seqs[i - 1]).length;
      const gaps = seqs.length === 0 ? 0 : seqs[seqs.length - 1] - new Set(seqs).size;
      if (dup || gaps)
        f.problems.push(`after restart ${f.restarts}: ${dup} duplicate and ${gaps} missing numbers in 1…${seqs[seqs.length - 1]}`);
      f.duplicates += dup;
      f.gaps += gaps;
      // Posts cut off by the kill: in the file if they committed, absent otherwise; never half there.
      const committed = page.rows.length - acknowledged.size;
      f.inFlightCommitted += committed;
      f.inFlightLost += Math.max(0, inFlight.size - committed);
      // What is there now counts as acknowledged for the next round.
      for (const r of page.rows) acknowledged.set(r.id, r.number!);
      f.found = page.rows.length;
    };

    for (let round = 0; round < opts.kills; round++) {
      const s = server;
      let n = 0;
      const inFlight = new Set<number>();
      let stop = false;
      const poster = async () => {
        while (!stop) {
          const k = n++;
          inFlight.add(k);
          try {
            const posted = await s.invoke<Posted>('stock.documents.create', {
              siteId: site.id,
              kind: 'receipt',
              counterpartyOrgId: owner,
              post: true,
              reference: `soak ${round}-${k}`,
              lines: [1, 2, 3].map((j) => ({ itemId: item.id, ownerOrgId: owner, quantity: 10 * j + (k % 7) })),
            });
            inFlight.delete(k);
            acknowledged.set(posted.document.id, posted.document.number!);
            f.acknowledged += 1;
          } catch {
            return; // the server was killed under this request
          }
        }
      };
      const posters = [poster(), poster()];
      // Let a few documents through, then kill at a random moment within the next posts.
      while (f.acknowledged === 0 || n < 3) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 20 + random() * 400));
      s.child.kill('SIGKILL');
      await s.exited;
      stop = true;
      await Promise.all(posters);
      f.kills += 1;
      server = await startServer({ db, home });
      // Sessions live in memory: the restarted server asks for the PIN again.
      await server.signIn('Soak Tester', '1234');
      f.restarts += 1;
      await verify(server, inFlight);
    }
    await server.stop();
    server = undefined;
  } catch (e) {
    f.problems.push(`stopped: ${(e as Error).message}`);
  } finally {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    f.seconds = Math.round((Date.now() - started) / 100) / 10;
  }
  return f;
}

export const crashSoakPassed = (f: CrashSoakFigures, kills: number) =>
  f.problems.length === 0 && f.kills === kills && f.restarts === kills && f.lostAcknowledged === 0 && f.gaps === 0 && f.duplicates === 0;

export function describeCrashSoak(f: CrashSoakFigures): string {
  return [
    ...f.problems.slice(0, 10).map((p) => `  problem: ${p}`),
    `soak:crash: ${f.kills} kill -9 while posting, ${f.restarts} restarts (each opened), ${f.seconds} s; ` +
      `documents acknowledged ${f.acknowledged}, found ${f.found} (in flight at a kill: ${f.inFlightCommitted} committed, ${f.inFlightLost} not); ` +
      `acknowledged but lost ${f.lostAcknowledged}; numbering gaps ${f.gaps}, duplicates ${f.duplicates}; integrity failures ${f.integrityFailures}`,
  ].join('\n');
}
