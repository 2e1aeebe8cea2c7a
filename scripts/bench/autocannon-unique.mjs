/**
 * autocannon with a query parameter whose value is new on every request (a click id such as fbclid),
 * in a process of its own like the command-line runs. The command line cannot say it: its argument
 * parser reads the `[<id>]` placeholder as a sub-argument. Prints autocannon's JSON result.
 *   node autocannon-unique.mjs '{"url":"http://127.0.0.1:3201/a?utm_source=x","param":"fbclid","connections":50,"seconds":10,"headers":{}}'
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
const target = new URL(options.url);
const base = `${target.pathname}${target.search}${target.search ? '&' : '?'}${options.param}=`;
let counter = 0;

autocannon(
  {
    url: target.origin,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    headers: options.headers,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `${base}IwAR${randomBytes(6).toString('hex')}${(counter += 1)}` }) }],
  },
  (error, result) => {
    if (error) {
      console.error(error.message);
      process.exit(1);
    }
    process.stdout.write(JSON.stringify(result));
  },
);
