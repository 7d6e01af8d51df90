/**
 * File drops on a tool. The whole element takes them, so that a file dropped beside a box is not
 * opened by the browser in place of the page; the drop zone (`[data-drop]`) under the pointer shows
 * that it will take the file (`is-dragging`) and gets it.
 */

/** The `[data-drop]` zone an event's target is in, if any. */
const zoneUnder = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-drop]') : null;

/**
 * Listens for drops on `host`. `zoneOf` picks the zone that gets a file (by default the one under
 * the pointer); `onFile` receives the first file dropped on it, and the whole drop for a tool
 * that takes several files or a folder.
 */
export function acceptDrops(
  host: HTMLElement,
  onFile: (file: File, zone: HTMLElement, data: DataTransfer) => void,
  zoneOf: (target: EventTarget | null) => HTMLElement | null = zoneUnder,
): void {
  const mark = (zone: HTMLElement | null) => {
    for (const el of host.querySelectorAll('[data-drop]'))
      el.classList.toggle('is-dragging', el === zone);
  };
  host.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    mark(zoneOf(event.target));
  });
  host.addEventListener('dragleave', (event) => {
    if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) mark(null);
  });
  host.addEventListener('drop', (event) => {
    event.preventDefault();
    const zone = zoneOf(event.target);
    mark(null);
    const data = event.dataTransfer;
    const file = data?.files[0];
    if (data && file && zone) onFile(file, zone, data);
  });
}
