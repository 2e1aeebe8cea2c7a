import { expect, type Page } from '@playwright/test';

/** An XML element as Chromium's DOMParser read it: qualified name, namespace, attributes, own text. */
export type TXmlNode = { name: string; ns: string | null; attrs: Record<string, string>; text: string; children: TXmlNode[] };

/**
 * Parses `xml` with the browser's own XML parser (no dependency): a feed or sitemap that is not
 * well-formed XML, namespaces included, fails the test with the parser's message.
 */
export async function parseXmlInBrowser(page: Page, xml: string): Promise<TXmlNode> {
  const result = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) return { error: error.textContent ?? 'XML invalide' };
    const walk = (el: Element): TXmlNode => ({
      name: el.tagName,
      ns: el.namespaceURI,
      attrs: Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value])),
      text: Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE || n.nodeType === Node.CDATA_SECTION_NODE)
        .map((n) => n.nodeValue ?? '')
        .join(''),
      children: Array.from(el.children).map(walk),
    });
    return { root: walk(doc.documentElement) };
  }, xml);
  if ('error' in result) throw new Error(`XML mal formé : ${result.error}`);
  return result.root as TXmlNode;
}

export function children(el: TXmlNode, name: string): TXmlNode[] {
  return el.children.filter((c) => c.name === name);
}

export function child(el: TXmlNode, name: string): TXmlNode {
  const found = el.children.find((c) => c.name === name);
  expect(found, `<${name}> dans <${el.name}>`).toBeDefined();
  return found as TXmlNode;
}
