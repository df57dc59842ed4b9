import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../../server/moderation/web/security-headers.ts';
import { addAccount, FORM, form, loggedIn, startTestApp, type TestApp } from './support/test-app.ts';
import { insertReport, reportStatus } from './support/test-db.ts';

let t: TestApp;
let mia: { cookie: string; csrf: string };
const SCAM = '+18445550147';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
let hostile = '';
let withPicture = '';
let fakePicture = '';

beforeAll(async () => {
  t = await startTestApp();
  await addAccount(t, 'mia', 'moderator');
  mia = await loggedIn(t, 'mia');
  hostile = await insertReport(t.db, {
    numbers: [SCAM], reporter: 'rep-a',
    title: '<script>alert(1)</script> Windows\u202Eexe.txt',
    url: 'https://xn--mcrosoft-3ya.example/<img src=x onerror=alert(2)>?q="\'><b>',
    comment: '<img src=x onerror=alert(3)> call now\u200B!',
    reasons: ['reasonImpersonation', '<i>forged</i>'],
  });
  withPicture = await insertReport(t.db, { numbers: [SCAM], reporter: 'rep-b', png: PNG });
  fakePicture = await insertReport(t.db, { numbers: [SCAM], reporter: 'rep-b', png: new TextEncoder().encode('<html><script>alert(4)</script>') });
  await insertReport(t.db, { numbers: ['+31887867372'], title: 'Fraudehelpdesk' });
});
afterAll(async () => {
  await t.app.close();
  await t.db.close();
});

const get = (url: string, cookie = mia.cookie) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('pages', () => {
  it('send the security headers on every page, including the login page and refusals', async () => {
    for (const url of ['/moderate/login', '/moderate/queue', '/moderate/appeals', '/moderate/no-number', '/moderate/audit', '/moderate/publish', `/moderate/numbers/${encodeURIComponent(SCAM)}`]) {
      const response = await get(url);
      expect(response.statusCode, url).toBeLessThan(400);
      expect(response.headers['content-security-policy'], url).toBe(PAGE_CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
    }
    expect(PAGE_CSP).toBe("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  });

  it('answer an oversized or non-form body with a page, not JSON, and still with the CSP', async () => {
    const big = await t.app.inject({ method: 'POST', url: '/moderate/decide', headers: { ...FORM, cookie: mia.cookie }, payload: form({ csrf: mia.csrf, reason: 'x'.repeat(20_000) }) });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('text/html');
    expect(big.headers['content-security-policy']).toBe(PAGE_CSP);
    const text = await t.app.inject({ method: 'POST', url: '/moderate/decide', headers: { 'content-type': 'text/plain', cookie: mia.cookie }, payload: 'csrf=x' });
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toContain('text/html');
  });

  it('send a stranger to the login page', async () => {
    const response = await get('/moderate/queue', '');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/moderate/login');
  });

  it('never put inline script or style on a page', async () => {
    for (const url of ['/moderate/login', '/moderate/queue', `/moderate/numbers/${encodeURIComponent(SCAM)}`]) {
      const body = (await get(url)).body;
      expect(body).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
    }
  });

  it('show a hostile title, address and comment as text, with invisible characters made visible', async () => {
    const body = (await get('/moderate/queue')).body;
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&lt;img src&#61;x onerror&#61;alert(3)&gt;');
    expect(body).toContain('&lt;i&gt;forged&lt;/i&gt;');
    expect(body).not.toContain('<script>');
    expect(body).not.toMatch(/<img src=x/);
    expect(body).toContain('<span class="invisible" title="invisible character">U+202E</span>');
    expect(body).toContain('U+200B');
    expect(body).not.toContain('\u202E');
    expect(body).toContain('Contains invisible or direction-changing characters');
    // IDN: the punycode host, with its Unicode form marked beside it.
    expect(body).toContain('xn--mcrosoft-3ya.example');
    expect(body).toContain('IDN: ');
  });

  it('group the queue by number with distinct reporters and hosts, and warn on an official number', async () => {
    const body = (await get('/moderate/queue')).body;
    expect(body).toContain(`href="/moderate/numbers/${encodeURIComponent(SCAM)}"`);
    expect(body).toMatch(/Distinct reporters<\/dt><dd>2<\/dd>/);
    expect(body).toContain('Official number: Fraudehelpdesk (Netherlands) (allow list). Do not list it.');
    expect(body).toContain('Claims to be a brand');
  });

  it('mark a number\'s received reports under review when its page is opened, and offer no list button for an official number', async () => {
    const fresh = await insertReport(t.db, { numbers: ['+18445550199'] });
    expect((await reportStatus(t.db, fresh)).status).toBe('received');
    await get('/moderate/queue');
    expect((await reportStatus(t.db, fresh)).status).toBe('received');
    await get(`/moderate/numbers/${encodeURIComponent('+18445550199')}`);
    expect((await reportStatus(t.db, fresh)).status).toBe('under-review');
    expect((await reportStatus(t.db, hostile)).status).toBe('under-review');
    const official = (await get(`/moderate/numbers/${encodeURIComponent('+31887867372')}`)).body;
    expect(official).not.toContain('value="list"');
    expect(official).toContain('Official number');
    expect((await get('/moderate/numbers/not-a-number')).statusCode).toBe(404);
  });

  it('list a number through the form, then show the decision and the audit row', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/moderate/decide', headers: { ...FORM, cookie: mia.cookie },
      payload: form({ csrf: mia.csrf, action: 'list', number: SCAM, brand: 'microsoft', reason: 'fake <Defender> page' }),
    });
    expect(response.headers.location).toBe(`/moderate/numbers/${encodeURIComponent(SCAM)}?done=3`);
    const page = (await get(response.headers.location as string)).body;
    expect(page).toContain('Done: 3 report(s) updated.');
    expect(page).toContain('listed (microsoft)');
    const audit = (await get('/moderate/audit')).body;
    expect(audit).toContain('user:mia');
    expect(audit).toContain('fake &lt;Defender&gt; page');
  });

  it('say why a decision was refused, from a fixed set of messages only', async () => {
    const refused = await t.app.inject({
      method: 'POST', url: '/moderate/decide', headers: { ...FORM, cookie: mia.cookie },
      payload: form({ csrf: mia.csrf, action: 'list', number: '+31887867372', brand: 'microsoft', reason: 'x' }),
    });
    expect(refused.headers.location).toBe(`/moderate/numbers/${encodeURIComponent('+31887867372')}?error=on-allow-list`);
    expect((await get(refused.headers.location as string)).body).toContain('allow list');
    const crafted = (await get(`/moderate/numbers/${encodeURIComponent(SCAM)}?error=<b>hi</b>&done=<b>`)).body;
    expect(crafted).not.toContain('hi</b>');
  });

  it('reject a report without a number from its own queue', async () => {
    const bare = await insertReport(t.db, { numbers: [] });
    expect((await get('/moderate/no-number')).body).toContain(`value="${bare}"`);
    const response = await t.app.inject({
      method: 'POST', url: '/moderate/decide', headers: { ...FORM, cookie: mia.cookie },
      payload: form({ csrf: mia.csrf, action: 'reject-no-number', report: bare, reason: 'no number on the page' }),
    });
    expect(response.headers.location).toBe('/moderate/no-number?done=1');
    expect(await reportStatus(t.db, bare)).toEqual({ status: 'not-listed', reason: 'no-number' });
  });

  it('show appeals about listed numbers in their own queue', async () => {
    await insertReport(t.db, { numbers: [SCAM], kind: 'false-positive', title: 'My plumber' });
    const body = (await get('/moderate/appeals')).body;
    expect(body).toContain('My plumber');
    expect((await get('/moderate/queue')).body).not.toContain('My plumber');
    expect((await get(`/moderate/numbers/${encodeURIComponent(SCAM)}`)).body).toContain('value="keep"');
  });

  it('switch the language per user', async () => {
    await t.app.inject({ method: 'POST', url: '/moderate/language', headers: { ...FORM, cookie: mia.cookie }, payload: form({ csrf: mia.csrf, language: 'nl' }) });
    const body = (await get('/moderate/queue')).body;
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain('Wachtrij');
    await t.app.inject({ method: 'POST', url: '/moderate/language', headers: { ...FORM, cookie: mia.cookie }, payload: form({ csrf: mia.csrf, language: 'en' }) });
    expect((await t.app.inject({ method: 'GET', url: '/moderate/login?lang=nl' })).body).toContain('Wachtwoord');
    expect((await t.app.inject({ method: 'GET', url: '/moderate/login', headers: { 'accept-language': 'nl-NL,nl;q=0.9' } })).body).toContain('Wachtwoord');
  });
});

describe('screenshots', () => {
  it('are served as image/png only, sandboxed, to a reviewer', async () => {
    const response = await get(`/moderate/screenshots/${withPicture}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(response.headers['content-disposition']).toBe('inline');
    expect(response.rawPayload.equals(Buffer.from(PNG))).toBe(true);
  });

  it('are not served to a stranger, nor when the stored bytes are not a PNG', async () => {
    expect((await get(`/moderate/screenshots/${withPicture}`, '')).statusCode).toBe(404);
    const fake = await get(`/moderate/screenshots/${fakePicture}`);
    expect(fake.statusCode).toBe(404);
    expect(fake.headers['content-type']).not.toContain('html');
  });
});
