import { describe, expect, test } from 'vitest';
import { parseKitQuery } from '../../src/views/shared/kitQuery.ts';
import type { WidgetState } from '../../src/widgets/types.ts';
import { simStateFromQuery, simStateToUrl } from '../../src/widgets/urlState.ts';

/** what a widget gets from its page's address: the kit's one reader, then the widget's reading of its keys */
const simStateFromUrl = (search: string, id: string) => simStateFromQuery(parseKitQuery(search).sims.get(id));

describe('simStateFromUrl', () => {
  test.each<[string, Partial<WidgetState>, number]>([
    ['?sim=a-1&tick=120&seed=3&lead=25', { tick: 120, seed: 3, overrides: { lead: 25 } }, 0],
    ['?a-1.tick=120&a-1.lead=25', { tick: 120, overrides: { lead: 25 } }, 0],
    ['?sim=a-1&view=read&print-pdf', {}, 0],
    ['?sim=b-2&tick=120', {}, 0],
    ['?a-1.tick=-5', { tick: 0 }, 1],
    ['?a-1.tick=12.7', { tick: 13 }, 1],
    ['?a-1.tick=abc', {}, 1],
    ['?a-1.tick=', {}, 1],
    ['?a-1.tick=Infinity', {}, 1],
    ['?a-1.seed=1e99', { seed: 4294967295 }, 1],
    ['?a-1.tick=100001', { tick: 100001 }, 0],
    ['?a-1.speed=13', { speed: 10 }, 1],
    ['?a-1.speed=20', { speed: 20 }, 0],
    ['?a-1.lead=99999', { overrides: { lead: 2000 } }, 1],
    ['?a-1.decay=-1', { overrides: { decay: 0 } }, 1],
    ['?a-1.bogus=3', {}, 1],
    ['?a-1.lead=%3Cscript%3E', {}, 1],
    ['?a-1.model=science', {}, 1],
  ])('%s', (search, state, warnings) => {
    const r = simStateFromUrl(search, 'a-1');
    expect(r.state).toEqual(state);
    expect(r.warnings).toHaveLength(warnings);
  });

  test('the scoped form wins over the short form for the same key', () => {
    expect(simStateFromUrl('?sim=a-1&a-1.tick=5&tick=9', 'a-1').state.tick).toBe(5);
  });
});

describe('simStateToUrl', () => {
  const state: WidgetState = {
    id: 'a-1',
    preset: 'p',
    overrides: { lead: 25 },
    seed: 3,
    tick: 120,
    playing: true,
    speed: 20,
  };
  test('round-trips through simStateFromUrl and keeps other keys', () => {
    const search = simStateToUrl(state, '?view=read&b-2.tick=4&a-1.tick=1');
    const back = simStateFromUrl(search, 'a-1');
    expect(back.state).toEqual({ tick: 120, seed: 3, speed: 20, overrides: { lead: 25 } });
    expect(back.warnings).toEqual([]);
    const q = new URLSearchParams(search);
    expect(q.get('view')).toBe('read');
    expect(q.get('b-2.tick')).toBe('4');
  });
  test('replaces a short form for the same simulation', () => {
    const q = new URLSearchParams(simStateToUrl(state, '?sim=a-1&tick=9&view=read'));
    expect([...q.keys()].sort()).toEqual(['a-1.lead', 'a-1.seed', 'a-1.speed', 'a-1.tick', 'view']);
  });
});
