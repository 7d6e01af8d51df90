/**
 * The Web Worker of the sign-in log tool. It reads the chosen file off the page's thread (with
 * progress), then hands every request to a `LogSession`, which keeps the records here: the page
 * only ever receives the summary and the rows it shows. Started by `kb-sign-in-logs` with
 * `new Worker(new URL(…), { type: 'module' })`, so the bundler emits it as a same-origin script
 * (a strict CSP's `worker-src 'self'` allows it). It makes no network request.
 */
import { MAX_BYTES, type WorkerRequest, type WorkerResponse } from '~/lib/sign-in-logs/protocol';
import { textEncoding } from '~/lib/sign-in-logs/decode';
import { LogSession } from '~/lib/sign-in-logs/session';

/** The worker's global scope, typed by what this file uses (the DOM lib types `self` as Window). */
const scope = globalThis as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

const session = new LogSession();
const post = (message: WorkerResponse) => scope.postMessage(message);

/** Reads a file as text, chunk by chunk, reporting the share read (encoding: `decode.ts`). */
async function readText(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const parts: string[] = [];
  let decoder: TextDecoder | null = null;
  let done = 0;
  let reported = -1;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    decoder ??= new TextDecoder(textEncoding(chunk.value));
    parts.push(decoder.decode(chunk.value, { stream: true }));
    done += chunk.value.byteLength;
    const percent = Math.floor((done / (file.size || 1)) * 100);
    if (percent > reported) {
      reported = percent;
      onProgress(done / (file.size || 1));
    }
  }
  if (decoder) parts.push(decoder.decode());
  return parts.join('');
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type !== 'load' || !request.file) {
    session.handle(request, post);
    return;
  }
  const { id, file, codes } = request;
  if (file.size > MAX_BYTES) {
    post({ type: 'error', id, code: 'too-large', detail: String(file.size) });
    return;
  }
  readText(file, (fraction) => post({ type: 'progress', id, phase: 'read', fraction }))
    .then((text) => session.handle({ type: 'load', id, text, codes }, post))
    .catch((error: unknown) =>
      post({ type: 'error', id, code: 'internal', detail: String(error) }),
    );
});
