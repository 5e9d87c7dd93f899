import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import { deckPlugin } from '../../src/content/vitePlugin.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A tiny vite project: the translation fixture's original as slides/, `translation` as slides/es/. */
function project(translation: string): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-i18n-'));
  temps.push(root);
  cpSync(join(FIXTURES, 'translation'), join(root, 'slides'), { recursive: true });
  rmSync(join(root, 'slides', 'es'), { recursive: true });
  cpSync(join(FIXTURES, translation), join(root, 'slides', 'es'), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>t</title><script type="module" src="/main.js"></script>',
  );
  writeFileSync(
    join(root, 'main.js'),
    "import deck, { translations } from 'virtual:deck';\n" +
      'document.title = deck.meta.title;\n' +
      'translations.es().then((es) => { document.body.textContent = es.default.meta.title; });\n',
  );
  return root;
}

async function chunks(root: string): Promise<{ name: string; code: string }[]> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [deckPlugin({ dir: 'slides' })],
    build: { write: false },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  return output.flatMap((f) => (f.type === 'chunk' ? [{ name: f.fileName, code: f.code }] : []));
}

describe('vite build with a translation', () => {
  test('the Spanish deck is its own lazy chunk beside the English one', async () => {
    const files = await chunks(project('translation/es'));
    const english = files.filter((f) => f.code.includes('Why this matters'));
    const spanish = files.filter((f) => f.code.includes('Por qué importa'));
    expect(english).toHaveLength(1);
    expect(spanish).toHaveLength(1);
    expect(spanish[0]!.name).not.toBe(english[0]!.name);
    expect(spanish[0]!.code).not.toContain('Why this matters');
  });

  test('a translation that breaks the structure fails the build with its file and line', async () => {
    await expect(chunks(project('translation-changed-parameter'))).rejects.toThrow(
      /slides\/es\/02-moving-day\.md:14: sim block: lead is "30", but the original \(slides\/02-moving-day\.md:10\) has lead: 25/,
    );
  });
});

describe('vite dev server with a translation', () => {
  test('a broken translation is an error with file:line when loaded; editing a translation reloads the page', async () => {
    const root = project('translation/es');
    const server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [deckPlugin({ dir: 'slides' })],
      server: { port: 0, strictPort: false, open: false },
    });
    try {
      await server.listen();
      const sent: { type: string }[] = [];
      const send = server.ws.send.bind(server.ws);
      server.ws.send = ((payload: { type: string }) => {
        sent.push(payload);
        send(payload as never);
      }) as typeof server.ws.send;
      const code = async (id: string) => (await server.transformRequest(id))?.code ?? '';
      expect(await code('virtual:deck')).toContain('virtual:deck/es');
      expect(await code('virtual:deck/es')).toContain('Pruébalo');

      const file = join(root, 'slides', 'es', '02-moving-day.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('lead: 25', 'lead: 30'));
      await expect.poll(() => sent.some((m) => m.type === 'full-reload'), { timeout: 10_000 }).toBe(true);
      await expect(code('virtual:deck/es')).rejects.toThrow(
        /slides\/es\/02-moving-day\.md:14: sim block: lead is "30"/,
      );
    } finally {
      await server.close();
    }
  }, 30_000);
});
