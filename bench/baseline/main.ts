import Reveal from 'reveal.js';
import Markdown from 'reveal.js/plugin/markdown';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';

// The anchor for the load bench: the same slides as a stock reveal.js deck would show them, nothing of ours.
// It marks readiness the way the kit does, so both are timed to the same event.
const deck = new Reveal({ hash: true, slideNumber: 'c/t', width: 1280, height: 720, plugins: [Markdown, Notes] });
void deck.initialize().then(() => {
  document.documentElement.dataset.ready = 'present';
});
