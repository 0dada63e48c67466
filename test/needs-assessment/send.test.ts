/**
 * Sending and the lifetime of answers: the host's send cycle (`respondWith`), one
 * `pakke-submit` per Send, answers kept across `src` changes, saved copies cleaned up, and
 * nothing editable restored by the browser after sending.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/needs-assessment/index.js';
import type { NeedsAnswersKeptDetail, NeedsSubmitDetail, PakkeNeedsAssessment } from '../../src/needs-assessment/index.js';
import { storageKey } from '../../src/needs-assessment/persist.js';
import { expectAccessible, loadContent, settle, untilSettled } from '../helpers/index.js';

type El = PakkeNeedsAssessment;
const ESAS = '/content/needs-assessment/esas-r/1.0.0.json';
const HJEM = '/content/needs-assessment/pakkeforlop-hjem-behovskartlegging/1.0.0.json';
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function esasAtSummary(attrs = ''): Promise<El> {
  const bundle = await loadContent('needs-assessment/esas-r/1.0.0.json');
  const el = await fixture<El>(html`<pakke-needs-assessment lang="en" layout="single-page" persist=${attrs} .bundle=${bundle}></pakke-needs-assessment>`);
  await untilSettled(el);
  $<HTMLInputElement>(el, '#q-pain input[value="4"]')!.click();
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await settle(el);
  expect(el.view).to.equal('summary');
  return el;
}
const sendButton = (el: El) => $<HTMLButtonElement>(el, '.summary .nav button')!;

describe('<pakke-needs-assessment> sending', function () {
  this.timeout(60000);
  before(async () => {
    const { followDocumentLanguage } = await import('../../src/l10n/localization.js');
    document.documentElement.lang = 'en';
    await followDocumentLanguage();
  });
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('two clicks of Send in one task fire pakke-submit once', async () => {
    const el = await esasAtSummary();
    let count = 0;
    el.addEventListener('pakke-submit', () => count++);
    sendButton(el).click();
    sendButton(el).click();
    await settle(el);
    expect(count).to.equal(1);
  });

  it('without respondWith, thanks the reader but never says the answers were registered', async () => {
    const el = await esasAtSummary();
    sendButton(el).click();
    await settle(el);
    expect(el.view).to.equal('done');
    expect(text($(el, '#done-heading'))).to.equal('Thank you for your answers.');
    expect((el.shadowRoot!.textContent ?? "")).to.not.contain('recorded');
  });

  it('respondWith: sending, then sent when the host confirms', async () => {
    const el = await esasAtSummary();
    let confirm!: () => void;
    el.addEventListener('pakke-submit', (e) => (e as CustomEvent<NeedsSubmitDetail>).detail.respondWith(new Promise<void>((r) => (confirm = r))));
    sendButton(el).click();
    await settle(el);
    expect(el.view).to.equal('summary');
    expect(text($(el, '#send-status'))).to.equal('Sending your answers …');
    expect($(el, '#send-status')!.getAttribute('role')).to.equal('status');
    expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.summary .change'), 'no changing answers while they are being sent').to.equal(null);
    let again = 0;
    el.addEventListener('pakke-submit', () => again++);
    sendButton(el).click();
    expect(again, 'no second submit while sending').to.equal(0);
    confirm();
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(el.view).to.equal('done');
    expect(text($(el, '#done-heading'))).to.equal('Thank you. Your answers have been recorded.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#done-heading'));
  });

  it('respondWith: a failure keeps the answers, says so in an alert, and Send tries again', async () => {
    const el = await esasAtSummary('session');
    let attempt = 0;
    el.addEventListener('pakke-submit', (e) => {
      attempt++;
      (e as CustomEvent<NeedsSubmitDetail>).detail.respondWith(attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve());
    });
    sendButton(el).click();
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(el.view).to.equal('summary');
    const alert = $(el, '#send-status')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Your answers were not sent.');
    expect(el.shadowRoot!.activeElement).to.equal(alert);
    expect(text(sendButton(el))).to.equal('Try sending again');
    expect(el.answers).to.deep.equal({ pain: 4 });
    expect(sessionStorage.getItem(storageKey('esas-r', '1.0.0')), 'still saved after a failure').to.contain('"pain":4');
    await expectAccessible(el, 'send failed');
    sendButton(el).click();
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(attempt).to.equal(2);
    expect(el.view).to.equal('done');
    expect(sessionStorage.getItem(storageKey('esas-r', '1.0.0'))).to.equal(null);
  });
});

describe('<pakke-needs-assessment> answers across src changes', function () {
  this.timeout(60000);
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps answers per form id@version when src changes, tells the host first, and restores them on switching back', async () => {
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" src=${ESAS}></pakke-needs-assessment>`);
    await untilSettled(el);
    $<HTMLInputElement>(el, '#q-pain input[value="7"]')!.click();
    await settle(el);
    const kept = oneEvent(el, 'pakke-answers-kept');
    let answersWhenTold: unknown;
    el.addEventListener('pakke-answers-kept', () => (answersWhenTold = el.answers), { once: true });
    el.src = HJEM;
    const detail = ((await kept) as CustomEvent<NeedsAnswersKeptDetail>).detail;
    expect(detail).to.deep.include({ id: 'esas-r', version: '1.0.0' });
    expect(detail.next.id).to.equal('pakkeforlop-hjem-behovskartlegging');
    expect(detail.answers).to.deep.equal({ pain: 7 });
    expect(answersWhenTold, 'told before the other form replaced the answers').to.deep.equal({ pain: 7 });
    await untilSettled(el);
    await settle(el);
    expect(el.answers).to.deep.equal({});
    el.src = ESAS;
    await oneEvent(el, 'pakke-ready');
    await settle(el);
    expect(el.answers).to.deep.equal({ pain: 7 });
    expect($<HTMLInputElement>(el, '#q-pain input[value="7"]')!.checked).to.equal(true);
  });
});

describe('<pakke-needs-assessment> saved copies', function () {
  this.timeout(60000);
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('persist="local" removes the copies of the form\'s other versions, and removing persist removes the copy', async () => {
    localStorage.setItem(storageKey('esas-r', '0.9.0'), '{"v":{"pain":1}}');
    localStorage.setItem(storageKey('esas-r-other', '1.0.0'), '{"v":{"pain":1}}');
    localStorage.setItem('host-key', 'kept');
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" persist="local" src=${ESAS}></pakke-needs-assessment>`);
    await untilSettled(el);
    expect(localStorage.getItem(storageKey('esas-r', '0.9.0'))).to.equal(null);
    expect(localStorage.getItem(storageKey('esas-r-other', '1.0.0')), 'another form is not touched').to.not.equal(null);
    expect(localStorage.getItem('host-key')).to.equal('kept');
    $<HTMLInputElement>(el, '#q-pain input[value="5"]')!.click();
    await settle(el);
    expect(localStorage.getItem(storageKey('esas-r', '1.0.0'))).to.contain('"pain":5');
    el.removeAttribute('persist');
    await settle(el);
    expect(localStorage.getItem(storageKey('esas-r', '1.0.0'))).to.equal(null);
    $<HTMLInputElement>(el, '#q-pain input[value="6"]')!.click();
    await settle(el);
    expect(localStorage.getItem(storageKey('esas-r', '1.0.0'))).to.equal(null);
    expect(el.answers).to.deep.equal({ pain: 6 });
  });
});

describe('<pakke-needs-assessment> after sending, the browser restores nothing editable', function () {
  this.timeout(60000);

  function waitLoad(frame: HTMLIFrameElement): Promise<void> {
    return new Promise((r) => frame.addEventListener('load', () => r(), { once: true }));
  }
  async function readyIn(frame: HTMLIFrameElement): Promise<El> {
    for (let i = 0; i < 200; i++) {
      const el = frame.contentDocument?.querySelector('pakke-needs-assessment') as El | null;
      if (el && (el as unknown as { status?: string }).status === 'ready' && el.shadowRoot?.querySelector('#q-pain')) {
        await settle(el);
        return el;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the element in the frame did not get ready');
  }

  it('Back after Send shows an empty form, not the sent answers (no persist)', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = waitLoad(frame);
    frame.src = '/test/fixtures/needs-assessment/restore.html';
    document.body.append(frame);
    await loaded;
    const el = await readyIn(frame);
    $<HTMLInputElement>(el, '#q-pain input[value="8"]')!.click();
    await settle(el);
    // Control: before sending, the browser's restore brings the answers back (so the check below can fail).
    let away = waitLoad(frame);
    frame.contentWindow!.location.href = '/test/fixtures/needs-assessment/elsewhere.html';
    await away;
    let back = waitLoad(frame);
    frame.contentWindow!.history.back();
    await back;
    let again = await readyIn(frame);
    expect(again.answers, 'unsent answers come back').to.deep.equal({ pain: 8 });
    // Now send, leave, come back.
    $<HTMLButtonElement>(again, 'form button[type=submit]')!.click();
    await settle(again);
    $<HTMLButtonElement>(again, '.summary .nav button')!.click();
    await settle(again);
    expect(again.view).to.equal('done');
    away = waitLoad(frame);
    frame.contentWindow!.location.href = '/test/fixtures/needs-assessment/elsewhere.html';
    await away;
    back = waitLoad(frame);
    frame.contentWindow!.history.back();
    await back;
    again = await readyIn(frame);
    await new Promise((r) => setTimeout(r, 100));
    await settle(again);
    expect(again.answers).to.deep.equal({});
    expect([...again.shadowRoot!.querySelectorAll('input:checked')].length, 'no inner input restored').to.equal(0);
    frame.remove();
  });
});
