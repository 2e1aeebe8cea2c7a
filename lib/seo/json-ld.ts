/**
 * schema.org structured data for Google and other readers of JSON-LD, built from plain values, and
 * its safe serialisation into an HTML `<script>`. Pure.
 */

export type TJsonLd = Record<string, unknown>;

export type TNewsArticleInput = {
  /** Absolute canonical URL of the article. */
  url: string;
  headline: string;
  description: string;
  publishedAt: Date;
  /** lastUpdatedAt: null when no « mise à jour » was ever published. */
  lastUpdatedAt: Date | null;
  section: string;
  author: { name: string; url: string };
  publisher: TPublisher;
  /** The story's picture, absolute addresses: one per shape (16:9, 4:3, 1:1) when they are stored, the widest first. */
  image?: TImageShape | TImageShape[];
};

export type TImageShape = { url: string; width: number; height: number };

/** The site as the publisher of its stories (« Réglages du site »: name and logo). */
export type TPublisher = { name: string; url: string; logo?: { url: string; width?: number; height?: number } };

function logoObject(logo: NonNullable<TPublisher['logo']>): TJsonLd {
  return {
    '@type': 'ImageObject',
    url: logo.url,
    ...(logo.width && logo.height ? { width: logo.width, height: logo.height } : {}),
  };
}

function publisherJsonLd(publisher: TPublisher): TJsonLd {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    ...(publisher.logo ? { logo: logoObject(publisher.logo) } : {}),
  };
}

/**
 * A NewsArticle. `dateModified` is the time of the latest public « mise à jour » entry, or the
 * publication time when there is none: a silent fix never moves it.
 */
export function newsArticleJsonLd(input: TNewsArticleInput): TJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.publishedAt.toISOString(),
    dateModified: (input.lastUpdatedAt ?? input.publishedAt).toISOString(),
    author: { '@type': 'Person', name: input.author.name, url: input.author.url },
    publisher: publisherJsonLd(input.publisher),
    articleSection: input.section,
    // Google shows a story in Top stories and Discover only with a picture it can fetch.
    ...(input.image
      ? {
          image: (Array.isArray(input.image) ? input.image : [input.image]).map((shape) => ({
            '@type': 'ImageObject',
            url: shape.url,
            width: shape.width,
            height: shape.height,
          })),
        }
      : {}),
    inLanguage: 'fr-FR',
    isAccessibleForFree: true,
  };
}

/** One entry of a live, as structured data (`liveBlogUpdate`). */
export type TLiveUpdateInput = {
  url: string;
  headline: string;
  body: string;
  publishedAt: Date;
  editedAt: Date | null;
  author: { name: string; url: string } | null;
};

/**
 * « En direct »: the story's NewsArticle becomes a LiveBlogPosting, with its coverage times and its
 * newest entries as BlogPostings (Google's live badge reads these).
 */
export function liveBlogJsonLd(
  article: TJsonLd,
  live: { startedAt: Date; endedAt: Date | null; lastEntryAt: Date | null; updates: TLiveUpdateInput[] },
): TJsonLd {
  const modified =
    live.lastEntryAt && live.lastEntryAt.toISOString() > String(article.dateModified)
      ? live.lastEntryAt.toISOString()
      : article.dateModified;
  return {
    ...article,
    '@type': 'LiveBlogPosting',
    dateModified: modified,
    coverageStartTime: live.startedAt.toISOString(),
    ...(live.endedAt ? { coverageEndTime: live.endedAt.toISOString() } : {}),
    liveBlogUpdate: live.updates.map((update) => ({
      '@type': 'BlogPosting',
      headline: update.headline,
      articleBody: update.body,
      url: update.url,
      datePublished: update.publishedAt.toISOString(),
      dateModified: (update.editedAt ?? update.publishedAt).toISOString(),
      ...(update.author ? { author: { '@type': 'Person', name: update.author.name, url: update.author.url } } : {}),
    })),
  };
}

/**
 * The home page's description of the site: the newsroom that publishes it (`NewsMediaOrganization`,
 * with its logo and, when the « mentions légales » give them, its legal facts) and the site itself
 * (`WebSite`, with the search box search engines may offer: `SearchAction` on /recherche).
 */
export function siteJsonLd(site: TPublisher & { description: string; publishingPrinciples?: string }): TJsonLd[] {
  const organisation = `${site.url}#organisation`;
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsMediaOrganization',
      '@id': organisation,
      name: site.name,
      url: site.url,
      ...(site.logo ? { logo: logoObject(site.logo) } : {}),
      ...(site.publishingPrinciples ? { publishingPrinciples: site.publishingPrinciples } : {}),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      url: site.url,
      description: site.description,
      inLanguage: 'fr-FR',
      publisher: { '@id': organisation },
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${site.url}recherche?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
  ];
}

/** Accueil → Rubrique → Article: absolute URLs, positions from 1. */
export function breadcrumbJsonLd(items: { name: string; url: string }[]): TJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of `<script type="application/ld+json">`. JSON.stringify alone is not
 * enough: a headline containing `</script>` would end the element and let the rest run as HTML,
 * and `<!--` changes how the script's end is found. Escaping `<`, `>` and `&` as \uXXXX inside
 * JSON strings keeps the value identical for any JSON parser while no markup can appear; U+2028
 * and U+2029 are escaped too, for consumers that evaluate the text as JavaScript.
 */
export function serializeJsonLd(data: TJsonLd | TJsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c] ?? c);
}
