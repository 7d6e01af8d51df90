/**
 * Schema.org structured data for search engines, built from a page's frontmatter and MDX body.
 * Pure: the Head override passes plain values in and prints the JSON-LD it gets back.
 */

/** What a page gives the builder. */
export interface PageFacts {
  url: string;
  title: string;
  description: string;
  lang: string;
  kind: string;
  reviewed: Date;
  sources: readonly { title: string; url: string }[];
  siteName: string;
  siteUrl: string;
  /** The raw MDX body; the FAQ's questions and answers are read from it. */
  body: string;
}

/** One question of the FAQ with its answer as plain text. */
export interface FaqEntry {
  question: string;
  answer: string;
}

const explicitId = /\s*\{\s*#[\w-]+\s*\}\s*$/;

/** Turns a Markdown/MDX fragment into plain text: no links, emphasis, code marks, tags or imports. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^import .*$/gm, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the FAQ's `###` questions and the text under each, up to the next heading. */
export function extractFaq(body: string): FaqEntry[] {
  const entries: FaqEntry[] = [];
  let current: { question: string; lines: string[] } | undefined;
  let inFence = false;
  const flush = () => {
    if (current)
      entries.push({
        question: current.question,
        answer: markdownToText(current.lines.join('\n')),
      });
    current = undefined;
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line.trimStart())) inFence = !inFence;
    const heading = inFence ? null : /^(#{2,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      if (heading[1] === '###')
        current = { question: (heading[2] ?? '').replace(explicitId, '').trim(), lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  flush();
  return entries.filter((e) => e.question && e.answer);
}

/** The JSON-LD objects for one page: a TechArticle (or FAQPage) and its breadcrumb trail. */
export function structuredData(
  page: PageFacts,
  breadcrumbs: readonly { name: string; url: string }[],
): object[] {
  const publisher = { '@type': 'Organization', name: page.siteName, url: page.siteUrl };
  const main =
    page.kind === 'faq'
      ? {
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          url: page.url,
          name: page.title,
          inLanguage: page.lang,
          mainEntity: extractFaq(page.body).map((e) => ({
            '@type': 'Question',
            name: e.question,
            acceptedAnswer: { '@type': 'Answer', text: e.answer },
          })),
        }
      : {
          '@context': 'https://schema.org',
          '@type': 'TechArticle',
          headline: page.title,
          description: page.description,
          url: page.url,
          inLanguage: page.lang,
          dateModified: page.reviewed.toISOString().slice(0, 10),
          publisher,
          isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
          citation: page.sources.map((s) => ({
            '@type': 'CreativeWork',
            name: s.title,
            url: s.url,
          })),
        };
  const trail =
    breadcrumbs.length > 1
      ? [
          {
            '@context': 'https://schema.org',
            '@type': 'BreadcrumbList',
            itemListElement: breadcrumbs.map((b, i) => ({
              '@type': 'ListItem',
              position: i + 1,
              name: b.name,
              item: b.url,
            })),
          },
        ]
      : [];
  return [main, ...trail];
}

/** Serialises JSON-LD so that no `</script>` or HTML comment in the data can close the tag. */
export function jsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}
