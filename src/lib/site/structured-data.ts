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
  /** The question's heading id, for a link to the full answer. */
  id?: string;
}

const explicitId = /\s*\{\s*#([\w-]+)\s*\}\s*$/;

/**
 * The short form of an answer for structured data: its first sentence, and the next ones while
 * the text is shorter than `min` characters (never past `max`, cut at a word). The page itself
 * keeps the whole answer and each Question links to it: repeating all 36 answers in full in the
 * structured data made the FAQ page half as heavy again.
 */
export function conciseAnswer(answer: string, min = 40, max = 160): string {
  const sentences = answer.split(/(?<=[.!?])\s+/);
  let text = '';
  for (const sentence of sentences) {
    if (text && (text.length >= min || text.length + sentence.length + 1 > max)) break;
    text = text ? `${text} ${sentence}` : sentence;
  }
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

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

/**
 * Reads a FAQ page's questions and the text under each, up to the next heading. The questions are
 * its `###` headings under `##` groups (the main FAQ) or, on a page without groups, its `##`
 * headings (the help desk's and the admins' FAQ).
 */
export function extractFaq(body: string): FaqEntry[] {
  const level = /^###\s/m.test(body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '')) ? '###' : '##';
  const entries: FaqEntry[] = [];
  let current: { question: string; id: string | undefined; lines: string[] } | undefined;
  let inFence = false;
  const flush = () => {
    if (current)
      entries.push({
        question: current.question,
        answer: markdownToText(current.lines.join('\n')),
        ...(current.id ? { id: current.id } : {}),
      });
    current = undefined;
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line.trimStart())) inFence = !inFence;
    const heading = inFence ? null : /^(#{2,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      if (heading[1] === level)
        current = {
          question: (heading[2] ?? '').replace(explicitId, '').trim(),
          id: explicitId.exec(heading[2] ?? '')?.[1],
          lines: [],
        };
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
            ...(e.id ? { url: `${page.url}#${e.id}` } : {}),
            acceptedAnswer: { '@type': 'Answer', text: conciseAnswer(e.answer) },
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
          // The sources' titles are on the page already: the addresses are enough here.
          citation: page.sources.map((s) => s.url),
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
