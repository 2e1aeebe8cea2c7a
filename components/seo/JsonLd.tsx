import { serializeJsonLd, type TJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines, serialised so that no value can close the script element. */
export function JsonLd({ data }: { data: TJsonLd | TJsonLd[] }) {
  // serializeJsonLd escapes < > & U+2028 U+2029: the payload cannot contain markup.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
