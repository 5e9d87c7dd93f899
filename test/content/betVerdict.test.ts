/**
 * The model's verdict on each bet, one rule everywhere: the room's server and the reading view ask
 * src/content/betVerdict.ts, keyed by the bet's sim block (its place in the deck), so a translated deck's bet gets the
 * same choice index as the English one, and a bet the rules do not know gets none. The rule's own claims over many
 * seeds are test/slides/numbers.test.ts's; here: on each block's own run the verdict is the choice that test expects.
 */
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createModelVerdict } from '../../room/modelVerdict.ts';
import { createRoomDeck } from '../../room/roomDeck.ts';
import { betRuleFor, betRules } from '../../src/content/betRules.ts';
import { betVerdict } from '../../src/content/betVerdict.ts';
import { findTranslations, loadDeck, loadTranslation } from '../../src/content/index.ts';
import type { SimBlock } from '../../src/content/types.ts';
import { connect, startTestRoom, TOKEN } from '../room/roomTestServer.ts';

const SLIDES = path.resolve(import.meta.dirname, '../../slides');
const english = loadDeck(SLIDES, 'slides');
const languages = findTranslations(SLIDES);
const betsOf = (deck: typeof english) => deck.slides.flatMap((s) => s.sims.filter((b) => b.bet));

describe('the model verdict', () => {
  test('the kit has translations to check (else the cross-language tests below check nothing)', () => {
    expect(languages.length).toBeGreaterThan(0);
  });

  test.each(betsOf(english).map((b) => [b.id, b] as const))('%s: the choice the numbers test expects', (_, block) => {
    const rule = betRuleFor(block);
    expect(rule, `no rule for ${block.id}`).toBeDefined();
    expect(betVerdict(block)?.choice).toBe(rule!.supports);
  });

  test.each(languages)('%s: each bet gets the same verdict index as the English deck', (lang) => {
    const translated = betsOf(loadTranslation(english, SLIDES, lang, 'slides'));
    const original = betsOf(english);
    expect(translated.map((b) => b.id)).toEqual(original.map((b) => b.id));
    for (const [i, block] of translated.entries()) {
      expect(block.bet!.question).not.toBe(original[i]!.bet!.question);
      expect(betVerdict(block)?.choice, block.id).toBe(betVerdict(original[i]!)?.choice);
      expect(betVerdict(block)).not.toBeNull();
    }
  });

  test('a bet the rules do not know (another preset or number of choices at that place, or another place) gets none', () => {
    const block = betsOf(english)[0]!;
    const other = betRules.find((r) => r.preset !== block.preset)!.preset;
    const strangers: SimBlock[] = [
      { ...block, preset: other },
      { ...block, bet: { question: 'Q?', choices: ['a', 'b'] } },
      { ...block, id: 's99-0-0' },
    ];
    for (const s of strangers) expect(betVerdict(s)).toBeNull();
    expect(betVerdict({ ...block, bet: undefined })).toBeNull();
  });

  test("a reader's own run counts: the rule is applied to the given settings and seed", () => {
    const block = betsOf(english).find((b) => b.preset === 'science')!;
    const rule = betRuleFor(block)!;
    // with q far above c/b, helping survives: the rule must then pick another choice than on the slide's run
    const high = betVerdict(block, { params: { ...block.overrides, model: 'science', q: 0.9 }, seed: block.seed });
    expect(high?.choice).not.toBe(rule.supports);
  });

  test('the room server answers with the same index (cached per bet)', () => {
    const verdict = createModelVerdict();
    for (const lang of ['en', ...languages]) {
      const deck = lang === 'en' ? english : loadTranslation(english, SLIDES, lang, 'slides');
      for (const bet of createRoomDeck(deck).bets.values()) {
        expect(verdict(bet), `${lang} ${bet.id}`).toBe(betRuleFor(bet.block)!.supports);
      }
    }
  });
});

describe('a room on the Spanish deck', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.close();
  });

  test.each(languages)('%s: after the reveal, phones get the verdict index the rule picks', async (lang) => {
    const room = await startTestRoom(loadTranslation(english, SLIDES, lang, 'slides'));
    opened.push(room);
    const bet = [...room.deck.bets.values()][0]!;
    const phone = await connect(room.url);
    opened.push({ close: async () => phone.close() });
    phone.send({ type: 'hello', device: 'verdict-phone-01' });
    const presenter = await connect(room.url);
    opened.push({ close: async () => presenter.close() });
    presenter.send({ type: 'hello', device: 'presenter-device', token: TOKEN });
    presenter.send({ type: 'slide', token: TOKEN, slide: bet.slide });
    presenter.send({ type: 'open', token: TOKEN, bet: bet.id });
    presenter.send({ type: 'close', token: TOKEN, bet: bet.id });
    presenter.send({ type: 'reveal', token: TOKEN, bet: bet.id });
    const shown = await phone.next((m) => m.type === 'state' && m.bet?.status === 'revealed');
    if (shown.type !== 'state') throw new Error('not a state');
    expect(shown.bet!.verdict).toBe(betRuleFor(bet.block)!.supports);
    expect(shown.bet!.choices).toEqual(bet.choices);
  });
});
