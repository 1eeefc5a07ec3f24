import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Starting and stopping the room server and Redis as real processes, for tests and the bench. */

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string, timeoutMs = 20_000) {
  return new Promise<RegExpExecArray>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`${what} did not start:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${what} could not be started: ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function collect(child: ChildProcess): () => string {
  let text = '';
  const add = (chunk: Buffer) => {
    text += chunk.toString();
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => text;
}

export interface Started {
  process: ChildProcess;
  port: number;
  /** Everything the process has printed so far. */
  output(): string;
  /** Stops the process by its PID and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function stopper(child: ChildProcess) {
  return (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      if (child.pid) process.kill(child.pid, signal);
    });
}

export async function startRedis(): Promise<Started> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = collect(child);
  await waitForLine(child, /Ready to accept connections/, 'redis-server');
  return { process: child, port, output, stop: stopper(child) };
}

export interface ServerProcessOptions {
  dataDir: string;
  port?: number;
  redisPort?: number;
  staticDir?: string;
}

/** `tsx server/main.ts` as a child process, as `npm run server` starts it. */
export async function startServerProcess(options: ServerProcessOptions): Promise<Started> {
  const args = [
    '--import',
    'tsx',
    'server/main.ts',
    '--port',
    String(options.port ?? 0),
    '--data',
    options.dataDir,
  ];
  if (options.redisPort) args.push('--redis', `127.0.0.1:${options.redisPort}`);
  if (options.staticDir) args.push('--static', options.staticDir);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collect(child);
  const match = await waitForLine(
    child,
    /listening on ws:\/\/127\.0\.0\.1:(\d+)\/collab/,
    'room server',
  );
  return { process: child, port: Number(match[1]), output, stop: stopper(child) };
}
