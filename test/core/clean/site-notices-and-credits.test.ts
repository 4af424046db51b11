import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from '../../../src/core/clean/match-boilerplate';
import { isCredit } from '../../../src/core/clean/match-dateline';
import { removeBoilerplate } from '../../../src/core/clean/remove-boilerplate';
import { removeCaptionLeftovers } from '../../../src/core/clean/remove-caption-leftovers';
import { isSameSiteArticle, siteOf } from '../../../src/core/url/same-site';
import { blockText } from '../../../src/core/text/block-text';
import { parseDocument } from '../../../src/node/parse-document';

function content(html: string): Element {
  const { document } = parseDocument(`<!doctype html><body><div id="c">${html}</div></body>`, 'https://news.example/2024/story/');
  return document.getElementById('c')!;
}

describe('matchBoilerplate: site notices', () => {
  it('takes a citation block and a copyright notice, however long the URL', () => {
    expect(
      matchBoilerplate(
        'Citation: Lake sediments show a wetter medieval climate (2024, March 4) retrieved 6 March 2024 from https://news.example/news/2024-03-lake-sediments-show-a-wetter-medieval-climate.html',
      ),
    ).toBe('meta');
    expect(
      matchBoilerplate(
        'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.',
      ),
    ).toBe('meta');
    expect(matchBoilerplate('This post may contain affiliate links. Please see our disclosure page.')).toBe('meta');
  });
  it('leaves story paragraphs that open alike', () => {
    expect(
      matchBoilerplate('This article is based on a study in which the team compared the layers with tree rings from the same valley.'),
    ).toBeNull();
    expect(
      matchBoilerplate(
        'Citation counts matter less than they did, the editors wrote, and the journal retrieved its old policy from the archive in 2019.',
      ),
    ).toBeNull();
  });
  it('takes gallery and account controls, alone', () => {
    expect(matchBoilerplate('Image 1 of / 8')).toBe('meta');
    expect(matchBoilerplate('Sign In')).toBe('meta');
    expect(matchBoilerplate('Sign in to see how the vote went in your ward.')).toBeNull();
  });
});

describe('isCredit: agencies', () => {
  it.each(['(AP Photo/Alan Diaz, File)', '[File: Reuters]', 'Getty Images', 'AFP via Getty Images'])('takes %s', (t) =>
    expect(isCredit(t)).toBe(true),
  );
  it.each(['AP photos show the flood.', 'Reuters reported it first.'])('leaves %s', (t) => expect(isCredit(t)).toBe(false));
});

describe('removeCaptionLeftovers', () => {
  it('cuts credits from captions and keeps a source named at the end of a sentence', () => {
    const c = content(
      '<figure><img src="a.jpg"><figcaption><span>Lanterns on the quay</span><span>Credit: Dana Reyes</span></figcaption></figure>' +
        '<p>The barge sank, according to <em>Reuters</em></p>' +
        '<figure><img src="b.jpg"><figcaption>Fireworks closed the festival. Credit: Valley Courier</figcaption></figure>',
    );
    removeCaptionLeftovers(c);
    expect(blockText(c).split('\n\n')).toEqual([
      'Lanterns on the quay',
      'The barge sank, according to Reuters',
      'Fireworks closed the festival.',
    ]);
  });
});

describe('siteOf', () => {
  it('takes the registrable domain', () => {
    expect(siteOf('https://video.foxnews.example/v/1')).toBe('foxnews.example');
    expect(siteOf('https://news.paper.co.uk/a')).toBe('paper.co.uk');
    expect(isSameSiteArticle('https://video.paper.co.uk/v/1', 'paper.co.uk')).toBe(true);
    expect(isSameSiteArticle('https://www.paper.co.uk/', 'paper.co.uk')).toBe(false);
    expect(isSameSiteArticle('https://other.co.uk/a', 'paper.co.uk')).toBe(false);
  });
});

describe('leaf blocks: a line set alone between blocks', () => {
  it('judges an inline element between blocks like a block (a dateline under the byline)', () => {
    const long =
      'The port authority voted on Tuesday to dredge the main harbour channel two metres deeper, so that the container ships now calling at rival ports can reach it.';
    const c = content(
      `<div><p>Ann Lee, Staff Writer</p> <span>Updated <time>5:27 am CST, Wednesday, November 20, 2019</time></span> </div><p>${long}</p><p>Seen <span>Updated 5:27 am</span> in a sentence.</p>`,
    );
    removeBoilerplate(c);
    expect(blockText(c).split('\n\n')).toEqual(['Ann Lee, Staff Writer', long, 'Seen Updated 5:27 am in a sentence.']);
  });
});
