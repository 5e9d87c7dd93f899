import type { SimBlock } from '../../content/types.ts';
import { setAttr, setText } from '../../dom/setText.ts';
import { documentLocale, messagesFor } from '../../i18n/index.ts';
import { strategyLabel } from '../../render/strategyLabel.ts';
import { clampTick, paramSchema, runLength, sliderMax } from '../../sim/index.ts';
import type { Params, StrategyName } from '../../sim/types.ts';
import { createSimLink, type SimLink } from '../../widgets/createSimLink.ts';
import { initialState, textOverrides } from '../../widgets/initialState.ts';
import { paramLabel } from '../../widgets/paramLabel.ts';
import { paramsFor } from '../../widgets/paramsFor.ts';
import { presetInfoOf } from '../../widgets/presetInfoOf.ts';
import { shownStrategy, strategyOverrides } from '../../widgets/strategyChoice.ts';
import { type SimSync, SPEEDS, type WidgetState } from '../../widgets/types.ts';

/** The console's keys in the speaker window: letters reveal leaves free (it uses N P H J K L B V F O S G A and more). */
export const CONSOLE_KEYS = { togglePlay: 'w', step: 'e' } as const;

export interface SpeakerConsole {
  readonly element: HTMLElement;
  togglePlay(): void;
  step(): void;
  destroy(): void;
}

let consoles = 0;

/**
 * One simulation's controls at full size in the speaker window, for the presenter. It is a member of the windows'
 * sync like the speaker view's own panes (`pane`): an action is posted at once, the audience's window takes the
 * clock over from there and plays at full rate, and the console shows the state it hears. It runs no model and no
 * clock (the speaker view's CPU budget): parameters are resolved from the preset, nothing is simulated here.
 */
export function createSpeakerConsole(
  doc: Document,
  block: SimBlock,
  sync: SimSync,
  start: Partial<WidgetState>,
  /** the slide's title, in the deck's language (the console's heading) */
  title: string,
): SpeakerConsole {
  const m = messagesFor(documentLocale(doc));
  const self = `console:${block.id}#${++consoles}`;
  const fixed = textOverrides(block);
  let state = initialState(block, start);
  const info = presetInfoOf(block.preset);
  let params: Params;
  let paramsKey = '';

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const root = el('section', { class: 'gf-console', 'aria-label': m.speakerConsoleLabel({ title }) });
  const head = root.appendChild(el('div', { class: 'gf-console-head' }));
  head.append(el('h2', { class: 'gf-console-title' }, title));
  const status = head.appendChild(el('p', { class: 'gf-console-status', role: 'status' }));

  const clock = root.appendChild(el('div', { class: 'gf-console-row', role: 'group', 'aria-label': m.simClock() }));
  const play = clock.appendChild(
    el('button', { type: 'button', class: 'gf-play', 'aria-keyshortcuts': CONSOLE_KEYS.togglePlay.toUpperCase() }),
  );
  const step = clock.appendChild(
    el('button', { type: 'button', class: 'gf-step', 'aria-keyshortcuts': CONSOLE_KEYS.step.toUpperCase() }),
  );
  step.append(`${m.simStep()} `, el('kbd', {}, CONSOLE_KEYS.step.toUpperCase()));
  const reset = clock.appendChild(el('button', { type: 'button', class: 'gf-reset' }, m.simReset()));
  const speedLabel = clock.appendChild(el('label', { class: 'gf-speed' }, `${m.simSpeed()} `));
  const speed = speedLabel.appendChild(el('select', {}));

  const scrub = root.appendChild(el('label', { class: 'gf-console-scrub' }));
  const unit = scrub.appendChild(el('span', { class: 'gf-unit' }));
  const timeline = scrub.appendChild(el('input', { type: 'range', min: '0', step: '1', class: 'gf-timeline' }));
  const tickOut = scrub.appendChild(el('output', { class: 'gf-tick' }));

  const events = root.appendChild(el('div', { class: 'gf-console-row', role: 'group', 'aria-label': m.simEvents() }));
  const params$ = root.appendChild(
    el('div', { class: 'gf-console-params', role: 'group', 'aria-label': m.simParameters() }),
  );

  const link: SimLink = createSimLink(
    sync,
    block.id,
    self,
    {
      state: () => ({ ...state, overrides: { ...state.overrides } }),
      shownFrame: () => undefined,
      follow(s) {
        state = s;
        show();
      },
      // never asked: the console does not watch for a silent leader, it has no clock to take over with
      takeOver: () => {},
      active: () => true,
    },
    true,
  );

  /** An action: patched from where the audience's clock is now, shown, and posted for the audience's window. */
  function act(patch: () => Partial<WidgetState>) {
    const caughtUp = link.lead();
    if (caughtUp !== undefined) state.tick = caughtUp;
    state = { ...state, ...patch(), id: block.id };
    state.tick = clampTick(state.tick, runLength(currentParams()));
    show();
    link.post();
  }
  const togglePlay = () =>
    act(() =>
      state.playing
        ? { playing: false }
        : { playing: true, tick: state.tick >= currentParams().ticks ? 0 : state.tick },
    );
  const stepOnce = () => act(() => ({ playing: false, tick: state.tick + 1 }));

  for (const s of SPEEDS) speed.append(el('option', { value: String(s) }, m.simSpeedOption({ speed: s })));
  play.addEventListener('click', togglePlay);
  step.addEventListener('click', stepOnce);
  reset.addEventListener('click', () => act(() => ({ playing: false, tick: 0 })));
  speed.addEventListener('change', () => act(() => ({ speed: Number(speed.value) })));
  timeline.addEventListener('input', () => act(() => ({ playing: false, tick: Number(timeline.value) })));

  function currentParams(): Params {
    const key = JSON.stringify([state.preset, state.overrides]);
    if (key !== paramsKey) {
      params = paramsFor(state.preset, { ...fixed, ...state.overrides }).params;
      paramsKey = key;
      buildParams();
    }
    return params;
  }

  /** What depends on the parameters: the events the run has, and the preset's sliders (ranges follow the run). */
  let refreshParams = () => {};
  function buildParams() {
    const science = params.model === 'science';
    events.replaceChildren();
    params$.replaceChildren();
    const updates: (() => void)[] = [];
    if (!science && params.movingDay !== 'off') {
      const moving = events.appendChild(el('button', { type: 'button', class: 'gf-moving-day' }, m.simMovingDayNow()));
      moving.addEventListener('click', () => act(() => ({ overrides: { ...state.overrides, tShock: state.tick } })));
    }
    if (!science && params.nLapsed > 0) {
      const stop = events.appendChild(
        el('button', { type: 'button', class: 'gf-stop', 'aria-pressed': 'false' }, m.simStopGiving()),
      );
      stop.addEventListener('click', () => {
        const on = stop.getAttribute('aria-pressed') !== 'true';
        act(() => ({ overrides: { ...state.overrides, tStop: on ? state.tick : currentParams().ticks + 1 } }));
      });
      updates.push(() => {
        const p = currentParams();
        const stopped = 'tStop' in state.overrides && p.tStop <= p.ticks;
        stop.setAttribute('aria-pressed', String(stopped));
      });
    }
    if (info.strategies.length > 1) {
      const label = params$.appendChild(el('label', { class: 'gf-param' }, `${m.simNewcomersShown()} `));
      const select = label.appendChild(el('select', {}));
      select.append(el('option', { value: 'all' }, m.simAllStrategies()));
      for (const s of info.strategies) select.append(el('option', { value: s }, strategyLabel(m, s)));
      select.addEventListener('change', () =>
        act(() => ({
          overrides: strategyOverrides(state.overrides, info.strategies, select.value as StrategyName | 'all'),
        })),
      );
      updates.push(() => {
        select.value = shownStrategy(currentParams(), info.strategies);
      });
    }
    for (const name of block.controls ?? info.controls) {
      const spec = paramSchema.find((s) => s.name === name);
      if (!spec || spec.type === 'enum' || spec.min === undefined || spec.max === undefined) continue;
      const label = params$.appendChild(el('label', { class: 'gf-param' }));
      label.append(el('span', {}, paramLabel(m, spec)));
      const max = sliderMax(spec.name, spec.max, params);
      const input = label.appendChild(
        el('input', {
          type: 'range',
          min: String(spec.min),
          max: String(max),
          step: String(spec.type === 'integer' ? 1 : niceStep((max - spec.min) / 100)),
          'data-param': name,
        }),
      );
      const out = label.appendChild(el('output', {}));
      input.addEventListener('input', () => {
        out.textContent = input.value;
      });
      input.addEventListener('change', () =>
        act(() => ({ overrides: { ...state.overrides, [name]: Number(input.value) } })),
      );
      updates.push(() => {
        const v = String(currentParams()[name as keyof Params]);
        if (doc.activeElement !== input) input.value = v;
        out.textContent = v;
      });
    }
    const seedLabel = events.appendChild(el('label', { class: 'gf-seed' }, `${m.simSeed()} `));
    const seed = seedLabel.appendChild(el('input', { type: 'number', min: '0', step: '1', inputmode: 'numeric' }));
    seed.addEventListener('change', () => {
      const n = Math.round(Number(seed.value));
      if (Number.isFinite(n) && n >= 0) act(() => ({ seed: n }));
    });
    updates.push(() => {
      if (doc.activeElement !== seed) seed.value = String(state.seed);
    });
    refreshParams = () => {
      for (const u of updates) u();
    };
  }

  /** Shows the state: only what changed is written (it runs twice a second while the audience's window plays). */
  function show() {
    const p = currentParams();
    const science = p.model === 'science';
    const unitName = science ? m.simGeneration() : m.simDay();
    const playLabel = state.playing ? m.simPause() : m.simPlay();
    if (play.firstChild?.textContent !== `${playLabel} `) {
      play.replaceChildren(`${playLabel} `, el('kbd', {}, CONSOLE_KEYS.togglePlay.toUpperCase()));
    }
    setAttr(play, 'aria-pressed', String(state.playing));
    setText(
      status,
      state.playing ? m.speakerPlaying() : state.tick >= p.ticks ? m.speakerFinished() : m.speakerPaused(),
    );
    setAttr(root, 'data-playing', String(state.playing));
    setText(unit, `${unitName} `);
    if (timeline.max !== String(p.ticks)) timeline.max = String(p.ticks);
    if (doc.activeElement !== timeline || state.playing) timeline.value = String(state.tick);
    setAttr(timeline, 'aria-label', unitName);
    const at = { tick: state.tick, length: p.ticks };
    setAttr(timeline, 'aria-valuetext', science ? m.simGenerationOf(at) : m.simDayOf(at));
    setText(tickOut, m.simTickOut(at));
    if (speed.value !== String(state.speed)) speed.value = String(state.speed);
    refreshParams();
  }

  show();
  link.hello();
  return {
    element: root,
    togglePlay,
    step: stepOnce,
    destroy() {
      link.close();
      root.remove();
    },
  };
}

function niceStep(raw: number): number {
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
}
