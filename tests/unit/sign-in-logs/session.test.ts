import { describe, expect, test } from 'vitest';
import { overallProgress, type WorkerResponse } from '../../../src/lib/sign-in-logs/protocol';
import { LogSession } from '../../../src/lib/sign-in-logs/session';
import { codeFacts, fixture } from './helpers';

/** Runs one request through a session and returns every message it posted. */
async function run(
  session: LogSession,
  request: Parameters<LogSession['handle']>[0],
): Promise<WorkerResponse[]> {
  const out: WorkerResponse[] = [];
  await session.handle(request, (m) => out.push(m));
  return out;
}

/** A text as the worker gets a picked file. */
function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

describe('the worker protocol', async () => {
  const session = new LogSession();
  const loaded = await run(session, {
    type: 'load',
    id: 1,
    files: [file('graph-beta.json', fixture('graph-beta.json'))],
    codes: codeFacts,
  });

  test('a load reports rising progress, then the summary and each file’s shape', () => {
    const progress = loaded.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    const overall = progress.map((m) =>
      m.type === 'progress' ? overallProgress(m.phase, m.fraction) : 0,
    );
    expect([...overall].sort((a, b) => a - b)).toEqual(overall);
    expect(progress[0]).toMatchObject({ file: 1, files: 1, name: 'graph-beta.json' });
    const last = loaded.at(-1);
    expect(last?.type).toBe('loaded');
    if (last?.type === 'loaded') {
      expect(last.id).toBe(1);
      expect(last.summary.blocked).toBe(4);
      expect(last.files.map((f) => [f.name, f.report?.shape])).toEqual([
        ['graph-beta.json', 'graph-beta'],
      ]);
    }
  });

  test('events come a page at a time, with the total', async () => {
    const [page] = await run(session, {
      type: 'events',
      id: 2,
      filter: { scope: 'blocked' },
      offset: 1,
      limit: 2,
    });
    expect(page).toMatchObject({ type: 'events', id: 2, total: 4 });
    expect(page?.type === 'events' && page.rows.map((r) => r.index)).toEqual([1, 2]);
  });

  test('one event, whole', async () => {
    const [event] = await run(session, { type: 'event', id: 3, index: 2 });
    expect(event?.type === 'event' && event.record?.requestId).toBe(
      'aaaaaaaa-1111-2222-3333-444444444402',
    );
    const [missing] = await run(session, { type: 'event', id: 4, index: 99 });
    expect(missing).toEqual({ type: 'event', id: 4, record: null });
  });

  test('lookup and export', async () => {
    const [found] = await run(session, {
      type: 'lookup',
      id: 5,
      text: 'Correlation Id: dddddddd-2222-3333-4444-eeeeeeeeee01',
    });
    expect(found?.type === 'lookup' && found.rows.map((r) => r.index)).toEqual([1]);
    const [csv] = await run(session, {
      type: 'export',
      id: 6,
      filter: { scope: 'blocked', text: 'alex' },
    });
    expect(csv?.type === 'export' && csv.count).toBe(2);
  });

  test('a pasted text is read like a file', async () => {
    const fresh = new LogSession();
    const out = await run(fresh, {
      type: 'load',
      id: 9,
      text: fixture('portal-drift.csv'),
      codes: codeFacts,
    });
    const last = out.at(-1);
    expect(last?.type === 'loaded' && last.summary.blocked).toBe(3);
  });

  test('a bad file is an error message saying what it holds, and the worker lives on', async () => {
    const fresh = new LogSession();
    const out = await run(fresh, {
      type: 'load',
      id: 7,
      files: [file('nope.json', '{"nope": true}')],
      codes: codeFacts,
    });
    expect(out.at(-1)).toEqual({
      type: 'error',
      id: 7,
      code: 'json-shape',
      detail: '',
      files: [
        {
          name: 'nope.json',
          container: null,
          error: { code: 'json-shape', found: { kind: 'object', names: ['nope'], count: 1 } },
        },
      ],
    });
    const [after] = await run(fresh, {
      type: 'events',
      id: 8,
      filter: { scope: 'all' },
      offset: 0,
      limit: 10,
    });
    expect(after).toMatchObject({ type: 'events', total: 0 });
  });

  test('a cancel stops a load between two chunks and keeps what was read before', async () => {
    const kept = new LogSession();
    const first = [file('a.json', fixture('graph-beta.json'))];
    await run(kept, { type: 'load', id: 10, files: first, codes: codeFacts });
    const slow = {
      name: 'slow.json',
      size: 10,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            // Never ends by itself: only the cancel stops it.
            controller.enqueue(new TextEncoder().encode(' '));
          },
        }),
    };
    const pending = kept.load([slow], codeFacts, {
      append: true,
      signal: AbortSignal.timeout(50),
    });
    await expect(pending).rejects.toThrow('cancelled');
    expect(kept.records).toHaveLength(7);
  });

  test('overall progress runs from 0 to 1 across the phases', () => {
    expect(overallProgress('read', 0)).toBe(0);
    expect(overallProgress('read', 2)).toBe(overallProgress('summarise', 0));
    expect(overallProgress('summarise', 1)).toBe(1);
  });
});
