/**
 * The one inline script of the site's pages: it sets `<html data-theme>` before the first paint
 * (the stored choice, else the system's), so a dark-mode reader never sees a white flash. It runs
 * before any module, so it must stay inline; config/csp.ts allows it by its hash.
 *
 * The storage key is Starlight's, so a choice made before this override still applies.
 */
export const themeStorageKey = 'starlight-theme';

export const themeBoot =
  `(()=>{let t;try{t=localStorage.getItem('${themeStorageKey}')}catch{}` +
  `document.documentElement.dataset.theme=t==='light'||t==='dark'?t:` +
  `matchMedia('(prefers-color-scheme: light)').matches?'light':'dark'})()`;
