import { describe, expect, test } from 'vitest';
import { overallProgress, type WorkerResponse } from '../../../src/lib/sign-in-logs/protocol';
import { LogSession } from '../../../src/lib/sign-in-logs/session';
import { codeFacts, fixture } from './helpers';

/** Runs one request through a session and returns every message it posted. */
function run(session: LogSession, request: Parameters<LogSession['handle']>[0]): WorkerResponse[] {
  const out: WorkerResponse[] = [];
  session.handle(request, (m) => out.push(m));
  return out;
}

describe('the worker protocol', () => {
  const session = new LogSession();
  const loaded = run(session, {
    type: 'load',
    id: 1,
    text: fixture('graph-beta.json'),
    codes: codeFacts,
  });

  test('a load reports rising progress, then the summary', () => {
    const progress = loaded.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    const overall = progress.map((m) =>
      m.type === 'progress' ? overallProgress(m.phase, m.fraction) : 0,
    );
    expect([...overall].sort((a, b) => a - b)).toEqual(overall);
    const last = loaded.at(-1);
    expect(last?.type).toBe('loaded');
    if (last?.type === 'loaded') {
      expect(last.id).toBe(1);
      expect(last.summary.blocked).toBe(4);
      expect(last.graphVersion).toBe('beta');
    }
  });

  test('events come a page at a time, with the total', () => {
    const [page] = run(session, {
      type: 'events',
      id: 2,
      filter: { scope: 'blocked' },
      offset: 1,
      limit: 2,
    });
    expect(page).toMatchObject({ type: 'events', id: 2, total: 4 });
    expect(page?.type === 'events' && page.rows.map((r) => r.index)).toEqual([1, 2]);
  });

  test('one event, whole', () => {
    const [event] = run(session, { type: 'event', id: 3, index: 2 });
    expect(event?.type === 'event' && event.record?.requestId).toBe(
      'aaaaaaaa-1111-2222-3333-444444444402',
    );
    const [missing] = run(session, { type: 'event', id: 4, index: 99 });
    expect(missing).toEqual({ type: 'event', id: 4, record: null });
  });

  test('lookup and export', () => {
    const [found] = run(session, {
      type: 'lookup',
      id: 5,
      text: 'Correlation Id: dddddddd-2222-3333-4444-eeeeeeeeee01',
    });
    expect(found?.type === 'lookup' && found.rows.map((r) => r.index)).toEqual([1]);
    const [csv] = run(session, {
      type: 'export',
      id: 6,
      filter: { scope: 'blocked', text: 'alex' },
    });
    expect(csv?.type === 'export' && csv.count).toBe(2);
  });

  test('a bad file is an error message, and the worker lives on', () => {
    const fresh = new LogSession();
    expect(
      run(fresh, { type: 'load', id: 7, text: '{"nope": true}', codes: codeFacts }).at(-1),
    ).toEqual({
      type: 'error',
      id: 7,
      code: 'json-shape',
      detail: '',
    });
    const [after] = run(fresh, {
      type: 'events',
      id: 8,
      filter: { scope: 'all' },
      offset: 0,
      limit: 10,
    });
    expect(after).toMatchObject({ type: 'events', total: 0 });
  });

  test('overall progress runs from 0 to 1 across the phases', () => {
    expect(overallProgress('read', 0)).toBe(0);
    expect(overallProgress('summarise', 1)).toBe(1);
    expect(overallProgress('parse', 2)).toBe(overallProgress('normalise', 0));
  });
});
