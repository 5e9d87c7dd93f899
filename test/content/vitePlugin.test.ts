import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import { deckPlugin } from '../../src/content/vitePlugin.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A tiny vite project whose page imports `virtual:deck`, with a copy of one fixture deck as slides/. */
function project(fixture: 'good' | 'broken'): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-vite-'));
  temps.push(root);
  cpSync(join(FIXTURES, fixture), join(root, 'slides'), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>t</title><script type="module" src="/main.js"></script>',
  );
  writeFileSync(join(root, 'main.js'), "import deck from 'virtual:deck';\ndocument.title = deck.meta.title;\n");
  return root;
}

async function buildProject(root: string) {
  return build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [deckPlugin({ dir: 'slides' })],
    build: { write: false },
  });
}

describe('vite build', () => {
  test('a good deck is bundled into the page', async () => {
    const result = await buildProject(project('good'));
    const output = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    const code = output.map((file) => (file.type === 'chunk' ? file.code : '')).join('\n');
    expect(code).toContain('Why this matters');
    expect(code).toContain('data-sim="s2-0-0"');
  });

  test('a mistyped simulation block fails the build with file:line', async () => {
    await expect(buildProject(project('broken'))).rejects.toThrow(
      'slides/02-sim.md:9: sim block: "tStopp" is not a parameter. Did you mean "tStop"?',
    );
  });
});

describe('vite dev server', () => {
  let server: ViteDevServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  /** Waits (up to 10 s) for the watcher to notice a file change and the plugin to send a message. */
  async function waitFor(sent: { type: string }[], type: string): Promise<Record<string, unknown>> {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const found = sent.find((m) => m.type === type);
      if (found) return found as Record<string, unknown>;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no "${type}" message from the dev server; got ${JSON.stringify(sent.map((m) => m.type))}`);
  }

  test('reports a broken slide file in the overlay and recovers when it is fixed', async () => {
    const root = project('good');
    server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [deckPlugin({ dir: 'slides' })],
      server: { port: 0, strictPort: false, open: false },
    });
    await server.listen();
    const sent: { type: string }[] = [];
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: { type: string }) => {
      sent.push(payload);
      send(payload as never);
    }) as typeof server.ws.send;
    const deckCode = async () => (await server!.transformRequest('virtual:deck'))?.code ?? '';

    expect(await deckCode()).toContain('"title":"Give First"');

    const file = join(root, 'slides', '02-moving-day.md');
    writeFileSync(file, '# Moving day\n\n```sim\npreset: moving-day\ntStopp: 50\n```\n');
    const error = (await waitFor(sent, 'error')).err as { message: string; loc: unknown; frame: string };
    expect(error.message).toBe(
      'slides/02-moving-day.md:5: sim block: "tStopp" is not a parameter. Did you mean "tStop"?',
    );
    expect(error.loc).toEqual({ file, line: 5, column: 1 });
    expect(error.frame).toContain('> 5 | tStopp: 50');
    await expect(deckCode()).rejects.toThrow('slides/02-moving-day.md:5:');

    sent.length = 0;
    writeFileSync(file, '# Moving day, fixed\n\n```sim\npreset: moving-day\ntStop: 50\n```\n');
    await waitFor(sent, 'full-reload');
    expect(await deckCode()).toContain('Moving day, fixed');

    sent.length = 0;
    writeFileSync(join(root, 'slides', '05-new.md'), '# A new section\n');
    await waitFor(sent, 'full-reload').catch(() => undefined);
    await expect.poll(deckCode, { timeout: 10_000 }).toContain('A new section');

    unlinkSync(join(root, 'slides', '05-new.md'));
    await expect.poll(deckCode, { timeout: 10_000 }).not.toContain('A new section');
  }, 30_000);
});
