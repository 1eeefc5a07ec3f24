import { parseArgs } from 'node:util';
import { startRoomServer } from './createRoomServer';

/**
 * `npm run server -- [--port 1234] [--host 127.0.0.1] [--data data] [--redis host:port]
 * [--static dist]`: the live-room server. Loopback by default; `--host 0.0.0.0` for a classroom.
 */

const USAGE = `Usage: npm run server -- [--port 1234] [--host 127.0.0.1] [--data data] [--redis host:port] [--static dist]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        redis: { type: 'string' },
        static: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port ?? process.env.COLLAB_PORT ?? 1234);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, not "${values.port}"`);

let redis: { host: string; port: number } | null = null;
if (values.redis) {
  const match = /^(.+):(\d+)$/.exec(values.redis);
  if (!match) fail(`--redis must be host:port, not "${values.redis}"`);
  redis = { host: match[1]!, port: Number(match[2]) };
}

const server = await startRoomServer({
  port,
  host: values.host ?? '127.0.0.1',
  dataDir: values.data ?? 'data',
  redis,
  staticDir: values.static ?? null,
}).catch((error: unknown) =>
  fail(
    `The room server could not start: ${error instanceof Error ? error.message : String(error)}`,
  ),
);

console.log(
  `Room server listening on ${server.url} (rooms kept in ${values.data ?? 'data'}/rooms.sqlite${redis ? `, scaled out through Redis at ${redis.host}:${redis.port}` : ''})`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`Room server stopping (${signal}): writing open rooms`);
  void server.close().then(() => process.exit(0));
  setTimeout(() => process.exit(1), 5000).unref();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
