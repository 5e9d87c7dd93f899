// reveal.js 6's types lag its runtime (see the shared toolchain notes); the gaps are patched once, here.
import 'reveal.js';

declare module 'reveal.js' {
  interface RevealApi {
    isPrintView(): boolean;
    isScrollView(): boolean;
  }
  interface RevealConfig {
    /** total presentation time in seconds: the speaker view paces against it */
    totalTime?: number;
  }
}

declare global {
  interface Window {
    /** set by the present view, since reveal's ESM build sets none (tests and tools read it) */
    Reveal?: import('reveal.js').RevealApi;
  }
}
