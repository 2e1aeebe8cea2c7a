/**
 * The one script a readers' page may carry: on a running « En direct » page only, it asks for the page
 * again every few seconds with the ETag it last got — a cached page answers 304 when nothing changed,
 * which costs the server almost nothing — and, when entries newer than those shown arrive, says
 * « 3 nouvelles entrées » above the feed instead of moving the text the reader is on. A click shows
 * them. Without it the page is complete, and current on each load. The page's policy allows this text
 * alone, by its hash (`LIVE_PAGE_CSP`); every other readers' page keeps `script-src 'none'`.
 */
import { createHash } from 'node:crypto';

/** Seconds between two polls while the page is visible; a hidden tab asks four times less often. */
export const LIVE_POLL_SECONDS = 5;

export const LIVE_SCRIPT = `(function () {
  var feed = document.querySelector('.live-feed');
  var list = document.querySelector('.live-entries');
  if (!feed || !list || !window.fetch || !window.DOMParser) return;
  var etag = null;
  var pending = [];
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'live-news';
  // Named from the start, though hidden until entries arrive (pa11y's HTML_CodeSniffer asks it of every button).
  button.textContent = 'Nouvelles entrées';
  button.hidden = true;
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  var heading = feed.querySelector('h2');
  feed.insertBefore(button, heading ? heading.nextSibling : feed.firstChild);
  feed.appendChild(status);
  function newest() {
    var first = list.querySelector('li > article');
    return first ? first.id : null;
  }
  function say(text) {
    button.textContent = text;
    button.hidden = false;
    status.textContent = text;
  }
  button.addEventListener('click', function () {
    if (!pending.length) return;
    var first = null;
    for (var i = pending.length - 1; i >= 0; i--) {
      var item = document.importNode(pending[i], true);
      list.insertBefore(item, list.firstChild);
      first = item;
    }
    pending = [];
    button.hidden = true;
    var entry = first && first.querySelector('article');
    if (entry) {
      entry.setAttribute('tabindex', '-1');
      entry.focus();
    }
  });
  function schedule(ended) {
    if (ended) return;
    setTimeout(poll, (document.hidden ? 4 : 1) * ${LIVE_POLL_SECONDS} * 1000);
  }
  function poll() {
    var headers = {};
    if (etag) headers['If-None-Match'] = etag;
    fetch(location.pathname, { headers: headers, credentials: 'omit', cache: 'no-store' })
      .then(function (response) {
        if (response.status !== 200) return null;
        etag = response.headers.get('ETag');
        return response.text();
      })
      .then(function (html) {
        if (!html) return schedule(false);
        var page = new DOMParser().parseFromString(html, 'text/html');
        var known = newest();
        var items = page.querySelectorAll('.live-entries > li');
        var fresh = [];
        for (var i = 0; i < items.length; i++) {
          var article = items[i].querySelector('article');
          if (article && (article.id === known || (pending[0] && article.id === pending[0].querySelector('article').id))) break;
          fresh.push(items[i]);
        }
        pending = fresh.concat(pending);
        if (pending.length) say(pending.length === 1 ? '1 nouvelle entrée' : pending.length + ' nouvelles entrées');
        var state = page.querySelector('.live');
        var ended = state && state.getAttribute('data-live') === 'ended';
        if (ended) say((pending.length ? button.textContent + ' · ' : '') + 'Ce direct est terminé\u00a0: rechargez la page.');
        schedule(ended);
      })
      .catch(function () {
        schedule(false);
      });
  }
  schedule(false);
})();`;

export const LIVE_SCRIPT_HASH = `sha256-${createHash('sha256').update(LIVE_SCRIPT).digest('base64')}`;
