import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isCountedRead, ReadCounter } from './read-counter';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const ID = 'cmxdymi1f002a2x7dqwjb7hyb';

const request = (headers: Record<string, string> = {}, method = 'GET') =>
  ({ method, headers: { 'user-agent': CHROME, 'sec-fetch-dest': 'image', ...headers } }) as unknown as IncomingMessage;

function response() {
  const headers: Record<string, unknown> = {};
  const res = {
    statusCode: 0,
    body: undefined as Buffer | undefined,
    setHeader: (name: string, value: unknown) => (headers[name] = value),
    end: (body?: Buffer) => (res.body = body),
  };
  return { res, headers, asResponse: res as unknown as ServerResponse };
}

describe('a read, for « Les plus lus »', () => {
  it('is a browser showing the image: not a robot, a tool, a prefetch or a page opened at the address', () => {
    expect(isCountedRead(request())).toBe(true);
    expect(isCountedRead(request({ 'sec-fetch-dest': '' }))).toBe(false);
    const noDest = request();
    delete noDest.headers['sec-fetch-dest'];
    expect(isCountedRead(noDest)).toBe(true);
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0)',
      'facebookexternalhit/1.1',
      'curl/8.5.0',
      'python-requests/2.31',
      'wrk/4.1.0',
      'Mozilla/5.0 (compatible; Chrome-Lighthouse)',
      '',
    ])
      expect(isCountedRead(request({ 'user-agent': agent })), agent).toBe(false);
    expect(isCountedRead(request({ 'sec-purpose': 'prefetch;prerender' }))).toBe(false);
    expect(isCountedRead(request({ purpose: 'prefetch' }))).toBe(false);
    expect(isCountedRead(request({ 'sec-fetch-dest': 'document' }))).toBe(false);
    expect(isCountedRead(request({}, 'HEAD'))).toBe(false);
  });
});

describe('the read counter', () => {
  it('adds many reads in one write per flush, and nothing when there is nothing', async () => {
    const writes: Map<string, number>[] = [];
    const counter = new ReadCounter(async (counts) => void writes.push(new Map(counts)));
    for (let i = 0; i < 1_000; i++) counter.note(ID);
    counter.note('cmxother00000000000000000');
    await counter.flush();
    await counter.flush();
    expect(writes).toEqual([
      new Map([
        [ID, 1_000],
        ['cmxother00000000000000000', 1],
      ]),
    ]);
    expect(counter.pending).toBe(0);
  });

  it('keeps the reads of a failed write for the next one', async () => {
    let fail = true;
    const written: Map<string, number>[] = [];
    const counter = new ReadCounter(async (counts) => {
      if (fail) throw new Error('base indisponible');
      written.push(new Map(counts));
    });
    counter.note(ID);
    counter.note(ID);
    await counter.flush();
    expect(counter.pending).toBe(2);
    counter.note(ID);
    fail = false;
    await counter.flush();
    expect(written).toEqual([new Map([[ID, 3]])]);
  });

  it('keeps at most so many stories between two flushes: ids are whatever clients send', async () => {
    const counter = new ReadCounter(async () => {}, 3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) counter.note(id);
    counter.note('a');
    expect(counter.pending).toBe(4);
    expect(counter.dropped).toBe(2);
  });

  it('answers its address with the same uncacheable pixel whatever the id, and counts only reads', () => {
    const counter = new ReadCounter(async () => {});
    const { res, headers, asResponse } = response();
    expect(counter.answer(request(), asResponse, `/lu/${ID}.gif`)).toBe(true);
    expect(res.statusCode).toBe(200);
    expect(headers['content-type']).toBe('image/gif');
    expect(headers['cache-control']).toBe('no-store');
    expect(res.body?.subarray(0, 6).toString()).toBe('GIF89a');
    expect(counter.pending).toBe(1);
    counter.answer(request({ 'user-agent': 'Googlebot/2.1' }), response().asResponse, `/lu/${ID}.gif`);
    counter.answer(request({}, 'HEAD'), response().asResponse, `/lu/${ID}.gif`);
    expect(counter.pending).toBe(1);
    for (const path of ['/lu/x.gif', '/lu/../admin.gif', `/lu/${ID}.png`, `/lu/${ID.toUpperCase()}.gif`])
      expect(counter.answer(request(), response().asResponse, path), path).toBe(false);
  });
});
