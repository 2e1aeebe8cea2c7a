import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { ASSETS_PREFIX, buildSiteAssets, buildStylesheet } from './assets';

describe('the readers’ stylesheet', () => {
  it('is minified, and named after its content: the same source, the same address; another, another', () => {
    const source = '/* comment */\n.masthead {\n  color: #9f1820;\n  margin: 0 0 0 0;\n}\n';
    const one = buildStylesheet(source);
    expect(one.body.toString()).toBe('.masthead{color:#9f1820;margin:0}');
    expect(one.path).toMatch(/^\/_assets\/site\.[A-Za-z0-9]{12}\.css$/);
    expect(buildStylesheet(source).path).toBe(one.path);
    expect(buildStylesheet(source.replace('#9f1820', '#16181d')).path).not.toBe(one.path);
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
