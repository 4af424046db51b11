/**
 * Whether el or an ancestor is one of the named elements: closest() for a
 * list of tag names, without a selector engine (jsdom's costs more than the
 * rest of a cleaning pass).
 */
export function within(el: Element, names: ReadonlySet<string>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (names.has(e.localName)) return true;
  return false;
}

/** The nearest of el and its ancestors with one of the names: closest() for tag names. */
export function closestNamed(el: Element, names: ReadonlySet<string>): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (names.has(e.localName)) return e;
  return null;
}
