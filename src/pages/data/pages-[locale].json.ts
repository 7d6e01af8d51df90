/**
 * `/data/pages-<locale>.json`: the pages of one language as the 404 knows them (path, title, the
 * ids a link may name) and the pages that moved, so that `kb-not-found` can send a damaged or old
 * link to the page it meant (src/lib/site/not-found.ts).
 */
import { getCollection } from 'astro:content';
import { movedAnchors } from '~config/moved-anchors';
import { movedPages } from '~config/moved-pages';
import { knownPage } from '~/lib/site/known-pages';
import type { PagesData } from '~/lib/site/not-found';
import { jsonPerLocale } from '~/server/strings';

export const { getStaticPaths, GET } = jsonPerLocale(
  'Pages for the 404',
  async (locale): Promise<PagesData> => {
    const entries = await getCollection('docs', ({ id }) => id.split('/')[0] === locale);
    const pages = entries
      .map(({ id, body, data }) =>
        knownPage(
          { locale, slug: id.split('/').slice(1).join('/'), title: data.title, body: body ?? '' },
          movedAnchors,
        ),
      )
      .sort((a, b) => a.path.localeCompare(b.path));
    return { pages, moved: { ...movedPages } };
  },
);
