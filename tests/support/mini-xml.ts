/**
 * A small, strict XML 1.0 well-formedness checker and parser for unit tests of the feeds and
 * sitemaps (Node has no XML parser and the project takes no dependency for tests). It rejects what a
 * real parser rejects in documents of that shape: unbalanced or crossed tags, unquoted or duplicate
 * attributes, a raw `<` or a bare `&` in text or attributes, unknown entities, characters XML 1.0
 * forbids, undeclared namespace prefixes, more than one root. No DTDs, no CDATA (we never write them).
 */

export type TXmlElement = { name: string; attrs: Record<string, string>; children: TXmlElement[]; text: string };

const NAME = /^[A-Za-z_][\w.:-]*/;
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`« < » brut dans ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, ref: string) => {
    if (!match.endsWith(';')) throw new Error(`« & » nu dans ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
    if (code === undefined) throw new Error(`entité inconnue &${ref}; dans ${where}`);
    const char = String.fromCodePoint(parseInt(code, ref.startsWith('#x') ? 16 : 10));
    if (INVALID_CHAR.test(char)) throw new Error(`référence à un caractère interdit &${ref}; dans ${where}`);
    return char;
  });
}

export function parseXml(source: string): TXmlElement {
  const invalid = INVALID_CHAR.exec(source);
  if (invalid)
    throw new Error(`caractère interdit U+${invalid[0].codePointAt(0)?.toString(16).padStart(4, '0')} à la position ${invalid.index}`);
  let pos = 0;
  const rest = () => source.slice(pos);
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s+/.exec(rest());
      if (ws) pos += ws[0].length;
      if (rest().startsWith('<!--')) {
        const end = source.indexOf('-->', pos);
        if (end < 0) throw new Error('commentaire non fermé');
        pos = end + 3;
      } else if (rest().startsWith('<?') && !rest().startsWith('<?xml ')) {
        const end = source.indexOf('?>', pos);
        if (end < 0) throw new Error('instruction non fermée');
        pos = end + 2;
      } else return;
    }
  };

  if (source.startsWith('<?xml ')) {
    const end = source.indexOf('?>');
    if (end < 0 || !/^<\?xml version="1\.0"( encoding="[A-Za-z0-9._-]+")?( standalone="(yes|no)")? ?\?>$/.test(source.slice(0, end + 2))) {
      throw new Error('déclaration XML invalide');
    }
    pos = end + 2;
  }
  skipMisc();

  const checkNamespaces = (el: TXmlElement, scope: Set<string>) => {
    const inner = new Set(scope);
    for (const attr of Object.keys(el.attrs)) if (attr.startsWith('xmlns:')) inner.add(attr.slice(6));
    for (const name of [el.name, ...Object.keys(el.attrs).filter((a) => !a.startsWith('xmlns'))]) {
      const prefix = name.includes(':') ? name.split(':')[0] : null;
      if (prefix && !inner.has(prefix)) throw new Error(`préfixe d’espace de noms non déclaré : ${name}`);
    }
    for (const child of el.children) checkNamespaces(child, inner);
  };

  const parseElement = (): TXmlElement => {
    if (source[pos] !== '<') throw new Error(`élément attendu à la position ${pos}`);
    pos += 1;
    const name = NAME.exec(rest())?.[0];
    if (!name) throw new Error(`nom d’élément invalide à la position ${pos}`);
    pos += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(rest())?.[0] ?? '';
      pos += ws.length;
      if (rest().startsWith('/>')) {
        pos += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (source[pos] === '>') {
        pos += 1;
        break;
      }
      if (!ws) throw new Error(`espace attendu avant un attribut de <${name}>`);
      const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest());
      if (!attr) throw new Error(`attribut mal formé dans <${name}>`);
      if (attr[1] in attrs) throw new Error(`attribut en double ${attr[1]} dans <${name}>`);
      attrs[attr[1]] = decode(attr[3] ?? attr[4] ?? '', `l’attribut ${attr[1]}`);
      pos += attr[0].length;
    }
    const children: TXmlElement[] = [];
    let text = '';
    for (;;) {
      const next = source.indexOf('<', pos);
      if (next < 0) throw new Error(`<${name}> non fermé`);
      const raw = source.slice(pos, next);
      if (raw.includes(']]>')) throw new Error(`« ]]> » dans le texte de <${name}>`);
      text += decode(raw, `<${name}>`);
      pos = next;
      if (rest().startsWith('</')) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(rest());
        if (!close || close[1] !== name) throw new Error(`</${close?.[1] ?? '?'}> ferme <${name}>`);
        pos += close[0].length;
        return { name, attrs, children, text };
      }
      if (rest().startsWith('<!--')) {
        const end = source.indexOf('-->', pos);
        if (end < 0) throw new Error('commentaire non fermé');
        pos = end + 3;
        continue;
      }
      if (rest().startsWith('<!') || rest().startsWith('<?')) throw new Error(`construction non prise en charge dans <${name}>`);
      children.push(parseElement());
    }
  };

  const root = parseElement();
  skipMisc();
  if (pos !== source.length) throw new Error(`contenu après l’élément racine à la position ${pos}`);
  checkNamespaces(root, new Set(['xml']));
  return root;
}

/** Direct children named `name`. */
export function childrenNamed(el: TXmlElement, name: string): TXmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The first direct child named `name`, or an error. */
export function child(el: TXmlElement, name: string): TXmlElement {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${name}> absent de <${el.name}>`);
  return found;
}
