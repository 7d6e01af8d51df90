/**
 * The Web Worker of the sign-in log tool: a thin relay to a `LogSession`, which reads the chosen
 * files chunk by chunk (never whole), keeps their records here and answers the page's requests;
 * the page only ever receives the summary and the rows it shows. Requests are handled as they
 * come, so that a `cancel` reaches a load in progress (the session gives the message queue a
 * turn between chunks). Started by `kb-sign-in-logs` with `new Worker(new URL(…), { type:
 * 'module' })`, so the bundler emits it as a same-origin script (a strict CSP's
 * `worker-src 'self'` allows it). It makes no network request.
 */
import type { WorkerRequest, WorkerResponse } from '~/lib/sign-in-logs/protocol';
import { LogSession } from '~/lib/sign-in-logs/session';

/** The worker's global scope, typed by what this file uses (the DOM lib types `self` as Window). */
const scope = globalThis as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

const session = new LogSession();

scope.addEventListener('message', (event) => {
  void session.handle(event.data, (message) => scope.postMessage(message));
});
