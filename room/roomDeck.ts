import type { Deck, SimBlock } from '../src/content/types.ts';
import type { SlideView } from '../src/roomProtocol/roomMessages.ts';

export interface RoomBet {
  id: string;
  slide: string;
  question: string;
  choices: string[];
  block: SimBlock;
}

/** What the room needs of the parsed deck: each slide as the phones show it, and each bet with its slide. */
export interface RoomDeck {
  title: string;
  slides: Map<string, SlideView>;
  bets: Map<string, RoomBet>;
  /** the first bet on a slide, if it has one */
  betOn(slide: string): RoomBet | undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The narrative's HTML (built from the deck's own Markdown) as plain paragraphs: phones show it as text, so even the
 * deck's markup never reaches a phone as HTML.
 */
export function htmlToParagraphs(html: string): string[] {
  return html
    .split(/<\/(?:p|li|h[1-6]|blockquote|pre)>|<br\s*\/?>/i)
    .map((part) =>
      part
        .replace(/<[^>]*>/g, '')
        .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
          if (e[0] === '#') {
            const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
            return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
          }
          return ENTITIES[e.toLowerCase()] ?? m;
        })
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

export function createRoomDeck(deck: Deck): RoomDeck {
  const slides = new Map<string, SlideView>();
  const bets = new Map<string, RoomBet>();
  const firstBet = new Map<string, RoomBet>();
  for (const slide of deck.slides) {
    slides.set(slide.id, { id: slide.id, title: slide.title, paragraphs: htmlToParagraphs(slide.narrativeHtml) });
    for (const block of slide.sims) {
      if (!block.bet) continue;
      const bet = { id: block.id, slide: slide.id, question: block.bet.question, choices: block.bet.choices, block };
      bets.set(block.id, bet);
      if (!firstBet.has(slide.id)) firstBet.set(slide.id, bet);
    }
  }
  return { title: deck.meta.title, slides, bets, betOn: (slide) => firstBet.get(slide) };
}
