import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from '../../../src/core/figures/compute-key-figures';

const names = (text: string) => computeKeyFigures(text).people.map((p) => p.name);

describe('what is not a person', () => {
  it('lists no reviewer whose handle is masked under a testimonial', () => {
    const text =
      '“Very talented people! We loved it,” one visitor wrote.\n\n– Ali***\n\n“Easy redemption. Good price.”\n\n– Mel****\n\nDirector Kim Soo-hyun said the show would tour.';
    expect(names(text)).not.toEqual(expect.arrayContaining(['Ali']));
    expect(names(text).some((n) => /^(?:Ali|Mel)/.test(n))).toBe(false);
  });

  it('lists no product of a company ("Amazon Alexa"), nor the product again on its own', () => {
    const text =
      'Have an Amazon Alexa device? Search for the briefing in your Alexa’s settings. Chief executive Andy Jassy said sales rose.';
    expect(names(text)).toEqual(['Andy Jassy']);
  });

  it('lists no brand before what it makes ("won Tony Moly cosmetics")', () => {
    expect(names('We also won Tony Moly cosmetics, which was a plus, said Sarah Kim, a visitor from Busan.')).toEqual(['Sarah Kim']);
  });

  it('lists no firm that publishes findings ("a survey from Piper Jaffray"), nor a rival firm', () => {
    const text =
      'Teens want phones more than ever, according to a new survey from Piper Jaffray. Rival Lowe’s was also lower, analyst Matt Maley said.';
    expect(names(text)).toEqual(['Matt Maley']);
  });

  it('lists no team that beat another ("Carolina beat Chicago")', () => {
    const text = 'Carolina beat Chicago for their fourth straight victory, and winger Nino Niederreiter said the team was ready.';
    expect(names(text)).toEqual(['Nino Niederreiter']);
  });

  it('takes the firm off a name hyphened to it ("the Coty-Kylie Jenner deal")', () => {
    const text = 'Kylie Jenner sold a stake in her brand. The Coty-Kylie Jenner deal could start a trend, Matt Maley said.';
    expect(names(text).sort()).toEqual(['Kylie Jenner', 'Matt Maley']);
  });

  it('keeps an unknown first part of a name at the start of a sentence ("Peng Mei")', () => {
    const text = 'The post went viral on Weibo. Peng Mei — project manager for communications on Singles Day — denied it.';
    expect(names(text)).toContain('Peng Mei');
  });
});
