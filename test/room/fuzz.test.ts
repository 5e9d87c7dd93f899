import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkClientMessage } from '../../src/roomProtocol/roomMessages.ts';
import { connect, startTestRoom, type TestRoom, TOKEN } from './roomTestServer.ts';

let t: TestRoom;
let betId: string;
let choices: number;

beforeAll(async () => {
  t = await startTestRoom();
  const bet = [...t.deck.bets.values()][0]!;
  betId = bet.id;
  choices = bet.choices.length;
  const presenter = await connect(t.url);
  presenter.send({ type: 'slide', token: TOKEN, slide: bet.slide });
  presenter.send({ type: 'open', token: TOKEN, bet: betId });
  presenter.send({ type: 'hello', device: 'presenter-device', token: TOKEN });
  await presenter.next((m) => m.type === 'state' && m.bet?.status === 'open');
  // two honest votes before the fuzz: the tally the hostile messages must not change
  for (const [i, device] of ['honest-device-1', 'honest-device-2'].entries()) {
    const phone = await connect(t.url);
    phone.send({ type: 'vote', device, bet: betId, choice: i % choices });
    await phone.next((m) => m.type === 'recorded');
    phone.close();
  }
  presenter.close();
});
afterAll(() => t.close());

const VALID: Record<string, Record<string, unknown>> = {
  hello: { device: 'fuzz-device-001' },
  vote: { device: 'fuzz-device-001', bet: 'BET', choice: 0 },
  open: { token: TOKEN, bet: 'BET' },
  close: { token: TOKEN, bet: 'BET' },
  reveal: { token: TOKEN, bet: 'BET' },
  slide: { token: TOKEN, slide: '0' },
  reset: { token: TOKEN },
};

/** Values that no field of the schema accepts, whatever the field. */
const hostile = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    -1,
    1.5,
    2 ** 53,
    16,
    '',
    'x',
    'x'.repeat(3000),
    '<img src=x onerror=alert(1)>',
    '../../etc',
  ),
  fc.constantFrom([], [1, 2], {}, { __proto__: { admin: true } }, { toString: 'x' }),
  fc.string({ maxLength: 7 }),
);

/** One malformed or hostile message of any kind: a field broken, dropped, or joined by an unexpected key. */
const malformed = fc.oneof(
  fc
    .record({ kind: fc.constantFrom(...Object.keys(VALID)), field: fc.string({ maxLength: 10 }), value: hostile })
    .map(({ kind, field, value }) => {
      const fields = Object.keys(VALID[kind]!);
      const target = fields.length ? fields[Math.abs(field.length) % fields.length]! : 'device';
      return JSON.stringify({ type: kind, ...VALID[kind], bet: betId, [target]: value });
    }),
  fc.constantFrom(...Object.keys(VALID)).map((kind) => {
    const fields: Record<string, unknown> = { ...VALID[kind]!, bet: betId };
    delete fields[Object.keys(VALID[kind]!)[0] ?? 'bet'];
    return JSON.stringify({ type: kind, ...fields });
  }),
  fc
    .constantFrom(...Object.keys(VALID))
    .map((kind) => `{"type":"${kind}","__proto__":{"token":"${TOKEN}"},"device":"fuzz-device-001"}`),
  fc
    .constantFrom('constructor', 'prototype', 'extra')
    .map((key) => JSON.stringify({ type: 'vote', ...VALID.vote, bet: betId, [key]: 1 })),
  fc.string({ maxLength: 20 }).map((type) => JSON.stringify({ type: `x${type}`, device: 'fuzz-device-001' })),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('null', '[]', '"vote"', '1', '{', JSON.stringify({ type: 'vote', device: 'd'.repeat(3000) })),
  fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => Buffer.from(b)),
);

/** Well-formed presenter messages with no token or a wrong one: refused, never obeyed. */
const impostor = fc
  .record({
    kind: fc.constantFrom('open', 'close', 'reveal', 'slide', 'reset'),
    token: fc.constantFrom(undefined, 'wrong-token-0123456789abc', `${TOKEN}x`),
  })
  .map(({ kind, token }) =>
    JSON.stringify({
      type: kind,
      ...(token ? { token } : {}),
      ...(kind === 'slide' ? { slide: '0' } : kind === 'reset' ? {} : { bet: betId }),
    }),
  );

describe('the room server under hostile input (real sockets, real SQLite)', () => {
  test('600 malformed, hostile and impostor messages, then a flood: it keeps serving and the tally is unchanged', async () => {
    const before = t.store.tally(t.room.id, betId, choices);
    const impostors = fc.sample(impostor, { numRuns: 120, seed: 17 });
    const messages = [...fc.sample(malformed, { numRuns: 480, seed: 16 }), ...impostors];
    // an impostor without a token fails the schema (dropped); one with a wrong token is well-formed (refused)
    const withToken = impostors.filter((m) => m.includes('"token"')).length;
    expect(withToken).toBeGreaterThan(40);
    // none of them is a valid vote: they must all be dropped or refused
    for (const m of messages) {
      const c = typeof m === 'string' ? checkClientMessage(m) : checkClientMessage(m, true);
      if (c.ok) expect(c.message.type === 'vote' || c.message.type === 'hello').toBe(false);
    }
    const dropped0 = t.server.stats.dropped;
    const refused0 = t.server.stats.refused;
    // spread over connections so the rate limit (a burst of 20) does not hide the schema: 15 messages each
    for (let i = 0; i < messages.length; i += 15) {
      const c = await connect(t.url);
      for (const m of messages.slice(i, i + 15)) c.send(m);
      c.send({ type: 'hello', device: 'fuzz-probe-0001' });
      await c.next((m) => m.type === 'state');
      c.close();
    }
    expect(t.server.stats.dropped + t.server.stats.refused - dropped0 - refused0).toBeGreaterThanOrEqual(
      messages.length,
    );
    expect(t.server.stats.refused - refused0).toBeGreaterThanOrEqual(withToken);

    // a flood from one connection: dropped beyond the rate limit, then the connection is closed
    const flooder = await connect(t.url);
    const closed = new Promise<number>((ok) => flooder.socket.once('close', (code) => ok(code)));
    for (let i = 0; i < 2000; i++) flooder.send({ type: 'vote', device: 'flood-device-01', bet: betId, choice: 99 });
    expect(await closed).toBe(1008);

    // still serving: the tally is what it was, the bet still open, and an honest vote still counts
    const probe = await connect(t.url);
    probe.send({ type: 'hello', device: 'after-fuzz-0001' });
    const state = await probe.next((m) => m.type === 'state');
    expect(state.type === 'state' && state.bet?.status).toBe('open');
    expect(t.store.tally(t.room.id, betId, choices)).toEqual(before);
    probe.send({ type: 'vote', device: 'after-fuzz-0001', bet: betId, choice: 0 });
    await probe.next((m) => m.type === 'recorded');
    expect(t.store.tally(t.room.id, betId, choices)[0]).toBe(before[0]! + 1);
    probe.close();
  }, 60_000);
});
