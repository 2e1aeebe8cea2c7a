/**
 * Page weight: the HTML (raw, and gzip'd as the app sends it), the inline scripts it carries (Next's
 * React payload, JSON-LD), and the JavaScript files its <script src> tags load, fetched from the app
 * and gzip'd here (level 6, what a CDN would send).
 */
import { gzipSync } from 'node:zlib';
import type { TPage } from './results';
import { request } from './util';

export type TPageWeight = {
  page: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Bytes of inline <script> bodies that are JavaScript (Next's React Server Components payload mostly). */
  inlineScriptBytes: number;
  jsonLdBytes: number;
  scripts: { src: string; bytes: number; gzipBytes: number }[];
  jsBytes: number;
  jsGzipBytes: number;
  /** Whether the app itself compressed a JavaScript file when asked for gzip. */
  jsServedCompressed: boolean;
  /** How many times a sentence of the story's body occurs in the HTML (article page only). */
  bodyOccurrences?: number;
  /** Script files that could not be fetched. */
  failures: string[];
};

export async function measureWeight(baseUrl: string, page: string, pagePath: string, bodySample?: string): Promise<TPageWeight> {
  const raw = await request(`${baseUrl}${pagePath}`, { headers: { 'accept-encoding': 'identity' } });
  if (raw.status !== 200) throw new Error(`${pagePath}: HTTP ${raw.status}`);
  const zipped = await request(`${baseUrl}${pagePath}`, { headers: { 'accept-encoding': 'gzip' } });
  const html = raw.body.toString('utf8');
  const htmlGzipBytes = zipped.headers['content-encoding'] === 'gzip' ? zipped.body.length : gzipSync(raw.body).length;

  let inlineScriptBytes = 0;
  let jsonLdBytes = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attributes, content] = match;
    if (/\bsrc=/.test(attributes)) continue;
    const bytes = Buffer.byteLength(content);
    if (/application\/ld\+json/.test(attributes)) jsonLdBytes += bytes;
    else inlineScriptBytes += bytes;
  }

  const sources = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')))];
  const scripts: TPageWeight['scripts'] = [];
  const failures: string[] = [];
  let jsServedCompressed = false;
  for (const src of sources) {
    const url = new URL(src, `${baseUrl}${pagePath}`);
    if (url.origin !== baseUrl) continue;
    try {
      const file = await request(url.toString(), { headers: { 'accept-encoding': 'identity' }, timeoutMs: 10_000 });
      if (file.status !== 200) {
        failures.push(`${url.pathname}: HTTP ${file.status}`);
        continue;
      }
      scripts.push({ src: url.pathname, bytes: file.body.length, gzipBytes: gzipSync(file.body).length });
      if (scripts.length === 1) {
        const asked = await request(url.toString(), { headers: { 'accept-encoding': 'gzip' }, timeoutMs: 10_000 });
        jsServedCompressed = asked.headers['content-encoding'] === 'gzip';
      }
    } catch (error) {
      failures.push(`${url.pathname}: ${(error as Error).message}`);
    }
  }

  let bodyOccurrences: number | undefined;
  if (bodySample) bodyOccurrences = html.split(bodySample).length - 1;

  return {
    page,
    htmlBytes: raw.body.length,
    htmlGzipBytes,
    inlineScriptBytes,
    jsonLdBytes,
    scripts,
    jsBytes: scripts.reduce((s, x) => s + x.bytes, 0),
    jsGzipBytes: scripts.reduce((s, x) => s + x.gzipBytes, 0),
    jsServedCompressed,
    bodyOccurrences,
    failures,
  };
}

/** The weight of every page on instance 1 (the story's body looked for in the article's HTML); notes for what failed. */
export async function measureWeights(
  baseUrl: string,
  pages: TPage[],
  bodySample: string | undefined,
): Promise<{ weights: TPageWeight[]; notes: string[] }> {
  const weights: TPageWeight[] = [];
  const notes: string[] = [];
  for (const page of pages) {
    try {
      const weight = await measureWeight(baseUrl, page.label, page.path, page.key === 'article' ? bodySample : undefined);
      weights.push(weight);
      if (weight.failures.length)
        notes.push(
          `Page weight, ${page.label}: ${weight.failures.length} script file(s) could not be fetched from instance 1 (${weight.failures.slice(0, 3).join('; ')}).`,
        );
    } catch (error) {
      notes.push(`Page weight, ${page.label}: failed (${(error as Error).message}).`);
    }
  }
  return { weights, notes };
}
