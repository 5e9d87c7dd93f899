import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { WebSocket } from 'ws';
import { startRoomProcess } from '../scripts/lib/roomProcess.ts';
import { loadDeck } from '../src/content/loadDeck.ts';
import type { Figure } from './figure.ts';
import { joinPageBytes } from './joinPageBytes.ts';

// GF_ROOM_PARTICIPANTS=N measures another crowd size (the docs' capacity figure); the issue's figure is 1,000
const PARTICIPANTS = Number(process.env.GF_ROOM_PARTICIPANTS ?? 1000);
const SPREAD_MS = 2000;
const now = () => performance.timeOrigin + performance.now();

function procStats(pid: number): { cpuMs: number; peakRssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks (100 a second on Linux)
  const ticks = Number(fields[11]) + Number(fields[12]);
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMs: ticks * 10, peakRssMb: Number(hwm?.[1] ?? 0) / 1024 };
}

/**
 * `npm run bench -- room`: a room server process, a projector socket here, and 1,000 participants in another process,
 * each voting once within 2 s. Latency: a vote's send time to the first projector tally that counts at least as many
 * votes as had been sent up to and including it (the server sends one tally per recorded vote, in arrival order).
 */
export async function run(): Promise<Figure[]> {
  const data = mkdtempSync(join(tmpdir(), 'gf-room-bench-'));
  const room = await startRoomProcess(data);
  try {
    const bet = loadDeck('slides').slides.flatMap((s) =>
      s.sims.filter((b) => b.bet).map((b) => ({ slide: s.id, b })),
    )[0]!;
    const url = `ws://127.0.0.1:${room.port}/room/ws`;
    const projector = new WebSocket(url);
    const tallies: { t: number; total: number }[] = [];
    await new Promise<void>((ok) => projector.once('open', () => ok()));
    const opened = new Promise<void>((ok) =>
      projector.on('message', (d) => {
        const m = JSON.parse(String(d)) as { type: string; tally?: number[]; bet?: { status: string } };
        if (m.type === 'tally') tallies.push({ t: now(), total: m.tally!.reduce((a, b) => a + b, 0) });
        if (m.type === 'state' && m.bet?.status === 'open') ok();
      }),
    );
    const token = room.token;
    projector.send(JSON.stringify({ type: 'hello', device: 'bench-projector', token }));
    projector.send(JSON.stringify({ type: 'slide', token, slide: bet.slide }));
    projector.send(JSON.stringify({ type: 'open', token, bet: bet.b.id }));
    await opened;

    let before = procStats(room.child.pid!);
    const atStart = before;
    const crowd = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/roomClients.ts',
        url,
        bet.b.id,
        String(bet.b.bet!.choices.length),
        String(PARTICIPANTS),
        String(SPREAD_MS),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let out = '';
    crowd.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n') && !crowd.stdin.writableEnded) {
        // the crowd has connected and said hello: from here on the server's CPU is the votes' alone
        before = procStats(room.child.pid!);
        crowd.stdin.end('go\n');
      }
    });
    await new Promise<void>((ok) => crowd.once('exit', () => ok()));
    const result = JSON.parse(out.split('\n').filter(Boolean).at(-1)!) as {
      sent: number[];
      recorded: number;
      refused: number;
    };
    await new Promise((ok) => setTimeout(ok, 300));
    const after = procStats(room.child.pid!);
    projector.close();

    const sent = [...result.sent].sort((a, b) => a - b);
    const latencies = sent.map((t, i) => {
      const seen = tallies.find((x) => x.total >= i + 1);
      return seen ? seen.t - t : Number.POSITIVE_INFINITY;
    });
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    const db = new Database(join(data, 'rooms.sqlite'), { readonly: true });
    const stored = (db.prepare('SELECT COUNT(*) AS n FROM votes WHERE bet = ?').get(bet.b.id) as { n: number }).n;
    db.close();
    const lost = PARTICIPANTS - Math.min(stored, result.recorded);
    const bytes = joinPageBytes();
    return [
      {
        id: 'room.cpu.join',
        label: `room server CPU time, ${PARTICIPANTS} phones connecting`,
        value: before.cpuMs - atStart.cpuMs,
        unit: 'ms',
      },
      {
        id: 'room.cpu',
        label: `room server CPU time, ${PARTICIPANTS} votes in 2 s`,
        value: after.cpuMs - before.cpuMs,
        unit: 'ms',
      },
      { id: 'room.rss', label: 'room server peak RSS', value: after.peakRssMb, unit: 'MB' },
      { id: 'room.p50', label: 'vote → projector tally, p50', value: pct(0.5), unit: 'ms' },
      {
        id: 'room.p95',
        label: 'vote → projector tally, p95',
        value: pct(0.95),
        unit: 'ms',
        goal: '≤ 250 ms',
        ok: pct(0.95) <= 250,
      },
      {
        id: 'room.lost',
        label: `votes lost of ${PARTICIPANTS}`,
        value: lost,
        unit: 'votes',
        goal: '0',
        ok: lost === 0,
      },
      {
        id: 'room.bytes',
        label: 'participant page, gzip',
        value: bytes / 1024,
        unit: 'KB',
        goal: '≤ 25 KB',
        ok: bytes <= 25 * 1024,
      },
    ];
  } finally {
    await room.stop();
    rmSync(data, { recursive: true, force: true });
  }
}
