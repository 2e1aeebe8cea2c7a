import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageRejected } from './process-image';
import { processLogo, svgRefusal } from './process-logo';

const plain = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 300 80">${body}</svg>`;
const drawing = plain('<rect width="300" height="80" fill="#9f1820"/><circle cx="40" cy="40" r="30" fill="url(#g)"/>');

async function rejection(input: Buffer): Promise<ImageRejected> {
  try {
    await processLogo(input);
  } catch (error) {
    if (error instanceof ImageRejected) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('svgRefusal', () => {
  it('accepts a plain drawing, namespaces and inner url(#…) references included', () => {
    expect(svgRefusal(drawing)).toBeNull();
  });

  it.each([
    ['<script>alert(1)</script>', 'un script'],
    ['<rect onload="alert(1)" width="1" height="1"/>', 'un attribut d’événement (on…)'],
    ['<a href="https://example.org"><rect width="1" height="1"/></a>', 'un élément qui charge ou anime autre chose'],
    ['<image href="file:///etc/passwd" width="10" height="10"/>', 'un élément qui charge ou anime autre chose'],
    ['<use xlink:href="https://example.org/x.svg#a"/>', 'un élément qui charge ou anime autre chose'],
    ['<foreignObject><div>x</div></foreignObject>', 'un élément qui charge ou anime autre chose'],
    ['<rect style="fill:url(https://example.org/x)" width="1" height="1"/>', 'une adresse'],
    ['<style>@import "x.css";</style>', 'un @import'],
    ['<set attributeName="href" to="javascript:alert(1)"/>', 'un élément qui charge ou anime autre chose'],
  ])('refuses %s', (body, reason) => {
    expect(svgRefusal(plain(body))).toBe(reason);
  });

  it('refuses entities (billion laughs, external files)', () => {
    expect(svgRefusal(`<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>${plain('<text>&a;</text>')}`)).toBe(
      'une déclaration DOCTYPE ou ENTITY',
    );
  });
});

describe('processLogo', () => {
  it('draws an SVG into a PNG with its transparency, at the stored height', async () => {
    const logo = await processLogo(Buffer.from(drawing));
    const meta = await sharp(logo.png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.hasAlpha).toBe(true);
    expect(logo.height).toBe(240);
    expect(logo.width).toBe(900);
  });

  it('keeps a PNG as a PNG, its metadata dropped', async () => {
    const png = await sharp({ create: { width: 400, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .withMetadata({ exif: { IFD0: { Copyright: 'secret' } } })
      .png()
      .toBuffer();
    const logo = await processLogo(png);
    expect(logo.width).toBe(400);
    expect((await sharp(logo.png).metadata()).exif).toBeUndefined();
  });

  it('refuses an SVG with a script, in French, before drawing anything', async () => {
    const error = await rejection(Buffer.from(plain('<script>alert(1)</script>')));
    expect(error.status).toBe(415);
    expect(error.message).toContain('Ce SVG est refusé');
  });

  it('refuses a JPEG, a tiny PNG and what is not a picture', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    expect((await rejection(jpeg)).message).toContain('PNG ou SVG');
    const tiny = await sharp({ create: { width: 50, height: 50, channels: 4, background: '#fff' } })
      .png()
      .toBuffer();
    expect((await rejection(tiny)).message).toContain('112');
    expect((await rejection(Buffer.from('bonjour'))).status).toBe(415);
    expect((await rejection(Buffer.alloc(0))).status).toBe(400);
  });

  it('refuses a file over the limit', async () => {
    expect((await rejection(Buffer.alloc(400 * 1024, 1))).status).toBe(413);
  });
});
