/**
 * The popup asks for 780 × 580 CSS px (popup.css). A browser caps popups at
 * about 800 × 600 of its own pixels, so a zoomed browser (or a small screen)
 * gives fewer CSS px: 533 × 400 at 150 %. Then the frame must shrink to the
 * window, or its right and bottom edges (the toolbar among them) are cut
 * off and the document scrolls.
 *
 * This cannot be done in CSS: Chromium sizes a popup to its content's
 * min-content width, measured from a tiny window, so a width that depends on
 * the window (100vw, min(780px, 100vw)) collapses the popup to 25 × 25 px.
 * So the frame keeps its fixed size, and once the browser has chosen the
 * window it is set to the window in px, which is again a fixed size.
 */
const WANTED = { width: 780, height: 580 };
// Smaller than any popup a browser really shows: a window still being sized.
const SMALLEST = { width: 200, height: 150 };

export function fitPopupToWindow(body: HTMLElement): void {
  const fit = () => {
    // Whole px, rounded down: a zoomed window is fractional (580 / 1.5 = 386.67 CSS px), and Firefox rounds
    // innerHeight up, which left the frame a fraction taller than the window, and scrollable by it.
    const view = window.visualViewport;
    const width = Math.min(WANTED.width, Math.floor(view?.width ?? window.innerWidth));
    const height = Math.min(WANTED.height, Math.floor(view?.height ?? window.innerHeight));
    if (width < SMALLEST.width || height < SMALLEST.height) return;
    body.style.width = `${width}px`;
    body.style.height = `${height}px`;
  };
  fit();
  window.addEventListener('resize', fit);
}
