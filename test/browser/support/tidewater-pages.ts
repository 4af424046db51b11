/**
 * Two pages of one made-up site sharing a layout (written here for the
 * reader-fixes tests): a story box, a partner's box inside it
 * (the block a reader removes), and a rail. The first story has four
 * subheadings, the second one.
 */
const para = (topic: string, i: number) =>
  `<p>${topic} paragraph ${i}: the harbour board met again on Tuesday and heard from the pilots, the ferry crews and the fish market, each of whom had a different view of what the new quay should be for and who should pay for it.</p>`;

function page(title: string, topic: string, sections: string[], partner: string): string {
  const body = sections.map((s, i) => `<h2>${s}</h2>${para(topic, i * 2)}${para(topic, i * 2 + 1)}`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Tidewater Courier</title>
<meta property="og:site_name" content="Tidewater Courier"></head>
<body><header class="masthead"><a href="/">Tidewater Courier</a></header>
<main class="layout"><article class="story">
<h1>${title}</h1>
${para(topic, 100)}
<div class="partner-box"><p>${partner}</p></div>
${body}
</article>
<div class="rail"><h3>Most read</h3><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></div></main>
<footer class="site-footer">© Tidewater Courier</footer></body></html>`;
}

export const FIRST = '/2026/12/01/harbour-board-quay/';
export const SECOND = '/2026/12/02/ferry-timetable/';

export const FIRST_PARTNER =
  'Cruises along the whole estuary coast this winter, with a warm cabin and dinner on board every single evening.';
export const SECOND_PARTNER = 'Garden furniture that outlasts the sea air, delivered to your door in any weather before the spring comes.';

export const tidewaterPages: Record<string, string> = {
  [FIRST]: page('Harbour board weighs a new quay', 'Quay', ['The pilots', 'The ferry crews', 'The fish market', 'Who pays'], FIRST_PARTNER),
  [SECOND]: page('Ferry keeps its winter timetable', 'Ferry', ['What changes'], SECOND_PARTNER),
};
