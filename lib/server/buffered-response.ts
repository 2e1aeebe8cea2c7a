/**
 * Holds back what Next.js writes to a response so the server can look at the status and body before
 * they leave (the same technique as the `compression` middleware). Used only for public pages,
 * which are small, rendered in one go, and worth seeing whole (status fixes now, caching later).
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export type TCapturedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

type TWrite = ServerResponse['write'];
type TEnd = ServerResponse['end'];

export function captureResponse(res: ServerResponse): { done: Promise<TCapturedResponse>; release: () => void } {
  const chunks: Buffer[] = [];
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  const release = () => Object.assign(res, original);
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');

  const done = new Promise<TCapturedResponse>((resolve) => {
    res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
      res.statusCode = status;
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | IncomingHttpHeaders | undefined;
      if (headers)
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string | string[]);
      return res;
    } as ServerResponse['writeHead'];
    res.flushHeaders = () => {};
    res.write = function write(chunk: unknown, encoding?: unknown, callback?: unknown) {
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      const cb = typeof encoding === 'function' ? encoding : callback;
      if (typeof cb === 'function') queueMicrotask(() => (cb as () => void)());
      return true;
    } as TWrite;
    res.end = function end(chunk?: unknown, encoding?: unknown, callback?: unknown) {
      if (typeof chunk === 'function') callback = chunk;
      else if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      if (typeof encoding === 'function') callback = encoding;
      release();
      resolve({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
      if (typeof callback === 'function') queueMicrotask(() => (callback as () => void)());
      return res;
    } as TEnd;
  });
  return { done, release };
}
