import { EVENT_NAMES } from './event-names';

/**
 * The hostile corpus, as data. Each snippet tries to reach {{CANARY}} (a URL
 * on the test's own server, /canary/<id>) by running code or by making CSS
 * fetch it, never as a plain picture: an ordinary image is allowed in an
 * article, so it would prove nothing. The unit test runs every snippet
 * through the pipeline; the browser test opens pages full of them in the
 * reader and counts canary hits.
 */
export type SnippetCategory =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'frame'
  | 'meta-base'
  | 'svg-mathml'
  | 'mutation-xss'
  | 'dom-clobbering'
  | 'css-exfiltration'
  | 'css-overlay';

export interface Snippet {
  id: string;
  category: SnippetCategory;
  /** HTML with the placeholder {{CANARY}} where the canary URL goes. */
  html: string;
  /**
   * Leaves an element open that swallows what follows in some parser (jsdom
   * parses noscript with scripting off; an unclosed form). Such a snippet
   * goes after the story's last paragraph, so the story stays whole.
   */
  swallows?: true;
}

export const CANARY = '{{CANARY}}';
const call = `fetch('${CANARY}')`;

/** The snippet's HTML with its own canary URL. */
export function withCanary(snippet: Snippet, origin: string): string {
  return snippet.html.split(CANARY).join(canaryUrl(origin, snippet.id));
}

export function canaryUrl(origin: string, id: string): string {
  return `${origin}/canary/${id}`;
}

// ---- event handlers: one snippet per event name, on an element that can fire it ----

const BODY_EVENTS = new Set(['afterprint', 'beforeprint', 'beforeunload', 'hashchange', 'languagechange', 'message', 'messageerror', 'offline', 'online', 'pagehide', 'pagereveal', 'pageshow', 'pageswap', 'popstate', 'rejectionhandled', 'resize', 'storage', 'unhandledrejection', 'unload', 'visibilitychange', 'readystatechange', 'DOMContentLoaded']);
const MEDIA_EVENTS = new Set(['loadstart', 'progress', 'canplay', 'canplaythrough', 'durationchange', 'emptied', 'ended', 'loadeddata', 'loadedmetadata', 'pause', 'play', 'playing', 'ratechange', 'seeked', 'seeking', 'stalled', 'suspend', 'timeupdate', 'volumechange', 'waiting', 'encrypted', 'waitingforkey', 'enterpictureinpicture', 'leavepictureinpicture']);
const FORM_EVENTS = new Set(['submit', 'reset', 'formdata']);
const INPUT_EVENTS = new Set(['focus', 'blur', 'focusin', 'focusout', 'change', 'input', 'beforeinput', 'invalid', 'select', 'selectionchange', 'search', 'command']);

function eventHost(name: string, attr: string): string {
  if (name === 'load' || name === 'error' || name === 'abort' || name === 'loadend') return `<img src="/missing-picture.png" alt="" ${attr}>`;
  if (BODY_EVENTS.has(name)) return `<body ${attr}>`;
  if (MEDIA_EVENTS.has(name)) return `<video src="/missing-clip.mp4" autoplay muted controls ${attr}></video>`;
  if (name === 'cuechange') return `<video src="/missing-clip.mp4" muted><track default kind="captions" src="/missing.vtt" ${attr}></video>`;
  if (FORM_EVENTS.has(name)) return `<form ${attr}><input name="q" value="news"></form>`;
  if (INPUT_EVENTS.has(name)) return `<input autofocus required pattern="x" value="news" ${attr}>`;
  if (name === 'toggle' || name === 'beforetoggle' || name === 'beforematch') return `<details open ${attr}><summary>More</summary>Details of the story.</details>`;
  if (name === 'close' || name === 'cancel') return `<dialog open ${attr}>A dialog.</dialog>`;
  if (name.includes('animation')) return `<style>@keyframes acspin{from{opacity:1}to{opacity:.99}}</style><div style="animation:acspin 10ms 2" ${attr}>Animated note.</div>`;
  if (name.includes('transition')) return `<div style="transition:opacity 10ms" ${attr}>Transition note.</div>`;
  if (name === 'begin' || name === 'end' || name === 'repeat') return `<svg width="10" height="10"><rect width="10" height="10"><animate attributeName="x" from="0" to="1" dur="10ms" repeatCount="2" ${attr}/></rect></svg>`;
  if (name === 'start' || name === 'finish' || name === 'bounce') return `<marquee loop="1" scrollamount="50" behavior="alternate" ${attr}>Breaking</marquee>`;
  if (name.startsWith('scroll')) return `<div style="overflow:auto;height:20px" ${attr}><p>Scrolling text.</p><p>More text.</p></div>`;
  if (name === 'slotchange') return `<div><template shadowrootmode="open"><slot ${attr}></slot></template>Slotted text.</div>`;
  return `<span tabindex="0" ${attr}>a note</span>`;
}

const eventSnippets: Snippet[] = EVENT_NAMES.map((name) => ({
  id: `on-${name.toLowerCase()}`,
  category: 'event-handler',
  html: eventHost(name, `on${name}="${call}"`),
}));

// ---- everything else, written by hand ----

const s = (category: SnippetCategory, id: string, html: string, swallows?: true): Snippet => (swallows ? { id, category, html, swallows } : { id, category, html });

const handWritten: Snippet[] = [
  // script elements
  s('script', 'script-inline', `<script>${call}</script>`),
  s('script', 'script-src', `<script src="${CANARY}"></script>`),
  s('script', 'script-module', `<script type="module">import('${CANARY}')</script>`),
  s('script', 'script-uppercase', `<SCRIPT>${call}</SCRIPT>`),
  s('script', 'script-split-tag', `<scr<script>ipt>${call}</script>`),
  s('script', 'script-data-src', `<script src="data:text/javascript,${call}"></script>`),
  s('script', 'script-timeout-string', `<script>setTimeout("${call}", 0)</script>`),
  s('script', 'script-in-template', `<template><script>${call}</script></template>`),
  s('script', 'script-in-noscript', `<noscript><script>${call}</script></noscript>`),
  s('script', 'script-attr-case', `<img src="/missing-a.png" alt="" OnErRoR="${call}">`),
  s('script', 'script-slash-separators', `<img/src="/missing-b.png"/alt=""/onerror="${call}">`),
  s('script', 'script-unquoted-handler', `<img src=/missing-c.png alt="" onerror=${call}>`),
  s('script', 'script-entity-handler', `<img src="/missing-d.png" alt="" onerror="&#102;etch('${CANARY}')">`),
  s('script', 'script-event-listener', `<script>addEventListener('DOMContentLoaded', () => ${call})</script>`),

  // dangerous URL schemes in links, images, forms, media
  s('url-scheme', 'js-link', `<a href="javascript:${call}">Read the full report</a>`),
  s('url-scheme', 'js-link-mixed-case', `<a href="JaVaScRiPt:${call}">Read more</a>`),
  s('url-scheme', 'js-link-leading-space', `<a href="   javascript:${call}">Read more</a>`),
  s('url-scheme', 'js-link-tab-inside', `<a href="java&#x09;script:${call}">Read more</a>`),
  s('url-scheme', 'js-link-newline-inside', `<a href="jav&#x0A;ascript:${call}">Read more</a>`),
  s('url-scheme', 'js-link-entities', `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${call}">Read more</a>`),
  s('url-scheme', 'js-link-colon-entity', `<a href="javascript&colon;${call}">Read more</a>`),
  s('url-scheme', 'js-link-control-char', `<a href="\u0001javascript:${call}">Read more</a>`),
  s('url-scheme', 'vbscript-link', `<a href="vbscript:${call}">Read more</a>`),
  s('url-scheme', 'data-html-link', `<a href="data:text/html,<script>${call}</script>">Read more</a>`),
  s('url-scheme', 'js-image', `<img src="javascript:${call}" alt="">`),
  s('url-scheme', 'js-srcset', `<img srcset="javascript:${call} 1x" alt="">`),
  s('url-scheme', 'svg-data-image', `<img alt="" src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${call}'/>">`),
  s('url-scheme', 'js-form-action', `<form action="javascript:${call}"><button>Subscribe</button></form>`),
  s('url-scheme', 'js-formaction', `<button formaction="javascript:${call}">Subscribe</button>`),
  s('url-scheme', 'js-input-image', `<input type="image" src="javascript:${call}" alt="go">`),
  s('url-scheme', 'js-area', `<map name="m"><area shape="rect" coords="0,0,10,10" href="javascript:${call}"></map>`),
  s('url-scheme', 'js-blockquote-cite', `<blockquote cite="javascript:${call}">A quote.</blockquote>`),
  s('url-scheme', 'js-video-poster', `<video poster="javascript:${call}"></video>`),
  s('url-scheme', 'js-embed', `<embed src="javascript:${call}">`),
  s('url-scheme', 'data-html-embed', `<embed type="text/html" src="data:text/html,<script>${call}</script>">`),
  s('url-scheme', 'data-html-object', `<object type="text/html" data="data:text/html,<script>${call}</script>"></object>`),

  // frames
  s('frame', 'srcdoc-script', `<iframe srcdoc="<script>${call}</script>"></iframe>`),
  s('frame', 'srcdoc-escaped-img', `<iframe srcdoc="&lt;img src=x onerror=&quot;${call}&quot;&gt;"></iframe>`),
  s('frame', 'iframe-js-src', `<iframe src="javascript:${call}"></iframe>`),
  s('frame', 'iframe-data-src', `<iframe src="data:text/html,<script>${call}</script>"></iframe>`),
  s('frame', 'iframe-canary-src', `<iframe src="${CANARY}"></iframe>`),
  s('frame', 'object-canary', `<object data="${CANARY}" type="text/html"></object>`),
  s('frame', 'embed-canary', `<embed src="${CANARY}" type="text/html">`),
  s('frame', 'frame-in-body', `<frame src="${CANARY}">`),

  // meta refresh, base hijacks, link preloads
  s('meta-base', 'meta-refresh-js', `<meta http-equiv="refresh" content="0;url=javascript:${call}">`),
  s('meta-base', 'meta-refresh-data', `<meta http-equiv="refresh" content="0;url=data:text/html,<script>${call}</script>">`),
  s('meta-base', 'meta-refresh-canary', `<meta http-equiv="refresh" content="1;url=${CANARY}">`),
  s('meta-base', 'base-js', `<base href="javascript:${call}//"><a href="story-link">Related story</a>`),
  s('meta-base', 'base-data', `<base href="data:text/html,<script>${call}</script>"><a href="story-link">Related story</a>`),
  s('meta-base', 'link-preload', `<link rel="preload" as="fetch" href="${CANARY}" crossorigin>`),
  s('meta-base', 'link-prefetch', `<link rel="prefetch" href="${CANARY}">`),
  s('meta-base', 'link-modulepreload', `<link rel="modulepreload" href="${CANARY}">`),

  // SVG and MathML namespaces
  s('svg-mathml', 'svg-script', `<svg><script>${call}</script></svg>`),
  s('svg-mathml', 'svg-script-href', `<svg><script href="data:text/javascript,${call}"></script></svg>`),
  s('svg-mathml', 'svg-onload', `<svg onload="${call}" width="1" height="1"></svg>`),
  s('svg-mathml', 'svg-a-xlink', `<svg width="60" height="20"><a xlink:href="javascript:${call}"><text x="0" y="15">Chart</text></a></svg>`),
  s('svg-mathml', 'svg-set-href', `<svg width="60" height="20"><a><set attributeName="href" to="javascript:${call}"/><text x="0" y="15">Chart</text></a></svg>`),
  s('svg-mathml', 'svg-foreignobject', `<svg><foreignObject width="10" height="10"><img src="/missing-e.png" alt="" onerror="${call}"></foreignObject></svg>`),
  s('svg-mathml', 'svg-desc-img', `<svg><desc><img src="/missing-f.png" alt="" onerror="${call}"></desc></svg>`),
  s('svg-mathml', 'svg-use-data', `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${call}'/></svg>#x"/></svg>`),
  s('svg-mathml', 'svg-image-js', `<svg><image href="javascript:${call}" width="1" height="1"/></svg>`),
  s('svg-mathml', 'math-href', `<math><mi href="javascript:${call}">x</mi></math>`),
  s('svg-mathml', 'math-maction', `<math><maction actiontype="statusline" xlink:href="javascript:${call}">x<mtext>y</mtext></maction></math>`),
  s('svg-mathml', 'math-mglyph-style', `<math><mtext><table><mglyph><style><img src="/missing-g.png" alt="" onerror="${call}"></style></mglyph></table></mtext></math>`),
  s('svg-mathml', 'svg-title-style', `<svg><title><style><img src="/missing-h.png" alt="" onerror="${call}"></style></title></svg>`),

  // mutation XSS: markup that changes meaning when serialised and parsed again
  s('mutation-xss', 'noscript-title', `<noscript><p title="</noscript><img src=/missing-i.png alt='' onerror=${call}>"></noscript>`, true),
  s('mutation-xss', 'svg-p-style', `<svg></p><style><a id="</style><img src=/missing-j.png alt='' onerror=${call}>"></style></svg>`),
  s('mutation-xss', 'math-h1-style', `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src=/missing-k.png alt='' onerror=${call}>"></style></mtext></svg></mglyph></a></h1></mtext></math>`),
  s('mutation-xss', 'form-math-mglyph', `<form><math><mtext></form><form><mglyph><style></math><img src=/missing-l.png alt='' onerror=${call}>`, true),
  s('mutation-xss', 'listing-escaped', `<listing>&lt;img src=/missing-m.png onerror=${call}&gt;</listing>`),
  s('mutation-xss', 'xmp-raw', `<xmp><img src=/missing-n.png onerror=${call}></xmp>`),
  s('mutation-xss', 'textarea-raw', `<textarea><img src=/missing-o.png onerror=${call}></textarea>`),
  s('mutation-xss', 'title-in-body', `<title><img src=/missing-p.png onerror=${call}></title>`),
  s('mutation-xss', 'noembed-raw', `<noembed><img src=/missing-q.png onerror=${call}></noembed>`),
  s('mutation-xss', 'noframes-raw', `<noframes><img src=/missing-r.png onerror=${call}></noframes>`),
  s('mutation-xss', 'iframe-raw-text', `<iframe><img src=/missing-s.png onerror=${call}></iframe>`),
  s('mutation-xss', 'comment-break', `<!--<img src="--><img src=/missing-t.png alt="" onerror=${call}//">`),
  s('mutation-xss', 'cdata-in-html', `<![CDATA[><img src=/missing-u.png alt="" onerror=${call}>]]>`),
  s('mutation-xss', 'attr-quote-break', `<a href="https://news.example/" title="x&quot; onmouseover=&quot;${call}">Related</a>`),
  s('mutation-xss', 'attr-holds-markup', `<img src="/missing-v.png" alt="<x" title="/><img src=/x onerror=${call}>">`),
  s('mutation-xss', 'shadow-root', `<div><template shadowrootmode="open"><img src="/missing-w.png" alt="" onerror="${call}"></template>Shadow text.</div>`),
  s('mutation-xss', 'select-template', `<select><template shadowrootmode="open"><img src=/missing-x.png onerror=${call}></template></select>`),
  s('mutation-xss', 'style-in-table', `<table><style><img src=/missing-y.png onerror=${call}></style><tr><td>cell</td></tr></table>`),

  // DOM clobbering of names the reader and the content script use
  s('dom-clobbering', 'clobber-view-id', `<img id="view" name="view" src="/missing-z.png" alt="" onerror="${call}">`),
  s('dom-clobbering', 'clobber-open-tab', `<a id="open-tab" href="javascript:${call}">Open in a tab</a>`),
  s('dom-clobbering', 'clobber-document', `<img name="document" src="/missing-1.png" alt="" onerror="${call}">`),
  s('dom-clobbering', 'clobber-location', `<form name="location" action="javascript:${call}"><input name="href" value="${CANARY}"></form>`),
  s('dom-clobbering', 'clobber-body', `<img name="body" src="/missing-2.png" alt="" onerror="${call}">`),
  s('dom-clobbering', 'clobber-getelementbyid', `<form id="x"><input name="getElementById" onfocus="${call}" autofocus></form>`),
  s('dom-clobbering', 'clobber-article-cleaner', `<a id="__articleCleanerSnapshot" href="javascript:${call}">x</a><a id="__articleCleanerSnapshot" name="take" href="javascript:${call}">y</a>`),
  s('dom-clobbering', 'clobber-chrome-browser', `<iframe name="chrome" srcdoc="<script>${call}</script>"></iframe><img name="browser" src="/missing-3.png" alt="">`),
  s('dom-clobbering', 'clobber-default-view', `<a id="defaultView" href="javascript:${call}">v</a><img name="createElement" src="/missing-4.png" alt="">`),
  s('dom-clobbering', 'clobber-state-dataset', `<div id="state" data-state="article" data-src="${CANARY}"><img name="dataset" src="/missing-5.png" alt="" onerror="${call}"></div>`),

  // CSS that fetches
  s('css-exfiltration', 'style-attr-background', `<div style="background:url('${CANARY}')">Styled note.</div>`),
  s('css-exfiltration', 'style-attr-image-set', `<div style="background-image:image-set('${CANARY}' 1x)">Styled note.</div>`),
  s('css-exfiltration', 'style-attr-list-image', `<ul style="list-style-image:url(${CANARY})"><li>Item</li></ul>`),
  s('css-exfiltration', 'style-attr-cursor', `<p style="cursor:url(${CANARY}),auto">Hover text.</p>`),
  s('css-exfiltration', 'style-attr-border-image', `<p style="border:5px solid;border-image:url('${CANARY}') 30 round">Bordered.</p>`),
  s('css-exfiltration', 'style-attr-mask', `<p style="mask-image:url(${CANARY});-webkit-mask-image:url(${CANARY})">Masked.</p>`),
  s('css-exfiltration', 'style-attr-content', `<img src="/missing-6.png" alt="" style="content:url(${CANARY})">`),
  s('css-exfiltration', 'style-attr-expression', `<p style="width:expression(${call});behavior:url(${CANARY})">Old IE.</p>`),
  s('css-exfiltration', 'style-import', `<style>@import url('${CANARY}');</style>`),
  s('css-exfiltration', 'style-import-escaped', `<style>@\\69mport '${CANARY}';</style>`),
  s('css-exfiltration', 'style-font-face', `<style>@font-face{font-family:acfont;src:url('${CANARY}')} p{font-family:acfont}</style>`),
  s('css-exfiltration', 'style-body-background', `<style>body,main,article,.reader{background:url('${CANARY}')}</style>`),
  s('css-exfiltration', 'style-attribute-selector', `<style>input[value^="n"]{background:url('${CANARY}')}</style><input value="news">`),
  s('css-exfiltration', 'style-after-content', `<style>p::after{content:url('${CANARY}')}</style>`),
  s('css-exfiltration', 'link-stylesheet', `<link rel="stylesheet" href="${CANARY}">`),
  s('css-exfiltration', 'svg-style-import', `<svg><style>@import '${CANARY}';</style></svg>`),
  s('css-exfiltration', 'table-background-attr', `<table background="${CANARY}"><tr><td>Cell</td></tr></table>`),
  s('css-exfiltration', 'body-background-attr', `<body background="${CANARY}">`),

  // CSS that covers or restyles the reader
  s('css-overlay', 'fixed-overlay', `<div style="position:fixed;inset:0;z-index:2147483647;background:url('${CANARY}') white"><a href="javascript:${call}">Click to continue reading</a></div>`),
  s('css-overlay', 'absolute-overlay', `<div style="position:absolute;top:0;left:0;width:100vw;height:100vh;z-index:99999"><img src="/missing-7.png" alt="" onerror="${call}"></div>`),
  s('css-overlay', 'hide-reader', `<style>#view,#open-tab,.reader{display:none!important}html{background:url('${CANARY}')}</style>`),
  s('css-overlay', 'dialog-modal', `<dialog open style="position:fixed;inset:0;background:url('${CANARY}')">Your session expired. <a href="javascript:${call}">Sign in</a></dialog>`),
  s('css-overlay', 'popover-auto', `<div popover="auto" id="pop" style="background:url('${CANARY}')">Sign in</div><button popovertarget="pop" onclick="${call}">Open</button>`),
  s('css-overlay', 'class-reuse', `<div class="bar view-popup reader-title" id="open-tab" style="position:fixed;top:0"><img src="/missing-8.png" alt="" onerror="${call}"></div>`),
];

export const SNIPPETS: readonly Snippet[] = [...handWritten, ...eventSnippets];
