/**
 * The real report service as a child process (`node --import tsx server/index.ts`), for the fault tests:
 * only a separate process can be killed with SIGKILL mid-request, and only a process shows that nothing
 * crashes it. It listens on a free loopback port (HG_PORT=0) and prints its address, which is read here.
 * Reports are sent from the test over loopback only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface ServiceProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it wrote to standard error, for a failing test's message. */
  stderr(): string;
  /** Resolves when the process has exited (with its code, or the signal that ended it). */
  readonly exited: Promise<number | NodeJS.Signals>;
  kill(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals>;
}

export interface ServiceEnv {
  readonly HG_DATA_DIR: string;
  readonly DATABASE_URL?: string;
  readonly [name: string]: string | undefined;
}

/** Generous rate limits: the fault tests send many reports from one address on purpose. */
const TEST_ENV = {
  HG_PORT: '0', HG_HOST: '127.0.0.1', HG_LOG: '0', HG_REPORTS_PER_HOUR: '1000000', HG_REPORT_BURST: '1000000',
};

export function startServiceProcess(env: ServiceEnv, timeoutMs = 45_000): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...TEST_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | NodeJS.Signals>((done) => child.once('exit', (code, signal) => done(signal ?? code ?? 0)));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the service did not start within ${timeoutMs} ms:\n${out}\n${err}`));
    }, timeoutMs);
    void exited.then((how) => {
      clearTimeout(timer);
      fail(new Error(`the service exited (${how}) before it listened:\n${out}\n${err}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /report service: (http:\/\/\S+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      done({
        url: match[1],
        child,
        exited,
        stderr: () => err,
        kill(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    });
  });
}
