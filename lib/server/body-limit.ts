/**
 * A request body's size, counted as its bytes arrive. `Content-Length` alone says nothing of a
 * `Transfer-Encoding: chunked` body, which Next.js and next-auth read whole into memory before any
 * check of theirs: one 64 MB chunked POST to the sign-in callback, no account needed, filled a 256 MB
 * heap and killed an instance. Node's HTTP parser hands each piece of a body to the request's `push`;
 * counting there sees every byte before anyone reads it, whoever reads it and however.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * After a 413, what the client is still sending is read and thrown away for a moment, then the
 * connection is closed. Closing at once would reset a connection the client is still writing to, and
 * most clients then report a broken pipe instead of the 413 they were sent ("lingering close").
 */
const LINGER_MS = 2_000;
const LINGER_BYTES = 16 * 1024 * 1024;

/**
 * Past `limit` bytes the request is answered 413 with `message` (when nothing was sent yet), the
 * handler never sees another byte nor the body's end, and the connection is closed.
 */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse, limit: number, message: string): void {
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null && chunk !== undefined) {
      received += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : (chunk as Uint8Array).length;
      if (received > limit) {
        refuse(req, res, message);
        return true;
      }
    }
    return push(chunk, encoding);
  };
}

/**
 * A request answered before its body was read (a 413 on its declared length): Node reads and discards
 * the body after the answer; a body that has not arrived LINGER_MS later closes the connection.
 */
export function closeIfBodyLingers(req: IncomingMessage, res: ServerResponse): void {
  res.once('finish', () => {
    if (req.complete) return;
    setTimeout(() => {
      if (!req.complete) req.socket.destroy();
    }, LINGER_MS).unref();
  });
}

function refuse(req: IncomingMessage, res: ServerResponse, message: string): void {
  // From now on the body goes nowhere: the handler waits for bytes that never come (and gives up when
  // the connection closes). Its end is not passed on either: a body cut short must never be taken for
  // a whole one (a form's last field truncated, then saved).
  let discarded = 0;
  req.push = (chunk: unknown) => {
    if (chunk === null || chunk === undefined) {
      // Everything the client sent is read: a graceful close, the 413 already on its way.
      req.socket.end();
      return false;
    }
    discarded += (chunk as Uint8Array).length ?? 0;
    if (discarded > LINGER_BYTES) req.socket.destroy();
    return true;
  };
  setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  if (res.headersSent) return;
  // No `Connection: close`: Node would close the socket the moment the answer is sent, while the client
  // is still writing. The socket is closed here, once the body is read or the lingering is over.
  res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  const end = res.end.bind(res);
  // Whatever the handler writes from now on goes nowhere (and throws nothing).
  res.write = () => true;
  res.end = (() => res) as typeof res.end;
  res.writeHead = (() => res) as typeof res.writeHead;
  res.setHeader = (() => res) as typeof res.setHeader;
  end(message);
}
