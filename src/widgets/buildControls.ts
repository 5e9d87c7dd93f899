import { setAttr as attr, setProp as prop, setText as text } from '../dom/setText.ts';
import { documentLocale, messagesFor } from '../i18n/index.ts';
import { strategyLabel } from '../render/strategyLabel.ts';
import { paramSchema, sliderMax } from '../sim/index.ts';
import type { ParamSpec, Params, StrategyName } from '../sim/types.ts';
import { MAX_SEED } from './checkWidgetState.ts';
import { paramLabel } from './paramLabel.ts';
import { SPEEDS } from './types.ts';

/** What the controls ask of the widget: every user action goes through one of these. */
export interface ControlActions {
  togglePlay(): void;
  step(): void;
  seek(tick: number): void;
  reset(): void;
  speed(ticksPerSecond: number): void;
  param(name: string, value: number): void;
  strategy(name: StrategyName | 'all'): void;
  movingDayNow(): void;
  stopGiving(on: boolean): void;
  seed(seed: number): void;
}

export interface ControlSpec {
  params: Params;
  sliders: string[];
  strategies: StrategyName[];
  /** the strategy currently alone on screen, or 'all' */
  strategy: StrategyName | 'all';
  science: boolean;
}

export interface Controls {
  element: HTMLElement;
  /** reflect the state without firing actions */
  show(s: {
    tick: number;
    playing: boolean;
    speed: number;
    seed: number;
    params: Params;
    /** the run's length on its clock (days, or generations for science) */
    length: number;
    stopped: boolean;
    strategy: string;
  }): void;
}

let counter = 0;

/** Native, labelled controls (one line of markup each); they wrap on narrow screens. */
export function buildControls(doc: Document, spec: ControlSpec, act: ControlActions): Controls {
  const uid = `sim-c${++counter}`;
  const el = (tag: string, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const m = messagesFor(documentLocale(doc));
  const root = el('div', { class: 'sim-controls' });
  const clock = root.appendChild(el('div', { class: 'sim-clock', role: 'group', 'aria-label': m.simClock() }));
  const play = clock.appendChild(el('button', { type: 'button', class: 'sim-play' }, m.simPlay())) as HTMLButtonElement;
  const step = clock.appendChild(el('button', { type: 'button', class: 'sim-step' }, m.simStep())) as HTMLButtonElement;
  const reset = clock.appendChild(
    el('button', { type: 'button', class: 'sim-reset' }, m.simReset()),
  ) as HTMLButtonElement;
  const timeLabel = clock.appendChild(el('label', { class: 'sim-time' }));
  timeLabel.append(el('span', {}, spec.science ? m.simGeneration() : m.simDay()), ' ');
  const timeline = timeLabel.appendChild(
    el('input', {
      type: 'range',
      min: '0',
      step: '1',
      class: 'sim-timeline',
      'aria-label': spec.science ? m.simGeneration() : m.simDay(),
    }),
  ) as HTMLInputElement;
  const tickOut = timeLabel.appendChild(el('output', { class: 'sim-tick' }));
  const speedLabel = clock.appendChild(el('label', {}, `${m.simSpeed()} `));
  const speed = speedLabel.appendChild(el('select', { class: 'sim-speed' })) as HTMLSelectElement;
  for (const s of SPEEDS) speed.append(el('option', { value: String(s) }, m.simSpeedOption({ speed: s })));

  play.addEventListener('click', () => act.togglePlay());
  step.addEventListener('click', () => act.step());
  reset.addEventListener('click', () => act.reset());
  timeline.addEventListener('input', () => act.seek(Number(timeline.value)));
  speed.addEventListener('change', () => act.speed(Number(speed.value)));

  const params = root.appendChild(el('div', { class: 'sim-params', role: 'group', 'aria-label': m.simParameters() }));
  const sliders = new Map<string, { input: HTMLInputElement; out: HTMLElement; spec: ParamSpec }>();
  for (const name of spec.sliders) {
    const p = paramSchema.find((s) => s.name === name);
    if (!p || p.type === 'enum' || p.min === undefined || p.max === undefined) continue;
    const id = `${uid}-${name}`;
    const wrap = params.appendChild(el('div', { class: 'sim-param' }));
    wrap.append(el('label', { for: id }, paramLabel(m, p)));
    const max = sliderMax(p.name, p.max, spec.params);
    const stepSize = p.type === 'integer' ? 1 : niceStep((max - p.min) / 100);
    const input = wrap.appendChild(
      el('input', {
        id,
        type: 'range',
        min: String(p.min),
        max: String(max),
        step: String(stepSize),
        'data-param': name,
      }),
    ) as HTMLInputElement;
    const out = wrap.appendChild(el('output', { for: id }));
    input.addEventListener('change', () => act.param(name, Number(input.value)));
    input.addEventListener('input', () => {
      out.textContent = input.value;
    });
    sliders.set(name, { input, out, spec: p });
  }

  let strategy: HTMLSelectElement | undefined;
  if (spec.strategies.length > 1) {
    const label = params.appendChild(el('label', { class: 'sim-param' }, `${m.simNewcomersShown()} `));
    strategy = label.appendChild(el('select', { class: 'sim-strategy' })) as HTMLSelectElement;
    strategy.append(el('option', { value: 'all' }, m.simAllStrategies()));
    for (const s of spec.strategies) strategy.append(el('option', { value: s }, strategyLabel(m, s)));
    strategy.addEventListener('change', () => act.strategy(strategy!.value as StrategyName | 'all'));
  }

  const events = root.appendChild(el('div', { class: 'sim-events', role: 'group', 'aria-label': m.simEvents() }));
  // no moving day in a run without it (a slide before the deck teaches it)
  const moving =
    spec.science || spec.params.movingDay === 'off'
      ? undefined
      : (events.appendChild(
          el('button', { type: 'button', class: 'sim-moving-day' }, m.simMovingDayNow()),
        ) as HTMLButtonElement);
  moving?.addEventListener('click', () => act.movingDayNow());
  const stop =
    spec.science || spec.params.nLapsed === 0
      ? undefined
      : (events.appendChild(
          el('button', { type: 'button', class: 'sim-stop', 'aria-pressed': 'false' }, m.simStopGiving()),
        ) as HTMLButtonElement);
  stop?.addEventListener('click', () => act.stopGiving(stop.getAttribute('aria-pressed') !== 'true'));
  const seedLabel = events.appendChild(el('label', {}, `${m.simSeed()} `));
  const seed = seedLabel.appendChild(
    el('input', {
      type: 'number',
      min: '0',
      max: String(MAX_SEED),
      step: '1',
      class: 'sim-seed',
      inputmode: 'numeric',
    }),
  ) as HTMLInputElement;
  let shownSeed = '';
  seed.addEventListener('change', () => {
    const n = Number(seed.value);
    if (seed.value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_SEED) {
      seed.setCustomValidity('');
      act.seed(n);
      return;
    }
    // refused, visibly: the box goes back to the seed in use and says what it takes
    seed.value = shownSeed;
    seed.setCustomValidity(m.simSeedInvalid({ max: String(MAX_SEED) }));
    seed.reportValidity();
  });

  return {
    element: root,
    // Called every tick: write only what changed, since each write re-lays out the controls.
    show(s) {
      text(play, s.playing ? m.simPause() : m.simPlay());
      attr(play, 'aria-pressed', String(s.playing));
      prop(timeline, 'max', String(s.length));
      prop(timeline, 'value', String(s.tick));
      attr(
        timeline,
        'aria-valuetext',
        (spec.science ? m.simGenerationOf : m.simDayOf)({ tick: s.tick, length: s.length }),
      );
      text(tickOut, m.simTickOut({ tick: s.tick, length: s.length }));
      prop(speed, 'value', String(s.speed));
      shownSeed = String(s.seed);
      if (doc.activeElement !== seed) prop(seed, 'value', String(s.seed));
      for (const [name, { input, out }] of sliders) {
        const v = s.params[name as keyof Params];
        if (typeof v === 'number' && doc.activeElement !== input) prop(input, 'value', String(v));
        text(out, String(v));
      }
      if (strategy) prop(strategy, 'value', s.strategy);
      if (stop) attr(stop, 'aria-pressed', String(s.stopped));
    },
  };
}

function niceStep(raw: number): number {
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
}
