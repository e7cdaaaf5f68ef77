/// <reference types="node" />
/**
 * The demo shop: a small, real local website ("Northwind Outfitters") that the
 * end-to-end tests and benchmarks walk, plus a payment provider ("PayBridge")
 * served on a second origin (different host *and* port, so a different site).
 *
 * Only Node built-ins. Static pages live in ./site (shop) and ./payment (provider);
 * .html files are templated with {{SHOP_ORIGIN}} and {{PAYMENT_ORIGIN}}.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Shop {
  origin: string;
  paymentOrigin: string;
  close(): Promise<void>;
}

export interface ShopOptions {
  /** Shop port on 127.0.0.1; 0 (default) picks a free port. */
  port?: number;
  /** Payment provider port on localhost; 0 (default) picks a free port. */
  paymentPort?: number;
  /** Delay before /cart starts responding (slow TTFB on purpose). Default 1500 ms. */
  cartDelayMs?: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const SITE_ROOT = path.join(here, 'site');
const PAYMENT_ROOT = path.join(here, 'payment');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

const COLOURS = ['Forest', 'Sand', 'Slate'] as const;

interface Origins {
  shop: string;
  payment: string;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** The shop's header and footer, shared by the pages that write {{SITE_HEADER}} and {{SITE_FOOTER}}. */
const PARTIALS = {
  '{{SITE_HEADER}}': readFileSync(path.join(here, 'partials', 'site-header.html'), 'utf8'),
  '{{SITE_FOOTER}}': readFileSync(path.join(here, 'partials', 'site-footer.html'), 'utf8'),
};

function template(html: string, origins: Origins): string {
  const page = Object.entries(PARTIALS).reduce((text, [marker, partial]) => text.replaceAll(marker, partial), html);
  return page.replaceAll('{{SHOP_ORIGIN}}', origins.shop).replaceAll('{{PAYMENT_ORIGIN}}', origins.payment);
}

/** Resolves a URL path inside root, or null if it escapes root (traversal) or is malformed. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Refuse any ".." segment outright, before normalisation can hide it.
  if (decoded.split(/[\\/]/).includes('..')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

async function serveFile(req: http.IncomingMessage, res: http.ServerResponse, root: string, urlPath: string, origins: Origins): Promise<void> {
  const resolved = resolveInside(root, urlPath);
  if (!resolved) return send(res, 403, 'Forbidden');
  let file = resolved;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        return send(res, 301, 'Moved', 'text/plain; charset=utf-8', { Location: urlPath + '/' });
      }
      file = path.join(file, 'index.html');
    }
    const ext = path.extname(file).toLowerCase();
    const type = CONTENT_TYPES[ext];
    if (!type) return send(res, 404, 'Not found');
    const data = await readFile(file);
    const extra: http.OutgoingHttpHeaders = {};
    if (ext === '.bin') extra['Content-Disposition'] = `attachment; filename="${path.basename(file)}"`;
    // Pages under /odd/cached/ come from the browser's cache when opened again: loads of a few milliseconds.
    if (urlPath.startsWith('/odd/cached/')) extra['Cache-Control'] = 'max-age=3600';
    if (ext === '.html') return send(res, 200, template(data.toString('utf8'), origins), type, extra);
    return send(res, 200, data, type, extra);
  } catch {
    return send(res, 404, notFoundPage(), 'text/html; charset=utf-8');
  }
}

function notFoundPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found — Northwind Outfitters</title>
<link rel="stylesheet" href="/assets/style.css"></head><body><main class="container narrow"><h1>Page not found</h1>
<p>That trail doesn't go anywhere. <a href="/">Back to the home page</a>.</p></main></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Drains (and discards) a request body; posted values are never echoed anywhere. */
function drain(req: http.IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    req.on('data', () => {});
    req.on('end', resolve);
    req.on('error', () => resolve());
    req.on('close', () => resolve());
  });
}

export async function startShop(options: ShopOptions = {}): Promise<Shop> {
  const cartDelayMs = options.cartDelayMs ?? 1500;
  const origins: Origins = { shop: '', payment: '' };
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let cartTemplate: string | null = null;

  const shopHandler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://shop.invalid');
    const pathname = url.pathname;
    const method = req.method ?? 'GET';

    if (pathname === '/checkout' || pathname === '/checkout.html') {
      if (method === 'POST') {
        await drain(req);
        return send(res, 303, 'See other', 'text/plain; charset=utf-8', { Location: `${origins.payment}/pay.html` });
      }
    }
    // The password-reset form posts back to its own link; the new password is drained like any posted value.
    if (pathname.startsWith('/reset/') && method === 'POST') {
      await drain(req);
      return send(res, 303, 'See other', 'text/plain; charset=utf-8', { Location: '/signin.html' });
    }
    if (method !== 'GET' && method !== 'HEAD') {
      await drain(req);
      return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    }

    if (pathname === '/cart' || pathname === '/cart.html') {
      const requested = url.searchParams.get('colour') ?? 'Forest';
      const colour = (COLOURS as readonly string[]).includes(requested) ? requested : 'Forest';
      const sendCart = async () => {
        try {
          cartTemplate ??= await readFile(path.join(here, 'cart.template.html'), 'utf8');
          const html = template(cartTemplate, origins).replaceAll('{{COLOUR}}', escapeHtml(colour)).replaceAll('{{COLOUR_CLASS}}', colour.toLowerCase());
          send(res, 200, html, CONTENT_TYPES['.html']);
        } catch {
          send(res, 500, 'Internal error');
        }
      };
      const timer = setTimeout(() => {
        timers.delete(timer);
        void sendCart(); // never rejects: every error is answered with a 500
      }, cartDelayMs);
      timers.add(timer);
      return;
    }

    if (pathname === '/app' || pathname.startsWith('/app/')) {
      if (pathname === '/app') return send(res, 301, 'Moved', 'text/plain; charset=utf-8', { Location: '/app/' });
      return serveFile(req, res, SITE_ROOT, '/app/index.html', origins);
    }

    // The members' area fails to load: the server hangs up without a word (Chrome: net::ERR_EMPTY_RESPONSE).
    if (pathname === '/odd/members') {
      req.socket.destroy();
      return;
    }

    // A banner that never finishes: the page holding it never fires its load event (the server's close() ends it).
    if (pathname === '/odd/stalled-banner.jpg') {
      res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'no-store' });
      res.write(Buffer.from([0xff, 0xd8, 0xff]));
      return;
    }

    // A password-reset link carries its token in the path: any token opens the same form.
    if (pathname.startsWith('/reset/')) return serveFile(req, res, SITE_ROOT, '/reset/index.html', origins);

    // PayBridge sends the tester back here with an authorization code and tokens; the page reads none of them.
    if (pathname === '/auth/callback') return serveFile(req, res, SITE_ROOT, '/auth/callback.html', origins);

    if (pathname === '/favicon.ico') return serveFile(req, res, SITE_ROOT, '/assets/favicon.svg', origins);

    return serveFile(req, res, SITE_ROOT, pathname, origins);
  };

  const paymentHandler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://payment.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      await drain(req);
      return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    }
    if (url.pathname === '/oauth/authorize') return serveFile(req, res, PAYMENT_ROOT, '/oauth/authorize.html', origins);
    const pathname = url.pathname === '/' ? '/pay.html' : url.pathname;
    return serveFile(req, res, PAYMENT_ROOT, pathname, origins);
  };

  const wrap = (handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    handler(req, res).catch(() => send(res, 500, 'Internal error'));
  };

  const track = (server: http.Server): http.Server => {
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    return server;
  };

  const listen = (server: http.Server, port: number, host: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      server.once('error', onError);
      server.listen(port, host, () => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      });
    });

  const servers: http.Server[] = [];
  const shopServer = track(http.createServer(wrap(shopHandler)));
  const paymentServer = track(http.createServer(wrap(paymentHandler)));

  const shopPort = await listen(shopServer, options.port ?? 0, '127.0.0.1');
  servers.push(shopServer);
  let paymentPort: number;
  try {
    paymentPort = await listen(paymentServer, options.paymentPort ?? 0, '127.0.0.1');
  } catch (err) {
    await new Promise<void>((r) => shopServer.close(() => r()));
    throw err;
  }
  servers.push(paymentServer);

  // "localhost" may resolve to ::1 first; answer there too when IPv6 loopback exists.
  const paymentServer6 = track(http.createServer(wrap(paymentHandler)));
  try {
    await listen(paymentServer6, paymentPort, '::1');
    servers.push(paymentServer6);
  } catch {
    /* no IPv6 loopback (or port taken there): 127.0.0.1 is enough */
  }

  origins.shop = `http://127.0.0.1:${shopPort}`;
  origins.payment = `http://localhost:${paymentPort}`;

  let closed: Promise<void> | null = null;
  return {
    origin: origins.shop,
    paymentOrigin: origins.payment,
    close() {
      closed ??= (async () => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        const done = servers.map((s) => new Promise<void>((r) => s.close(() => r())));
        for (const s of servers) s.closeAllConnections();
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        await Promise.all(done);
      })();
      return closed;
    },
  };
}
