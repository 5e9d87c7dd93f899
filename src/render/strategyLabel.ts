import type { Messages } from '../i18n/index.ts';
import type { StrategyName } from '../sim/types.ts';

/** A strategy's name in the page's language (palette.ts's English `label` is the catalogue's source). */
export function strategyLabel(m: Messages, name: StrategyName): string {
  switch (name) {
    case 'giveFirst':
      return m.strategyGiveFirst();
    case 'taker':
      return m.strategyTaker();
    case 'lurker':
      return m.strategyLurker();
    case 'lapsed':
      return m.strategyLapsed();
    case 'late':
      return m.strategyLate();
  }
}

/** The short word printed beside a newcomer in the network (palette.ts's English `short` is the catalogue's source). */
export function strategyShort(m: Messages, name: StrategyName): string {
  switch (name) {
    case 'giveFirst':
      return m.strategyShortGiveFirst();
    case 'taker':
      return m.strategyShortTaker();
    case 'lurker':
      return m.strategyShortLurker();
    case 'lapsed':
      return m.strategyShortLapsed();
    case 'late':
      return m.strategyShortLate();
  }
}
