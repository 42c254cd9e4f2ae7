import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';

/** A browser-mode server started the way `npm run start:browser` starts it (the same CLI), on a free loopback port. */
export interface RunningServer {
  child: ChildProcess;
  port: number;
  token: string;
  /** stderr so far: what the server logged. */
  log: () => string;
  /** POST /api/invoke; resolves with the result value or rejects with the error (code: message). */
  invoke<T = unknown>(name: string, input: unknown): Promise<T>;
  /** Signs this client's session (one x-corridor-session id, like a browser tab's) in as an operator. */
  signIn(name: string, pin: string): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..', '..');

export function startServer(opts: { db: string; home: string }): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'electron', 'server', 'cli.ts'), '--db', opts.db, '--port', '0', '--home', opts.home],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const m = /^Corridor running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)$/.exec(line);
      if (!m) return reject(new Error(`unexpected first line from the server: ${line}`));
      const port = Number(m[1]);
      const token = m[2];
      const session = `soak-${crypto.randomUUID()}`;
      const invoke = async <T>(name: string, input: unknown): Promise<T> => {
        const res = await fetch(`http://127.0.0.1:${port}/api/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-corridor-session': session },
          body: JSON.stringify({ name, input }),
        });
        const body = (await res.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
        if (!body.ok) throw new Error(`${body.error!.code}: ${body.error!.message}`);
        return body.value as T;
      };
      resolve({
        child,
        port,
        token,
        log: () => stderr,
        exited,
        invoke,
        async signIn(name, pin) {
          const operators = await invoke<{ id: string; displayName: string }[]>('auth.operators', {});
          const operator = operators.find((o) => o.displayName === name);
          if (!operator) throw new Error(`no operator ${name} on this server`);
          await invoke('auth.signIn', { operatorId: operator.id, pin });
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`the server ended before serving (code ${code}, signal ${signal}): ${stderr}`)),
    );
  });
}
