vcl 4.1;
#
# Varnish in front of Dakarinfo (Debian: apt-get install varnish varnish-modules).
#
#   - Public pages are cached for as long as the app's `Cache-Control: s-maxage` says (a day) and
#     purged the moment a story changes: the app sends `PURGE` to PURGE_URL with the surrogate keys to
#     drop in an `xkey-purge: key1 key2` request header (lib/server/invalidation-bus.ts), and every
#     page carries the keys of what it shows in its `Surrogate-Key` response header, indexed here by
#     vmod-xkey (which reads the `xkey` header: the keys are copied into it).
#   - The newsroom (/admin), sign-in (/connexion), the API and previews are never cached.
#   - After a database restore, `BAN` to PURGE_URL empties the cache (npm run restore sends it).
#   - Public pages are the same for every reader, so their cookies are dropped (the built-in VCL
#     would otherwise pass every request carrying one).
#
# Run with the app's address as the backend, for example (npm run bench writes its own copy with
# the benchmark's port):
#   varnishd -a 127.0.0.1:6081 -f /etc/varnish/default.vcl -s malloc,256m
# and start the app with PURGE_URL=http://127.0.0.1:6081/ .

import std;
import xkey;

backend default {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app instances, on this machine.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
        }
        return (synth(400, "xkey-purge header required"));
    }
    # Everything at once, after a database restore (npm run restore): a ban of every object.
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (std.ban("obj.status != 0")) {
            return (synth(200, "Banned"));
        }
        return (synth(500, std.ban_error()));
    }

    # The instances' metrics are for Prometheus on their own port, never through the public address.
    if (req.url ~ "^/api/metrics(\?|$)") {
        return (synth(404, "Not Found"));
    }
    # One id per request, in Varnish's log and in the app's (X-Request-Id, lib/server/access-log.ts).
    set req.http.X-Request-Id = "varnish-" + req.xid;

    # Never cached: the newsroom, sign-in, the API (auth, health, internal), previews, and « Les plus
    # lus »'s read beacon (/lu/<id>.gif: every read must reach the app to be counted).
    if (req.url ~ "^/(admin|connexion|api|apercu|lu)(/|\?|$)") {
        return (pass);
    }

    # Client-side navigations ask Next.js for the React payload of a page: not cached here.
    if (req.http.RSC || req.http.Next-Router-Prefetch || req.url ~ "[?&]_rsc=") {
        return (pass);
    }

    if (req.method == "GET" || req.method == "HEAD") {
        unset req.http.Cookie;
        unset req.http.Authorization;
        # Links shared on social networks and in newsletters carry tracking tags (a new click id per
        # click) that change nothing on a page: one cached copy for all of them, and the parameters
        # left in one order. The app does the same for whatever reaches it (lib/server/public-paths.ts).
        if (req.url ~ "[?&](utm_[a-z_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga)=") {
            set req.url = regsuball(req.url, "([?&])(utm_[a-z_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga)=[^&]*", "\1");
            set req.url = regsuball(req.url, "&&+", "&");
            set req.url = regsub(req.url, "\?&", "?");
            set req.url = regsub(req.url, "[?&]$", "");
        }
        set req.url = std.querysort(req.url);
    }
}

sub vcl_backend_response {
    # vmod-xkey indexes the `xkey` header: the app names its keys in `Surrogate-Key`.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # The newsroom's answers are never stored, whatever their headers say. (A response that sets a
    # cookie is not stored either: the built-in VCL, which runs after this, sees to it.)
    if (bereq.url ~ "^/(admin|connexion|api|apercu|lu)(/|\?|$)") {
        set beresp.uncacheable = true;
        return (deliver);
    }
    # TTL and grace come from Cache-Control (s-maxage, stale-while-revalidate): nothing to add.
}

sub vcl_deliver {
    # The keys are for caches, not for browsers; the app's diagnostics are for its operators.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.X-Cache-Source;
    unset resp.http.Server-Timing;
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "HIT";
    } else {
        set resp.http.X-Varnish-Cache = "MISS";
    }
}
