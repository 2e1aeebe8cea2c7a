/**
 * A request body's size, counted as its bytes arrive. `Content-Length` alone says nothing of a
 * `Transfer-Encoding: chunked` body, which Next.js and next-auth read whole into memory before any
 * check of theirs: one 64 MB chunked POST to the sign-in callback, no account needed, filled a 256 MB
 * heap and killed an instance. Node's HTTP parser hands each piece of a body to the request's `push`;
 * counting there sees every byte before anyone reads it, whoever reads it and however.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Past `limit` bytes the request is answered 413 with `message` (when nothing was sent yet), the
 * connection is closed, and the rest of the body is never read.
 */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse, limit: number, message: string): void {
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null && chunk !== undefined) {
      received += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : (chunk as Uint8Array).length;
      if (received > limit) {
        refuse(req, res, message);
        return false;
      }
    }
    return push(chunk, encoding);
  };
}

function refuse(req: IncomingMessage, res: ServerResponse, message: string): void {
  // What was read stays unread by the handler: it sees a body cut short (an error), never the excess.
  req.push = () => false;
  if (!res.headersSent) {
    res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
    // Whatever the handler writes from now on goes nowhere (and throws nothing).
    res.write = () => true;
    res.writeHead = (() => res) as typeof res.writeHead;
    res.setHeader = (() => res) as typeof res.setHeader;
    const end = res.end.bind(res);
    res.end = (() => res) as typeof res.end;
    end(message, () => req.socket.destroy());
  } else req.socket.destroy();
  // A socket that does not flush in time is closed anyway.
  setTimeout(() => req.socket.destroy(), 1_000).unref();
}
