/**
 * Two pages of one made-up site (written here for the in-page reader's
 * outline, Edit and key-figures tests): a story with four subheadings and
 * numbers and people of its own, and an offer box inside it that names a
 * person and a figure no other block does (the block a reader removes).
 * The second page has the same box with other words.
 */
const para = (i: number) =>
  `<p>Paragraph ${i} of the quay story: the board heard from the pilots, the ferry crews and the fish market, each with a different view of what the new quay is for, who should pay for it and how long the old one can last.</p>`;

function page(title: string, sections: string[], offer: string, lead: string): string {
  const body = sections.map((s, i) => `<h2>${s}</h2>${para(i * 3)}${para(i * 3 + 1)}${para(i * 3 + 2)}`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Estuary Herald</title>
<meta property="og:site_name" content="Estuary Herald"></head>
<body><header class="masthead"><a href="/">Estuary Herald</a></header>
<main class="layout"><article class="story">
<h1>${title}</h1>
<p>${lead}</p>
<div class="cruise-offer"><p>${offer}</p></div>
${body}
<p>Price added that the fish market would keep its berth while the work goes on.</p>
</article>
<div class="rail"><h3>Most read</h3><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></div></main>
<footer class="site-footer">© Estuary Herald</footer></body></html>`;
}

export const QUAY = '/2026/12/03/quay-vote/';
export const QUAY_NEXT = '/2026/12/04/quay-costs/';

export const QUAY_OFFER =
  'Cruises along the whole estuary coast this winter cost 40 percent less, said Mara Lind, the cruise line director, when booked before the spring.';
export const NEXT_OFFER = 'Winter cabins on the estuary boats come with dinner on board every evening, booked by the end of the month.';

const LEAD =
  'The board chair, Owen Price, said the quay would cost 12 million pounds and take three years to build, and that 14 ferries a day already use the old one.';

export const quayPages: Record<string, string> = {
  [QUAY]: page('Harbour board votes on the new quay', ['The pilots', 'The ferry crews', 'The fish market', 'Who pays'], QUAY_OFFER, LEAD),
  [QUAY_NEXT]: page('What the new quay will cost', ['The bill'], NEXT_OFFER, LEAD),
};
