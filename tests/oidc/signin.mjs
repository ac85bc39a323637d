#!/usr/bin/env node
// Signs in through an OAuth server's own pages over HTTP (oidc-provider's,
// django-oauth-toolkit's), as a person would
// with a browser: follows redirects with a cookie jar and submits each form
// (user code confirmation, login, consent) until the provider sends the
// browser back to a loopback redirect that is not the provider itself
// (tok's listener), or shows a page without a form (the device flow's
// "success" page). Used as $BROWSER by the authorization code tests and
// with a verification_uri_complete by the device flow tests.
//
//   signin.mjs URL [--deny] [--print-redirect]
//
// --deny: abort on the user code confirmation page (access_denied).
// --print-redirect: print the loopback redirect address instead of
//   visiting it (what a person copies from the address bar over SSH).
const [url, ...flags] = process.argv.slice(2);
const deny = flags.includes('--deny');
const printRedirect = flags.includes('--print-redirect');
const start = new URL(url);
const jar = new Map();

function cookies() {
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function request(target, init = {}) {
  let res;
  try {
    res = await fetch(target, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers || {}), cookie: cookies() },
    });
  } catch (e) {
    console.error(`signin.mjs: ${init.method || 'GET'} ${target}: ${e.cause || e}`);
    process.exit(1);
  }
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i).trim(), pair.slice(i + 1));
  }
  return res;
}

function form(html) {
  const m = html.match(/<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i)
    || html.match(/<form[^>]*>([\s\S]*?)<\/form>/i);
  if (!m) return null;
  const action = m[2] === undefined ? '' : m[1];
  const body = m[2] === undefined ? m[1] : m[2];
  const fields = new URLSearchParams();
  for (const input of body.matchAll(/<input([^>]*)>/gi)) {
    const name = input[1].match(/name="([^"]*)"/);
    const value = input[1].match(/value="([^"]*)"/);
    if (name) fields.set(name[1], value ? value[1] : '');
  }
  // named submit buttons (accept / deny): the first, or the deny one
  const buttons = [...body.matchAll(/<button([^>]*)>/gi)]
    .map((b) => [b[1].match(/name="([^"]*)"/), b[1].match(/value="([^"]*)"/)])
    .filter(([name, value]) => name && value)
    .map(([name, value]) => [name[1], value[1]]);
  return { action, fields, buttons };
}

let target = url;
let init = {};
for (let step = 0; step < 30; step += 1) {
  const res = await request(target, init);
  init = {};
  const location = res.headers.get('location');
  if (res.status >= 300 && res.status < 400 && location) {
    const next = new URL(location, target);
    if (next.host !== start.host && printRedirect) {
      console.log(next.href);
      process.exit(0);
    }
    if (next.host !== start.host) {
      // back to the app's loopback redirect: deliver it and stop
      const done = await request(next.href);
      console.log(`redirected ${done.status}`);
      process.exit(0);
    }
    target = next.href;
    continue;
  }
  const html = await res.text();
  const f = form(html);
  if (!f) {
    console.log(`done ${res.status} ${(html.match(/<title>([^<]*)/) || [])[1] || ''}`);
    process.exit(0);
  }
  if (f.fields.has('login')) f.fields.set('login', 'alice');
  if (f.fields.has('username')) f.fields.set('username', 'alice');
  if (f.buttons.length) {
    const [name, value] = f.buttons.find(([, v]) => deny && /deny|abort/i.test(v)) || f.buttons[0];
    f.fields.set(name, value);
  }
  if (f.fields.has('password')) f.fields.set('password', 'any-password');
  if (deny && f.fields.has('confirm')) {
    f.fields.delete('confirm');
    f.fields.set('abort', 'yes');
    const res = await request(new URL(f.action || target, target).href, {
      method: 'POST',
      body: f.fields.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    console.log(`denied ${res.status}`);
    process.exit(0);
  }
  target = new URL(f.action || target, target).href;
  init = {
    method: 'POST',
    body: f.fields.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  };
}
console.error('signin.mjs: too many steps');
process.exit(1);
