import type { Messages } from '../i18n/index.ts';
import type { ParamSpec } from '../sim/types.ts';

/**
 * A slider's label in the page's language. The catalogue has a label for each parameter the slides put on a slider
 * (`controls:` in slides/); any other falls back to src/sim/schema.ts's English label and unit, which the pseudo-locale
 * run shows as unbracketed text, so a new slider is noticed.
 */
export function paramLabel(m: Messages, p: ParamSpec): string {
  switch (p.name) {
    case 'lead':
      return m.paramLead();
    case 'decay':
      return m.paramDecay();
    case 'q':
      return m.paramQ();
    default:
      return p.unit ? `${p.label} (${p.unit})` : p.label;
  }
}
