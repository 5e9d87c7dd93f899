import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface RoomProcess {
  child: ChildProcess;
  port: number;
  base: string;
  /** the presenter link's token */
  token: string;
  code: string;
  output(): string;
  /** SIGKILL: no shutdown handler runs, as when a laptop's process dies */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `npm run room`'s program as a real process (no build: the tests' globalSetup built dist/) on 127.0.0.1 with
 * its own data folder, and reads the addresses it prints.
 */
export async function startRoomProcess(data: string, port = 0, extra: string[] = []): Promise<RoomProcess> {
  if (!existsSync('dist/join.html')) throw new Error('dist/join.html is missing: run `npm run build` first');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'room/main.ts',
      '--no-build',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--data',
      data,
      ...extra,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`room did not start:\n${out}`)), 60_000);
    const check = () => {
      if (/Ctrl\+C stops the room/.test(out)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`room exited (${code}):\n${out}`));
    });
  });
  const link = /http:\/\/localhost:(\d+)\/\?room=([A-Za-z0-9_-]+)/.exec(out);
  const code = /room ([A-Z0-9]{5})/.exec(out);
  if (!link || !code) throw new Error(`room printed no presenter link:\n${out}`);
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  return {
    child,
    port: Number(link[1]),
    base: `http://127.0.0.1:${link[1]}/`,
    token: link[2]!,
    code: code[1]!,
    output: () => out,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
