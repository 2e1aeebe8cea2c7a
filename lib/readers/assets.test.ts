import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ASSETS_PREFIX, buildSiteAssets, buildStylesheet } from './assets';

describe('the readers’ stylesheet', () => {
  it('is one minified file with its parts, named after its content: the same sources, the same address', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dakarinfo-css-'));
    const main = path.join(folder, 'site.css');
    writeFileSync(main, "/* comment */\n@import './part.css';\n.masthead {\n  color: #9f1820;\n  margin: 0 0 0 0;\n}\n");
    writeFileSync(path.join(folder, 'part.css'), '.brand { font-weight: 700; }\n');
    const one = buildStylesheet(main);
    expect(one.body.toString()).toBe('.brand{font-weight:700}.masthead{color:#9f1820;margin:0}');
    expect(one.path).toMatch(/^\/_assets\/site\.[A-Za-z0-9]{12}\.css$/);
    expect(buildStylesheet(main).path).toBe(one.path);
    // A change in a part is a new address: browsers that kept the old file a year get the new one.
    writeFileSync(path.join(folder, 'part.css'), '.brand { font-weight: 800; }\n');
    expect(buildStylesheet(main).path).not.toBe(one.path);
    expect(one.contentType).toBe('text/css; charset=utf-8');
  });

  it('is built from the project’s sources, with the icon, gzip’d when worth it', () => {
    const assets = buildSiteAssets(process.cwd());
    expect(assets.stylesheet.path.startsWith(ASSETS_PREFIX)).toBe(true);
    expect(assets.stylesheet.body.toString()).toContain('.site-header');
    expect(gunzipSync(assets.stylesheet.gzip as Buffer).equals(assets.stylesheet.body)).toBe(true);
    expect(assets.icon.path).toMatch(/^\/_assets\/icon\.[A-Za-z0-9]{12}\.svg$/);
    expect(assets.byPath.get(assets.stylesheet.path)).toBe(assets.stylesheet);
    expect(assets.byPath.get(assets.icon.path)).toBe(assets.icon);
  });
});
