/**
 * Event names from the HTML, DOM, CSS animation, pointer, touch, media, SVG
 * and legacy (marquee, WebKit-prefixed) specifications. Each becomes an
 * `on<name>` attribute in the hostile corpus, on an element that can fire it.
 */
// prettier-ignore
export const EVENT_NAMES = [
  // window and document
  'afterprint', 'beforeprint', 'beforeunload', 'hashchange', 'languagechange', 'message', 'messageerror', 'offline',
  'online', 'pagehide', 'pagereveal', 'pageshow', 'pageswap', 'popstate', 'rejectionhandled', 'resize', 'storage',
  'unhandledrejection', 'unload', 'visibilitychange', 'readystatechange', 'DOMContentLoaded',
  // loading
  'load', 'error', 'abort', 'loadstart', 'progress', 'loadend',
  // focus
  'focus', 'blur', 'focusin', 'focusout',
  // forms and editing
  'change', 'input', 'beforeinput', 'invalid', 'select', 'selectstart', 'selectionchange', 'submit', 'reset',
  'formdata', 'search', 'beforematch', 'command',
  // clipboard
  'copy', 'cut', 'paste', 'beforecopy', 'beforecut', 'beforepaste',
  // mouse and wheel
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout',
  'mouseenter', 'mouseleave', 'mousewheel', 'wheel',
  // pointer
  'pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave',
  'pointercancel', 'pointerrawupdate', 'gotpointercapture', 'lostpointercapture',
  // touch
  'touchstart', 'touchend', 'touchmove', 'touchcancel',
  // keyboard
  'keydown', 'keyup', 'keypress',
  // drag and drop
  'drag', 'dragstart', 'dragend', 'dragenter', 'dragleave', 'dragover', 'dragexit', 'drop',
  // scrolling and layout
  'scroll', 'scrollend', 'scrollsnapchange', 'scrollsnapchanging', 'contentvisibilityautostatechange',
  // media
  'canplay', 'canplaythrough', 'durationchange', 'emptied', 'ended', 'loadeddata', 'loadedmetadata', 'pause',
  'play', 'playing', 'ratechange', 'seeked', 'seeking', 'stalled', 'suspend', 'timeupdate', 'volumechange',
  'waiting', 'cuechange', 'encrypted', 'waitingforkey', 'enterpictureinpicture', 'leavepictureinpicture',
  // dialogs, popovers, details
  'toggle', 'beforetoggle', 'close', 'cancel',
  // CSS animations and transitions
  'animationstart', 'animationend', 'animationiteration', 'animationcancel', 'transitionrun', 'transitionstart',
  'transitionend', 'transitioncancel', 'webkitanimationstart', 'webkitanimationend', 'webkitanimationiteration',
  'webkittransitionend',
  // fullscreen, security, canvas, shadow DOM
  'fullscreenchange', 'fullscreenerror', 'securitypolicyviolation', 'contextlost', 'contextrestored', 'slotchange',
  // SVG animation
  'begin', 'end', 'repeat',
  // marquee
  'start', 'finish', 'bounce',
] as const;

export type EventName = (typeof EVENT_NAMES)[number];
