import { describe, expect, test } from 'vitest';
import { createRateLimit } from '../../room/rateLimit.ts';
import { htmlToParagraphs } from '../../room/roomDeck.ts';
import { resultsFile } from '../../src/join/resultsFile.ts';
import { createReconnectingSocket, type SocketLike } from '../../src/roomProtocol/reconnectingSocket.ts';
import { checkClientMessage, MAX_MESSAGE_BYTES } from '../../src/roomProtocol/roomMessages.ts';
import { parseReaderState } from '../../src/views/shared/readerStore.ts';

const TOKEN = 'abcdefghijklmnop0123';

describe('checkClientMessage', () => {
  test.each([
    [{ type: 'hello', device: 'device-0001' }],
    [{ type: 'hello', device: 'device-0001', token: TOKEN }],
    [{ type: 'hello', device: 'device-0001', lang: 'es' }],
    [{ type: 'vote', device: 'device-0001', bet: '4/1-0', choice: 2 }],
    [{ type: 'open', token: TOKEN, bet: '4-0' }],
    [{ type: 'close', token: TOKEN, bet: '4-0' }],
    [{ type: 'reveal', token: TOKEN, bet: '4-0' }],
    [{ type: 'slide', token: TOKEN, slide: '4/1' }],
    [{ type: 'reset', token: TOKEN }],
  ])('accepts %j', (m) => {
    expect(checkClientMessage(JSON.stringify(m))).toEqual({ ok: true, message: m });
  });

  test.each([
    ['binary', Buffer.from('{"type":"reset"}'), true, 'not text'],
    ['not JSON', '{type:', false, 'not JSON'],
    ['an array', '[]', false, 'not an object'],
    ['unknown type', '{"type":"admin"}', false, 'unknown type'],
    ['inherited type name', '{"type":"toString"}', false, 'unknown type'],
    [
      '__proto__ key',
      '{"type":"reset","token":"abcdefghijklmnop0123","__proto__":{}}',
      false,
      'unexpected field __proto__',
    ],
    ['extra field', '{"type":"reset","token":"abcdefghijklmnop0123","admin":true}', false, 'unexpected field admin'],
    ['missing token', '{"type":"reset"}', false, 'bad token'],
    ['choice not an integer', '{"type":"vote","device":"device-0001","bet":"4-0","choice":1.5}', false, 'bad choice'],
    ['choice a string', '{"type":"vote","device":"device-0001","bet":"4-0","choice":"1"}', false, 'bad choice'],
    ['short device', '{"type":"vote","device":"d","bet":"4-0","choice":1}', false, 'bad device'],
    [
      'a language tag that is not a language code',
      '{"type":"hello","device":"device-0001","lang":"es-ES<"}',
      false,
      'bad lang',
    ],
    ['a language that is not text', '{"type":"hello","device":"device-0001","lang":1}', false, 'bad lang'],
    ['markup in bet', '{"type":"vote","device":"device-0001","bet":"<b>","choice":1}', false, 'bad bet'],
    ['too large', JSON.stringify({ type: 'hello', device: 'x'.repeat(MAX_MESSAGE_BYTES) }), false, 'too large'],
    // 700 three-byte characters: under the limit in UTF-16 units, over it in bytes on the wire
    ['too large in bytes', JSON.stringify({ type: 'hello', device: '€'.repeat(700) }), false, 'too large'],
  ])('drops %s', (_name, data, binary, reason) => {
    expect(checkClientMessage(data, binary)).toEqual({ ok: false, reason });
  });
});

describe('createReconnectingSocket', () => {
  class FakeSocket implements SocketLike {
    readyState = 0;
    sent: string[] = [];
    onopen: SocketLike['onopen'] = null;
    onclose: SocketLike['onclose'] = null;
    onerror: SocketLike['onerror'] = null;
    onmessage: SocketLike['onmessage'] = null;
    send(d: string) {
      this.sent.push(d);
    }
    close() {
      this.onclose?.(undefined as never);
    }
    open() {
      this.readyState = 1;
      this.onopen?.(undefined as never);
    }
  }

  test('reconnects with backoff after each close, says hello again, and reports status', () => {
    const sockets: FakeSocket[] = [];
    const waits: number[] = [];
    const queued: (() => void)[] = [];
    const status: boolean[] = [];
    const rs = createReconnectingSocket({
      url: 'ws://x/room/ws',
      open: () => {
        const s = new FakeSocket();
        sockets.push(s);
        return s;
      },
      onOpen: (send) => send('hello'),
      onMessage: () => {},
      onStatus: (c) => status.push(c),
      schedule: (fn, ms) => {
        waits.push(ms);
        queued.push(fn);
      },
    });
    expect(rs.send('early')).toBe(false);
    sockets[0]!.open();
    expect(rs.connected).toBe(true);
    sockets[0]!.close(); // server gone
    sockets[0]!.close(); // a second close event of the same socket schedules nothing more
    for (let i = 0; i < 3; i++) {
      queued.shift()!(); // retry: the new socket fails to open
      sockets.at(-1)!.close();
    }
    queued.shift()!();
    sockets.at(-1)!.open();
    expect(waits).toEqual([250, 500, 1000, 2000]);
    expect(sockets.map((s) => s.sent)).toEqual([['hello'], [], [], [], ['hello']]);
    expect(status).toEqual([true, false, true]);
    rs.stop();
    expect(queued).toEqual([]);
  });
});

test('the rate limit allows a burst, then the refill rate', () => {
  let now = 0;
  const allow = createRateLimit(3, 2, () => now);
  expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
  now = 500; // half a second: one more
  expect([allow(), allow()]).toEqual([true, false]);
});

test('htmlToParagraphs keeps the words, drops the markup, decodes entities', () => {
  expect(
    htmlToParagraphs(
      '<p>One <em>give</em> &amp; <a href="x">take</a>.</p>\n<ul><li>a &lt;b&gt;</li><li>&#x2014;</li></ul>',
    ),
  ).toEqual(['One give & take.', 'a <b>', '—']);
});

test('the take-home file is a saved reading state the reading view accepts, with the room split beside it', () => {
  const file = resultsFile(
    'Give First',
    'AB234',
    [
      { bet: '4-0', question: 'Q?', choices: ['none', 'half', 'all'], yourVote: 1, tally: [2, 5, 1], verdict: 0 },
      { bet: '5-0', question: 'R?', choices: ['a', 'b'], yourVote: null, tally: null, verdict: null },
    ],
    '2026-12-06T00:00:00.000Z',
  );
  const parsed = parseReaderState(JSON.parse(JSON.stringify(file)));
  expect(parsed.notice).toBeNull();
  expect(parsed.state?.bets).toEqual({ '4-0': 'half' });
  expect(file.room.bets[0]).toMatchObject({ split: [2, 5, 1], modelSupports: 0 });
});
