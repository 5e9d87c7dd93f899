import { WebSocket } from 'ws';

/**
 * The bench's crowd, run as its own process so the server's CPU figure is the server's alone:
 * `node --import tsx bench/roomClients.ts URL BET CHOICES N SPREAD_MS`. Opens N sockets, says hello on each, then
 * every participant votes once at an evenly spread moment within SPREAD_MS. Prints one JSON line: when each vote
 * was sent (epoch ms, sub-ms precision) and how many the server confirmed as recorded.
 */
const [url, bet, choicesText, nText, spreadText] = process.argv.slice(2);
const n = Number(nText);
const choices = Number(choicesText);
const spread = Number(spreadText);
const now = () => performance.timeOrigin + performance.now();

async function main() {
  const sockets: WebSocket[] = [];
  let recorded = 0;
  let refused = 0;
  for (let i = 0; i < n; i++) {
    const ws = new WebSocket(url!);
    const device = `bench-device-${String(i).padStart(5, '0')}`;
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { type: string };
      if (m.type === 'recorded') recorded++;
      else if (m.type === 'refused') refused++;
    });
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
    });
    ws.send(JSON.stringify({ type: 'hello', device }));
    sockets.push(ws);
  }
  process.stdout.write('ready\n');
  await new Promise<void>((ok) => process.stdin.once('data', () => ok()));
  const start = now();
  const sent: number[] = new Array(n);
  await Promise.all(
    sockets.map(
      (ws, i) =>
        new Promise<void>((ok) => {
          setTimeout(
            () => {
              sent[i] = now();
              ws.send(
                JSON.stringify({
                  type: 'vote',
                  device: `bench-device-${String(i).padStart(5, '0')}`,
                  bet,
                  choice: i % choices,
                }),
              );
              ok();
            },
            (i * spread) / n,
          );
        }),
    ),
  );
  const deadline = now() + 10_000;
  while (recorded + refused < n && now() < deadline) await new Promise((ok) => setTimeout(ok, 20));
  process.stdout.write(`${JSON.stringify({ start, sent, recorded, refused })}\n`);
  for (const ws of sockets) ws.close();
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
