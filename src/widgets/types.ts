import type { PackedFrame } from './packFrame.ts';

/** A widget's whole state: tiny plain data, enough to rebuild the picture in any window (see README). */
export interface WidgetState {
  id: string;
  preset: string;
  overrides: Record<string, number>;
  seed: number;
  tick: number;
  playing: boolean;
  /** ticks per second while playing */
  speed: number;
}

/** What travels between windows: a state, or a newcomer's request for the current one. */
export type SyncMessage =
  /** `frame`: what the leader drew at `state.tick`, so a follower draws it without running the model; `pane`: sent
   * from a deck inside another page (the speaker view's panes) */
  | { kind: 'state'; from: string; state: WidgetState; frame?: PackedFrame; pane?: boolean }
  /** `reply`: an answer to another's hello from a non-leader, so both know the other is there */
  | { kind: 'hello'; from: string; id: string; reply?: boolean };

export interface SimSync {
  publish(message: SyncMessage): void;
  /** messages for widget `id` from anyone but `self` (other windows, or another instance on this page) */
  subscribe(id: string, self: string, listener: (message: SyncMessage) => void): () => void;
  close(): void;
}

export interface SimWidget {
  activate(): void;
  deactivate(): void;
  play(): void;
  pause(): void;
  seek(tick: number): void;
  getState(): WidgetState;
  setState(state: Partial<WidgetState>): void;
  /**
   * Draws the first picture ahead of need, while the widget is inactive (its slide not shown yet), one piece at a
   * time with `pause()` awaited between (model, network, chart): arriving then finds it drawn. Does nothing once
   * active or while its run is still being made.
   */
  prime(pause: () => Promise<void>): Promise<void>;
  destroy(): void;
}

export const SPEEDS = [5, 10, 20, 40] as const;
export const DEFAULT_SPEED = 10;
