/** Accessible media in rich text: alt text, captions, lazy loading, no autoplay, safe URLs only. */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { mediaProblems, parseRichText, richTextToPlain } from '../../src/bundle/rich-text.js';
import { renderRichText } from '../../src/bundle/rich-text-render.js';
import { setLocale } from '../../src/l10n/localization.js';
import { expectAccessible } from '../helpers/index.js';

const TEXT = [
  'Sådan ser undersøgelsen ud:',
  '',
  '![En sygeplejerske viser et mammografiapparat](/content/media/mammografi.jpg)',
  '',
  '!video[Sådan foregår en vævsprøve](src=https://video.example/biopsi.mp4 captions=https://video.example/biopsi.da.vtt sign=https://video.example/biopsi-tegnsprog.mp4)',
  '',
  '![](https://video.example/no-alt.jpg)',
  '',
  '![Fra et usikkert sted](http://video.example/insecure.jpg)',
  '',
  '!video[Uden undertekster](src=https://video.example/no-captions.mp4)',
  '',
  '![Skjult script](javascript:alert(1))',
].join('\n');

async function show(): Promise<HTMLElement> {
  const el = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
  render(renderRichText(TEXT, { headingLevel: 3, lang: 'da' }), el);
  return el;
}

describe('media in rich text', () => {
  before(() => setLocale('da'));

  it('renders an image with its alt text, loaded lazily', async () => {
    const el = await show();
    const imgs = el.querySelectorAll('img');
    expect(imgs).to.have.length(1);
    expect(imgs[0]!.alt).to.equal('En sygeplejerske viser et mammografiapparat');
    expect(imgs[0]!.getAttribute('loading')).to.equal('lazy');
  });

  it('renders a captioned video that never autoplays or preloads, with a sign-language version on request', async () => {
    const el = await show();
    const videos = [...el.querySelectorAll('video')];
    expect(videos).to.have.length(2);
    for (const v of videos) {
      expect(v.autoplay).to.equal(false);
      expect(v.hasAttribute('autoplay')).to.equal(false);
      expect(v.getAttribute('preload')).to.equal('none');
      expect(v.controls).to.equal(true);
      const track = v.querySelector('track')!;
      expect(track.kind).to.equal('captions');
      expect(track.getAttribute('src')).to.equal('https://video.example/biopsi.da.vtt');
      expect(track.srclang).to.equal('da');
    }
    expect(el.querySelector('figcaption')!.textContent).to.equal('Sådan foregår en vævsprøve');
    const sign = el.querySelector('details.sign-language')!;
    expect(sign.querySelector('summary')!.textContent).to.equal('Se videoen på tegnsprog');
    expect(sign.querySelector('video')!.getAttribute('src')).to.equal('https://video.example/biopsi-tegnsprog.mp4');
    await expectAccessible(el, 'rich text with media');
  });

  it('leaves out media without alt text or captions, and media from unsafe schemes', async () => {
    const el = await show();
    const srcs = [...el.querySelectorAll('img, video')].map((m) => m.getAttribute('src'));
    expect(srcs.some((s) => /no-alt|insecure|no-captions|javascript/.test(s ?? ''))).to.equal(false);
  });

  it('the validator reports each problem (mediaProblems)', () => {
    const problems = parseRichText(TEXT).flatMap(mediaProblems);
    expect(problems).to.deep.equal([
      'Image without alt text (describe what it shows)',
      'Image URL "http://video.example/insecure.jpg" is not https: or relative',
      'Video without a captions track (captions=… .vtt)',
      'Image URL "javascript:alert(1)" is not https: or relative',
    ]);
    const srt = parseRichText('!video[Film](src=/v.mp4 captions=/v.srt)')[0]!;
    expect(mediaProblems(srt)).to.deep.equal(['Captions must be a WebVTT file (.vtt)']);
  });

  it('plain text keeps the alt text and video title (for readability checks and summaries)', () => {
    expect(richTextToPlain(TEXT)).to.contain('En sygeplejerske viser et mammografiapparat');
    expect(richTextToPlain(TEXT)).to.contain('Sådan foregår en vævsprøve');
  });
});
