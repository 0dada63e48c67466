/** A scale of whole numbers (0–10 by default) with words at each end, answered with radios. */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { NaItem } from '../../bundle/kinds/needs-assessment.js';
import { choices, type Choice } from '../choices.js';
import { renderGroup, type QuestionKind } from './view.js';

type RatingItem = Extract<NaItem, { type: 'rating' }>;

export const ratingQuestion: QuestionKind<RatingItem> = {
  render(v, item, problem, value) {
    const min = item.min ?? 0;
    const max = item.max ?? 10;
    const points: Choice[] = [];
    for (let n = min; n <= max; n++) points.push([String(n), String(n)]);
    return renderGroup(
      v,
      item,
      problem,
      points.length === 11 ? 'scale' : 'scale scale-short',
      choices('rating', item.id, points, typeof value === 'number' ? [String(value)] : [], !!item.required),
      // Each end's words beside its end: the lowest above the scale at its start, the highest
      // below it at its end (also when the points wrap into two rows on a phone).
      // The line takes the scale's direction (its end is where the scale ends); the words in it their own.
      html`<p class="anchor anchor-min" id=${`a-${item.id}`}><bdi>${min} = ${v.t(item.anchors.min)}</bdi></p>`,
      `a-${item.id} z-${item.id}`,
      html`<p class="anchor anchor-max" id=${`z-${item.id}`}><bdi>${max} = ${v.t(item.anchors.max)}</bdi></p>`,
    );
  },
  answerText(v, item, value) {
    const min = item.min ?? 0;
    const max = item.max ?? 10;
    return msg(str`${Number(value)} på en skala fra ${min} (${v.t(item.anchors.min)}) til ${max} (${v.t(item.anchors.max)})`);
  },
};
