import { describe, expectTypeOf, it } from 'vitest';
import type { SimChart as ContentChart, SimView as ContentView, SimBlock } from '../../src/content/types.ts';
import type { SimChart, SimSpec, SimView } from '../../src/widgets/index.ts';

// Widgets never import content (Biome forbids it); content's SimBlock must still be a SimSpec, so a slide's block is
// passed to a widget as it is. tsc checks these; the run only makes them count as tests.
describe("content's SimBlock and the widgets' SimSpec", () => {
  it('a SimBlock is a SimSpec', () => {
    expectTypeOf<SimBlock>().toMatchTypeOf<SimSpec>();
  });
  it('the views and charts are the same sets', () => {
    expectTypeOf<ContentView>().toEqualTypeOf<SimView>();
    expectTypeOf<ContentChart>().toEqualTypeOf<SimChart>();
  });
});
