import { FenceTracker } from './fenceTracker.ts';
import { renderInline, renderMarkdown } from './renderMarkdown.ts';
import type { SourceLine } from './sourceLines.ts';

export interface RenderedNotes {
  /** everything, cues included and marked `<p class="cue">` */
  notesHtml: string;
  /** the notes a reader sees: cues left out */
  narrativeHtml: string;
}

/**
 * Presenter-only cues, the team's convention: a notes line starting with `Cue:` (indented at most 3 spaces, not in
 * a code fence) is for the presenter only, e.g. `Cue: ask for hands, 2 min`. It shows in the speaker notes as
 * `<p class="cue"><span class="cue-label">Cue:</span> …</p>` and is left out of the narrative (reading view and
 * handout). Every language's slides write `Cue:`; the label shown is the deck language's (`cueLabel`, from the
 * catalogue: 'Indicación:' in the Spanish deck). A cue is one line; the Markdown around it is rendered in pieces so it cannot swallow a cue.
 */
const CUE = /^ {0,3}Cue:[ \t]*/;

export function renderNotes(notes: SourceLine[], cueLabel = 'Cue:'): RenderedNotes {
  const fences = new FenceTracker();
  const pieces: ({ cue: string } | { markdown: string[] })[] = [];
  const narrative: string[] = [];
  for (const { text, line } of notes) {
    const cue = fences.role(text, line) === 'text' ? CUE.exec(text) : null;
    if (cue) {
      pieces.push({ cue: text.slice(cue[0].length).trim() });
      continue;
    }
    narrative.push(text);
    const last = pieces.at(-1);
    if (last && 'markdown' in last) last.markdown.push(text);
    else pieces.push({ markdown: [text] });
  }
  const notesHtml = pieces
    .map((piece) =>
      'cue' in piece
        ? `<p class="cue"><span class="cue-label">${cueLabel}</span> ${renderInline(piece.cue)}</p>\n`
        : renderMarkdown(piece.markdown.join('\n')).html,
    )
    .join('');
  return { notesHtml, narrativeHtml: renderMarkdown(narrative.join('\n')).html };
}
