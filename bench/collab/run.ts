import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerProcess, type Started } from '../../server/testing/processes';
import { readBlueprint } from '../../src/collab';
import { account, percentile, type RoomOutcome } from './accounting';
import { openClassroom, type Classroom } from './classroom';
import { joinInBrowser, joinInNode } from './joining';
import { machine, markdown, scenarioPasses, writeResults, type ScenarioResult } from './report';
import { watchServer } from './serverStats';

/**
 * `npm run bench:collab`: a class of 40 in one 300-step room, then 20 such rooms at once, on
 * loopback against the real room server; then a newcomer joining. Stops by itself.
 * BENCH_COLLAB_SECONDS (60), BENCH_COLLAB_ROOMS (20), BENCH_COLLAB_STUDENTS (40) shorten a run.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const SECONDS = Number(process.env.BENCH_COLLAB_SECONDS ?? 60);
const ROOMS = Number(process.env.BENCH_COLLAB_ROOMS ?? 20);
const STUDENTS = Number(process.env.BENCH_COLLAB_STUDENTS ?? 40);
/** Full clients per room when many rooms run at once; the others are light (lightClient.ts). */
const FULL_PER_ROOM = Number(process.env.BENCH_COLLAB_FULL ?? 4);
const HARD_LIMIT_MS = Number(process.env.BENCH_COLLAB_LIMIT_S ?? 600) * 1000;

const log = (...parts: unknown[]) =>
  console.log(`[bench:collab ${new Date().toISOString().slice(11, 19)}]`, ...parts);

let server: Started | null = null;
const workDir = mkdtempSync(join(tmpdir(), 'sbs-bench-collab-'));

const limit = setTimeout(() => {
  console.error(`bench:collab: over ${HARD_LIMIT_MS / 1000} s, stopping`);
  void server?.stop('SIGKILL').finally(() => process.exit(1));
}, HARD_LIMIT_MS);
limit.unref();

function buildEditor(): string | null {
  const outDir = join(workDir, 'app');
  const built = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  return built.status === 0 ? outDir : null;
}

async function scenario(
  name: string,
  rooms: number,
  full: number,
  url: string,
  pid: number,
): Promise<{ result: ScenarioResult; first: Classroom }> {
  log(`${name}: ${rooms} room(s) of ${STUDENTS} (${full} full clients each), joining`);
  const classrooms: Classroom[] = [];
  for (let i = 0; i < rooms; i++)
    classrooms.push(await openClassroom(url, classrooms.length + rooms * 100, STUDENTS, full));
  log(`${name}: editing for ${SECONDS} s`);
  const usage = watchServer(pid);
  const benchCpu = process.cpuUsage();
  const benchStart = performance.now();
  await Promise.all(classrooms.map((room) => room.start(SECONDS * 1000)));
  const outcomes: RoomOutcome[] = [];
  for (const room of classrooms) outcomes.push(await account(room));
  const server = usage.stop();
  const used = process.cpuUsage(benchCpu);
  const benchCpuPercent =
    ((used.user + used.system) / 1000 / (performance.now() - benchStart)) * 100;
  const latencies = outcomes.flatMap((o) => o.latencies);
  const result: ScenarioResult = {
    name,
    rooms,
    clientsPerRoom: STUDENTS,
    fullClientsPerRoom: full,
    benchCpuPercent,
    seconds: SECONDS,
    edits: outcomes.reduce((n, o) => n + o.edits, 0),
    keystrokes: outcomes.reduce((n, o) => n + o.keystrokes, 0),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: percentile(latencies, 100),
    overtaken: outcomes.reduce((n, o) => n + o.overtaken, 0),
    lostEdits: outcomes.reduce((n, o) => n + o.lostEdits, 0),
    identical: outcomes.every((o) => o.identical),
    settleMs: Math.max(...outcomes.map((o) => o.settleMs)),
    server,
    problems: outcomes.flatMap((o) => o.problems).slice(0, 10),
  };
  log(
    `${name}: ${result.edits} edits, p50 ${Math.round(result.p50)} ms, p95 ${Math.round(result.p95)} ms, ` +
      `lost ${result.lostEdits}, identical ${result.identical}, server CPU ${Math.round(server.cpuAveragePercent)}%, RSS ${Math.round(server.rssPeakMb)} MB`,
  );
  for (const room of classrooms.slice(1)) room.destroy();
  return { result, first: classrooms[0]! };
}

async function main() {
  const started = performance.now();
  const machineAtStart = machine();
  log('building the editor for the browser join');
  const appDir = process.env.BENCH_COLLAB_BROWSER === '0' ? null : buildEditor();
  server = await startServerProcess({
    dataDir: join(workDir, 'data'),
    staticDir: appDir ?? undefined,
  });
  const url = `ws://127.0.0.1:${server.port}/collab`;
  const pid = server.process.pid!;

  const scenarios: ScenarioResult[] = [];
  const one = await scenario('One class', 1, STUDENTS, url, pid);
  scenarios.push(one.result);

  log('a newcomer joins the 300-step room');
  const joinNodeMs: number[] = [];
  const held = readBlueprint(
    one.first.clients[0]!.doc,
    { view: { x: 0, y: 0, zoom: 1 }, guideStep: 1 },
    null,
  );
  const expected = held.ok ? JSON.stringify(held.value) : 'invalid';
  for (let i = 0; i < 5; i++) {
    const joined = await joinInNode(url, one.first.roomId, one.first.editKey);
    joinNodeMs.push(joined.ms);
    if (joined.text !== expected)
      one.result.problems.push('a newcomer got a different document from the server');
  }
  const joinBrowserMs = appDir
    ? await joinInBrowser(`http://127.0.0.1:${server.port}/`, one.first.editKey, 3)
    : [];
  one.first.destroy();

  if (ROOMS > 1) {
    const many = await scenario(
      `${ROOMS} classes at once`,
      ROOMS,
      Math.min(FULL_PER_ROOM, STUDENTS),
      url,
      pid,
    );
    scenarios.push(many.result);
    many.first.destroy();
  }

  const refusals = server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('[room-server]'));
  if (refusals.length)
    log(`the server logged ${refusals.length} lines, first: ${refusals.slice(0, 5).join(' | ')}`);
  await server.stop();
  server = null;
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: machineAtStart,
    scenarios,
    joinNodeMs: joinNodeMs.map(Math.round),
    joinBrowserMs: joinBrowserMs.map(Math.round),
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  if (process.env.BENCH_COLLAB_WRITE !== '0') {
    const files = [join(root, 'bench/RESULTS.md'), join(here, 'results.json')] as const;
    writeResults(results, ...files);
    spawnSync(
      process.execPath,
      [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', ...files],
      { stdio: 'ignore' },
    );
  }
  console.log(`\n${markdown(results)}`);
  for (const s of scenarios)
    if (s.problems.length) console.log(`${s.name} problems:\n  ${s.problems.join('\n  ')}`);
  rmSync(workDir, { recursive: true, force: true });
  process.exit(scenarios.every(scenarioPasses) ? 0 : 1);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await server?.stop('SIGKILL');
  process.exit(1);
});
