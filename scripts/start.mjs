// `npm start`: the editor (Vite, http://127.0.0.1:5173) and the live-room server
// (ws://127.0.0.1:1234/collab, rooms kept in data/rooms.sqlite) together, on loopback.
// The editor works without the server; if the server cannot start, the editor keeps running.
import { spawn } from 'node:child_process';

const collabPort = process.env.COLLAB_PORT ?? '1234';
const env = { ...process.env, COLLAB_PORT: collabPort };
const children = [];

function run(name, command, args) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    if (name === 'editor') stop(code ?? 1);
    else
      console.error(
        `The room server stopped (${signal ?? code}); the editor goes on without live rooms.`,
      );
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
  Promise.all(
    children.map((child) => child.exitCode !== null || new Promise((r) => child.once('exit', r))),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('room server', process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', collabPort]);
run('editor', process.execPath, [
  'node_modules/vite/bin/vite.js',
  '--host',
  '127.0.0.1',
  '--port',
  '5173',
]);
