import type { Deck, Slide } from '../../content/types.ts';
import type { HandoutLayout } from './handoutOptions.ts';
import { createRuledLines } from './handoutPlan.ts';
import { createRoomBetsBox, type PrintedBet } from './handoutRoomBets.ts';

/** The participant's imported bets by sim block id (empty: nothing imported, the handout prints as before). */
type RoomBets = ReadonlyMap<string, PrintedBet>;

/** The room's boxes for a slide's bet blocks that the imported file has something for. */
function roomBoxes(doc: Document, slide: Slide, bets: RoomBets): HTMLElement[] {
  return slide.sims.flatMap((b) => {
    const bet = bets.get(b.id);
    return bet ? [createRoomBetsBox(doc, b, bet)] : [];
  });
}

/** Slides a page in the 3-up layout. */
const SLIDES_PER_SHEET = 3;

/**
 * A slide laid out at print size, not by reveal: the slide's own HTML in a 16:9 card whose type scales with its
 * width (container units), so a slide reads the same on paper as on the projector. Fragments are simply shown.
 */
function createSlideCard(doc: Document, slide: Slide, index: number): HTMLElement {
  const card = doc.createElement('div');
  card.className = 'slide-card';
  const cls = slide.attrs.class?.split(/\s+/).filter(Boolean) ?? [];
  card.classList.add(...cls.map((c) => `slide-card--${c}`));
  if (slide.sims.length) card.classList.add('slide-card--sim');
  card.dataset.slideId = slide.id;
  // Slide HTML is authored in slides/ and rendered at build time: trusted like the code itself.
  // the slide's HTML, styled by assets/slideContent.css like the deck's and the reading view's
  const body = doc.createElement('div');
  body.className = 'slide-card-body slide-content';
  body.classList.add(...cls.map((c) => `slide-content--${c}`));
  body.innerHTML = slide.html;
  const number = doc.createElement('span');
  number.className = 'slide-card-number';
  number.textContent = String(index + 1);
  card.append(body, number);
  return card;
}

function sectionLabel(doc: Document, name: string): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'handout-section';
  p.textContent = name;
  return p;
}

/** Where the view puts the printed simulations' captions (their numbers), outside the shrunken card. */
function captionSlot(doc: Document): HTMLElement {
  const slot = doc.createElement('div');
  slot.className = 'handout-sim-captions';
  return slot;
}

/**
 * One slide and its narrative, kept together on a page. A new section's name rides on its first slide. With `cues`
 * (the speaker's script) the notes are printed whole, each presenter-only cue marked as in the speaker view.
 */
function notesBlock(
  doc: Document,
  slide: Slide,
  index: number,
  newSection: boolean,
  bets: RoomBets,
  cues = false,
): HTMLElement {
  const block = doc.createElement('article');
  block.className = 'handout-slide';
  if (newSection) block.append(sectionLabel(doc, slide.section));
  block.append(createSlideCard(doc, slide, index));
  if (slide.sims.length) block.append(captionSlot(doc));
  block.append(...roomBoxes(doc, slide, bets));
  const text = cues ? slide.notesHtml : slide.narrativeHtml;
  if (text) {
    const narrative = doc.createElement('div');
    narrative.className = 'handout-narrative';
    // notesHtml marks each cue `<p class="cue"><span class="cue-label">Cue:</span> …</p>` (content/renderNotes.ts)
    narrative.innerHTML = text;
    block.append(narrative);
  }
  return block;
}

/** One slide beside ruled lines for the participant's own notes. */
function threeUpRow(doc: Document, slide: Slide, index: number, bets: RoomBets): HTMLElement {
  const row = doc.createElement('article');
  row.className = 'handout-row';
  const side = doc.createElement('div');
  side.className = 'handout-row-notes';
  const label = doc.createElement('p');
  label.className = 'handout-section';
  label.textContent = slide.section;
  side.append(label);
  if (slide.sims.length) side.append(captionSlot(doc));
  const boxes = roomBoxes(doc, slide, bets);
  // the lines take what height is left (CSS): fewer of them beside the room's box
  side.append(...boxes, createRuledLines(doc, boxes.length ? 4 : 12));
  row.append(createSlideCard(doc, slide, index), side);
  return row;
}

/**
 * Every slide in reading order, laid out for `layout`: blocks of a slide and its narrative (notes flows them, 1up gives
 * each its own page; the difference is CSS), the same with the full notes, cues included (script), or sheets of three
 * rows (3up). Only the script prints cues: they are the presenter's, not the participants'. With `bets` (the
 * participant's imported take-home file) each bet slide carries its box: their bet, the room's split, the model's
 * answer.
 */
export function createHandoutSlides(
  doc: Document,
  deck: Deck,
  layout: HandoutLayout,
  bets: RoomBets = new Map(),
): HTMLElement[] {
  if (layout !== '3up') {
    return deck.slides.map((slide, i) =>
      notesBlock(doc, slide, i, slide.section !== deck.slides[i - 1]?.section, bets, layout === 'script'),
    );
  }
  const sheets: HTMLElement[] = [];
  deck.slides.forEach((slide, i) => {
    if (i % SLIDES_PER_SHEET === 0) {
      const sheet = doc.createElement('div');
      sheet.className = 'handout-sheet';
      sheets.push(sheet);
    }
    sheets.at(-1)!.append(threeUpRow(doc, slide, i, bets));
  });
  return sheets;
}
