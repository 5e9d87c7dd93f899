import { localeOfTag } from '../../i18n/chooseLocale.ts';
import type { UiLocale } from '../../i18n/locale.ts';
import { TOKEN_RE } from '../../roomProtocol/roomMessages.ts';
import { PARAM_NAMES } from '../../sim/paramNames.ts';

/** Which view a URL asks for. Reveal's own speaker-view iframes (`?receiver`) and `?print-pdf` stay in the present view. */
export type ViewName = 'present' | 'read' | 'handout';

/** A kit key whose value was not used, for the page's notice (the value cut short: an address can be megabytes). */
interface KitNotice {
  key: string;
  value: string;
  /** the key was written before (the first counts) */
  repeated?: true;
}

/** Everything the kit takes from its address, read once and checked. */
export interface KitQuery {
  view: ViewName;
  /** `?lang=`: one of the interface's languages (whether this build has its slides is chooseLocale's question) */
  lang: UiLocale | null;
  /** `?room=`: the presenter link's token, by the room's own pattern; null in the speaker view's panes */
  room: string | null;
  /** `print-pdf`: reveal lays the slides out as pages */
  print: boolean;
  /** `receiver`: a pane of reveal's speaker view */
  pane: boolean;
  /** the query string reveal.js may see (revealQuery.ts shows it to reveal's initialize, and only that) */
  reveal: string;
  /** the handout page's `layout`, `paper`, `footer` as written (handoutOptions picks from its lists) and `export` */
  handout: { layout: string | null; paper: string | null; footer: string | null; exporting: boolean };
  /**
   * Each simulation's keys by its id, as written: `?sim=ID&tick=3&lead=25` or `?ID.tick=3`. Their values are checked
   * by the widget against its slide (widgets/urlState.ts, then checkWidgetState), whose notes it shows.
   */
  sims: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** kit keys whose value was ignored: the page says so (console, and the reading view's notice) */
  notices: KitNotice[];
}

/**
 * reveal's speaker view opens its panes with exactly these settings (the notes plugin); a pane may pass them on, with
 * these values only. Anything else in the address never reaches reveal (`?transition=` was a blank page).
 */
const PANE_SETTINGS: Readonly<Record<string, string>> = {
  receiver: '',
  progress: 'false',
  history: 'false',
  transition: 'none',
  autoSlide: '0',
  backgroundTransition: 'none',
  scrollActivationWidth: 'false',
  postMessageEvents: 'true',
  controls: 'false',
};
const CLOCK_KEYS: ReadonlySet<string> = new Set(['tick', 'seed', 'speed']);
const SIM_KEYS: ReadonlySet<string> = new Set([...PARAM_NAMES, ...CLOCK_KEYS]);
/** a simulation has ~45 parameters and 3 clock keys: more under one id is someone filling the address */
const MAX_SIM_KEYS = 64;
const VIEWS: readonly ViewName[] = ['present', 'read', 'handout'];
/** the keys the kit reads (the simulations' too, below); any other key is ignored without a notice (see below) */
const OWN_KEYS = new Set(['view', 'lang', 'room', 'sim', 'print-pdf', 'layout', 'paper', 'footer', 'export']);
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * The one reader of the page's address: every key the kit owns, each value checked (the view by its names, the
 * language by the locale list, the room token by the room's pattern). A key written twice counts once (the first);
 * a value that cannot be used is a notice, never an error. Keys the kit does not own are left alone and unseen by
 * reveal: links pick up keys from the apps that carry them (`utm_source`, `fbclid`), which are nobody's mistake.
 */
export function parseKitQuery(search: string): KitQuery {
  const query = new URLSearchParams(search);
  const notices: KitNotice[] = [];
  const first = new Map<string, string>();
  const scoped = new Map<string, Map<string, string>>();
  const short: [string, string][] = [];
  const reveal = new URLSearchParams();
  const pane = query.has('receiver');
  for (const [key, value] of query) {
    if (key === 'print-pdf' && !first.has(key)) reveal.append(key, '');
    else if (pane && Object.hasOwn(PANE_SETTINGS, key) && PANE_SETTINGS[key] === value && !reveal.has(key))
      reveal.append(key, value);
    const dot = key.indexOf('.');
    if (dot > 0) {
      const id = key.slice(0, dot);
      const name = key.slice(dot + 1);
      const keys = scoped.get(id) ?? new Map<string, string>();
      scoped.set(id, keys);
      if (keys.has(name)) notices.push({ key, value: shown(value), repeated: true });
      else if (keys.size >= MAX_SIM_KEYS) notices.push({ key, value: shown(value) });
      else keys.set(name, value);
    } else if (SIM_KEYS.has(key)) short.push([key, value]);
    else if (OWN_KEYS.has(key)) {
      if (first.has(key)) notices.push({ key, value: shown(value), repeated: true });
      else first.set(key, value);
    }
  }
  // the short form belongs to the one simulation `sim` names; the scoped form of the same key wins
  const sims = scoped;
  const simId = first.get('sim');
  if (simId) {
    const keys = sims.get(simId) ?? new Map<string, string>();
    sims.set(simId, keys);
    for (const [key, value] of short) {
      if (keys.has(key)) notices.push({ key, value: shown(value), repeated: true });
      else keys.set(key, value);
    }
  }

  const asked = first.get('view');
  const view = VIEWS.find((v) => v === asked) ?? 'present';
  if (asked !== undefined && asked !== view) notices.push({ key: 'view', value: shown(asked) });
  const langTag = first.get('lang');
  const lang = langTag === undefined ? null : (localeOfTag(langTag) ?? null);
  if (langTag !== undefined && !lang) notices.push({ key: 'lang', value: shown(langTag) });
  // the speaker view's slide previews load the deck with `receiver`: they must not drive the room
  const token = first.get('room');
  const room = token !== undefined && !pane && TOKEN_RE.test(token) ? token : null;
  if (token !== undefined && !pane && !room) notices.push({ key: 'room', value: shown(token) });

  // `print-pdf` and `receiver` are flags: written without "=" as reveal's own links do
  const seen = reveal.toString().replace(/(^|&)(print-pdf|receiver)=(?=&|$)/g, '$1$2');
  return {
    view,
    lang,
    room,
    print: first.has('print-pdf'),
    pane,
    reveal: seen ? `?${seen}` : '',
    handout: {
      layout: first.get('layout') ?? null,
      paper: first.get('paper') ?? null,
      footer: first.get('footer') ?? null,
      exporting: first.has('export'),
    },
    sims,
    notices,
  };
}

/** The kit's keys of a window's own address. */
export function kitQueryOf(win: Window): KitQuery {
  return parseKitQuery(win.location.search);
}
