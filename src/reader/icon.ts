/**
 * The read-aloud controls' icons, drawn as inline SVG: the media glyphs
 * (⏮ ⏭ ⏹ ⏸) are missing from many installed fonts, and Chromium then shows
 * empty boxes. Paths on a 16 × 16 grid, filled with the text colour.
 */
export type IconName = 'play' | 'pause' | 'previous' | 'next' | 'stop';

const PATHS: Record<IconName, string> = {
  play: 'M4 2.5v11l9-5.5z',
  pause: 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z',
  previous: 'M3 2.5h2v11H3zM14 2.5v11L5.5 8z',
  next: 'M11 2.5h2v11h-2zM2 2.5v11L10.5 8z',
  stop: 'M3 3h10v10H3z',
};

const SVG = 'http://www.w3.org/2000/svg';

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${name}`);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}
