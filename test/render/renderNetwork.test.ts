// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { layoutNetwork } from '../../src/render/layoutNetwork.ts';
import { renderNetwork } from '../../src/render/renderNetwork.ts';
import type { Frame } from '../../src/sim/types.ts';
import { smallFrame } from './fixtures.ts';

const SIZE = { width: 400, height: 300, seed: 1 };

/** Every follow segment drawn in the band paths, with its band's opacity and width. */
function segments(root: Element) {
  return [...root.querySelectorAll('path.edge-band')].flatMap((p) =>
    (p.getAttribute('d') ?? '')
      .split('M')
      .filter(Boolean)
      .map((d) => ({
        d: `M${d}`,
        opacity: Number(p.getAttribute('stroke-opacity')),
        width: Number(p.getAttribute('stroke-width')),
      })),
  );
}

function draw(frame: Frame, opts = {}) {
  const host = document.createElement('div');
  const layout = layoutNetwork(smallFrame({ tick: 0 }), SIZE);
  const svg = renderNetwork(host, frame, layout, { tMax: 5, ...opts });
  return { host, svg, layout };
}

describe('renderNetwork (SVG)', () => {
  test('draws one mark per agent and per follow, newcomers as labelled shapes', () => {
    const { svg } = draw(smallFrame());
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelectorAll('circle.member')).toHaveLength(6);
    expect(svg.querySelectorAll('path.newcomer')).toHaveLength(2);
    expect(svg.querySelector('path.newcomer.strategy-giveFirst')).not.toBeNull();
    expect([...svg.querySelectorAll('text.newcomer-label')].map((t) => t.textContent)).toEqual(['give', 'take']);
    expect(segments(svg)).toHaveLength(9);
  });

  test('follows are drawn in trust bands whose opacity and width rise with trust', () => {
    const { svg, layout } = draw(smallFrame());
    const drawn = segments(svg);
    const edges = smallFrame().edges.map((e) => {
      const a = layout.pos.get(e.from)!;
      const b = layout.pos.get(e.to)!;
      const seg = drawn.find((s) => s.d === `M${a.x} ${a.y}L${b.x} ${b.y}`);
      expect(seg, `follow ${e.from}>${e.to}`).toBeDefined();
      return { trust: e.trust, opacity: seg!.opacity, width: seg!.width };
    });
    const sorted = [...edges].sort((a, b) => a.trust - b.trust);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.opacity).toBeGreaterThanOrEqual(sorted[i - 1]!.opacity);
      expect(sorted[i]!.width).toBeGreaterThanOrEqual(sorted[i - 1]!.width);
    }
    expect(sorted.at(-1)!.opacity).toBeGreaterThan(sorted[0]!.opacity);
    expect(svg.querySelectorAll('path.edge-band').length).toBeLessThan(edges.length);
  });

  test('a member that trusts a newcomer more is drawn larger', () => {
    const { svg } = draw(smallFrame());
    const r = (id: number) =>
      Number(
        [...svg.querySelectorAll('circle.member')]
          .find((c) => (c as unknown as { __data__: { id: number } }).__data__.id === id)!
          .getAttribute('r'),
      );
    expect(r(0)).toBeGreaterThan(r(1)); // member 0 trusts the give-first newcomer 4.5, member 1 only 0.5
    expect(r(1)).toBeGreaterThan(r(3)); // member 3 follows no newcomer
  });

  test('a printed network draws members as dots (fill, outline, fill), one path a layer per size and colour', () => {
    const { svg } = draw(smallFrame(), { print: true });
    expect(svg.querySelectorAll('circle')).toHaveLength(0);
    const layer = (n: number) => [...svg.querySelectorAll(`path.member-dots-${n}`)];
    const dots = (p: Element) => [...(p.getAttribute('d') ?? '').matchAll(/M([-\d.e]+) ([-\d.e]+)h0/g)];
    const width = (p: Element) => Number(p.getAttribute('stroke-width'));
    // the base layer, read back as circles: the outline (0.75 wide) is centred on the circle's edge
    const circles = layer(0).flatMap((p) =>
      dots(p).map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
        r: (width(p) - 0.75) / 2,
        fill: p.getAttribute('stroke'),
      })),
    );
    const live = [...draw(smallFrame()).svg.querySelectorAll('circle.member')].map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
      fill: c.getAttribute('fill'),
    }));
    const byPlace = (a: { x: number; y: number }, b: { x: number; y: number }) => a.x - b.x || a.y - b.y;
    const near = (c: (typeof live)[number]) => ({ ...c, r: Math.round(c.r * 1e6) / 1e6 });
    expect(circles.sort(byPlace).map(near)).toEqual(live.sort(byPlace).map(near));
    expect(layer(0).length).toBe(new Set(live.map((c) => `${c.r}|${c.fill}`)).size);
    // over each base: the same dots in the outline's ink, then the fill again, 1.5 narrower (0.75 of outline a side)
    layer(0).forEach((base, i) => {
      const [ink, fill] = [layer(1)[i]!, layer(2)[i]!];
      expect(ink.getAttribute('d')).toBe(base.getAttribute('d'));
      expect(fill.getAttribute('d')).toBe(base.getAttribute('d'));
      expect(ink.getAttribute('stroke')).toBe('currentColor');
      expect(Number(ink.getAttribute('stroke-opacity'))).toBeLessThan(1);
      expect(width(ink)).toBe(width(base));
      expect(fill.getAttribute('stroke')).toBe(base.getAttribute('stroke'));
      expect(width(fill)).toBeCloseTo(width(base) - 1.5, 6);
      expect([base, ink, fill].map((p) => p.getAttribute('stroke-linecap'))).toEqual(['round', 'round', 'round']);
    });
    expect(svg.querySelectorAll('path.newcomer')).toHaveLength(2); // newcomers stay shapes of their own
  });

  test.each([
    { reducedMotion: false, print: false, pulses: 1 }, // the fixture frame has one help event
    { reducedMotion: true, print: false, pulses: 0 },
    { reducedMotion: false, print: true, pulses: 0 },
  ])('help events pulse unless reduced motion or print: %o', ({ reducedMotion, print, pulses }) => {
    const { svg } = draw(smallFrame(), { reducedMotion, print });
    const d = svg.querySelector('path.pulse')?.getAttribute('d') ?? '';
    expect(d.split('M').filter(Boolean)).toHaveLength(pulses);
  });

  test('playing forward, new follows fade in and dropped earned follows fade out for one frame, then go', () => {
    const host = document.createElement('div');
    const layout = layoutNetwork(smallFrame({ tick: 0 }), SIZE);
    const f1 = smallFrame();
    renderNetwork(host, f1, layout);
    expect(host.querySelectorAll('line.edge-new')).toHaveLength(0);
    const f2 = smallFrame({
      tick: 11,
      edges: [...f1.edges.filter((e) => !(e.from === 0 && e.to === 6)), { from: 4, to: 6, earned: true, trust: 2 }],
    });
    renderNetwork(host, f2, layout);
    expect(host.querySelectorAll('line.edge-new')).toHaveLength(1);
    expect(host.querySelectorAll('line.edge-dropped')).toHaveLength(1);
    expect(segments(host).length + host.querySelectorAll('line.edge-new').length).toBe(9);
    renderNetwork(host, { ...f2, tick: 12 }, layout);
    expect(host.querySelectorAll('line.edge-dropped')).toHaveLength(0);
    expect(host.querySelectorAll('line.edge-new')).toHaveLength(0);
    expect(segments(host)).toHaveLength(9);
  });

  test('a seek shows the state without fades', () => {
    const host = document.createElement('div');
    const layout = layoutNetwork(smallFrame({ tick: 0 }), SIZE);
    renderNetwork(host, smallFrame(), layout);
    renderNetwork(host, smallFrame({ tick: 40, edges: [{ from: 4, to: 6, earned: true, trust: 2 }] }), layout);
    expect(host.querySelectorAll('line')).toHaveLength(0);
    expect(segments(host)).toHaveLength(1);
  });

  test('nodes keep their place from tick to tick', () => {
    const host = document.createElement('div');
    const layout = layoutNetwork(smallFrame({ tick: 0 }), SIZE);
    renderNetwork(host, smallFrame(), layout);
    const before = host.querySelector('path.strategy-giveFirst')!.getAttribute('transform');
    renderNetwork(host, smallFrame({ tick: 11, edges: [] }), layout);
    expect(host.querySelector('path.strategy-giveFirst')!.getAttribute('transform')).toBe(before);
  });

  test('large communities switch to canvas, print stays vector', () => {
    const agents = Array.from({ length: 500 }, (_, id) => ({
      id,
      kind: 'member' as const,
      trustIn: 0,
      followers: 0,
      helpReceived: 0,
      gives: 0,
    }));
    const frame = smallFrame({ agents, edges: [], events: [] });
    const layout = layoutNetwork(frame, SIZE);
    const host = document.createElement('div');
    expect(renderNetwork(host, frame, layout).tagName.toLowerCase()).toBe('canvas');
    expect(renderNetwork(host, frame, layout, { print: true }).tagName.toLowerCase()).toBe('svg');
    expect(host.children).toHaveLength(1);
  });
});

describe('layoutNetwork', () => {
  test('is seeded, cached and inside the box', () => {
    const a = layoutNetwork(smallFrame({ tick: 0 }), { ...SIZE, key: 'k1' });
    expect(layoutNetwork(smallFrame({ tick: 0 }), { ...SIZE, key: 'k1' })).toBe(a);
    const fresh = layoutNetwork(smallFrame({ tick: 0 }), { ...SIZE, key: 'k2' });
    expect([...fresh.pos.entries()]).toEqual([...a.pos.entries()]);
    const other = layoutNetwork(smallFrame({ tick: 0 }), { ...SIZE, seed: 2, key: 'k1' });
    expect([...other.pos.values()]).not.toEqual([...a.pos.values()]);
    for (const p of a.pos.values()) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(SIZE.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(SIZE.height);
    }
  });
});
