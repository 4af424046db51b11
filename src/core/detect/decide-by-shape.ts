import { SHAPE } from './detect-rules';
import { measurePageShape } from './measure-page-shape';

/**
 * Stage 2, second half: what the page's shape shows (repeated teasers,
 * dated posts, cart buttons, reply buttons). It runs with Readability's
 * quick test, in the reader loaded on demand, so that the script on every
 * page stays small; a "no" here still counts as the signals stage.
 */
export function decideByShape(doc: Document): { verdict: 'no'; reason: string } | null {
  const shape = measurePageShape(doc);
  const no = (reason: string) => ({ verdict: 'no' as const, reason: `signals:shape:${reason}` });
  if (shape.headlineLinks > SHAPE.maxHeadlineLinks && shape.proseRun < SHAPE.minProseRun) return no(`teasers:${shape.headlineLinks}`);
  if (shape.datedProseItems > SHAPE.maxDatedProseItems) return no(`dated-items:${shape.datedProseItems}`);
  if (shape.buyButtons > 0) return no('buy-button');
  if (shape.replyButtons >= 3) return no(`reply-buttons:${shape.replyButtons}`);
  return null;
}
