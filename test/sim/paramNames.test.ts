import { expect, test } from 'vitest';
import { PARAM_NAMES } from '../../src/sim/paramNames.ts';
import { paramNames } from '../../src/sim/schema.ts';

test('the light list of parameter names is the schema’s, in its order', () => {
  expect([...PARAM_NAMES]).toEqual([...paramNames]);
});
