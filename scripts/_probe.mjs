import { loadPagefind } from './lib/search-node.mjs';
const api = await loadPagefind('/tmp/dist-prox/', 'it');
for (const t of ['perché', 'perche', 'perchè', 'città', 'citta', 'è', 'gia', 'già', 'funzionalità','funzionalita', 'telefno', 'telefono', 'autenticatore', 'authenticator', 'sharepoint','sharpoint', 'outlok']) {
  const r = await api.search(t);
  console.log(t, r.results.length, r.results.slice(0,2).map(x=>x.score.toFixed(2)));
}
