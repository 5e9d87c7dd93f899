import { FenceTracker } from './fenceTracker.ts';
import { parseSimBlock } from './parseSimBlock.ts';
import type { SourceLine } from './sourceLines.ts';
import type { SimBlock } from './types.ts';

/**
 * Replaces each ```sim fence in a slide body by its placeholder `<div class="sim" data-sim="ID"></div>` (an HTML
 * block, blank lines around it) and parses the block. IDs are `s<h>-<v>-<n>` (n counts from 0 within the slide),
 * stable as long as the slide keeps its place, so speaker view, deep links and saved state agree across builds.
 */
export function extractSimBlocks(
  file: string,
  lines: SourceLine[],
  slide: { h: number; v: number },
): { lines: SourceLine[]; sims: SimBlock[] } {
  const fences = new FenceTracker();
  const out: SourceLine[] = [];
  const sims: SimBlock[] = [];
  let inner: SourceLine[] | undefined;
  for (const source of lines) {
    const role = fences.role(source.text, source.line);
    if (role === 'open' && fences.open?.info.split(/\s/)[0] === 'sim') {
      inner = [];
      continue;
    }
    if (inner && role === 'inside') {
      inner.push(source);
      continue;
    }
    if (inner && role === 'close') {
      const id = `s${slide.h}-${slide.v}-${sims.length}`;
      sims.push(parseSimBlock(file, fences.openLine, inner, id));
      const line = source.line;
      out.push({ text: '', line }, { text: `<div class="sim" data-sim="${id}"></div>`, line }, { text: '', line });
      inner = undefined;
      continue;
    }
    out.push(source);
  }
  return { lines: out, sims };
}
