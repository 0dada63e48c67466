/**
 * The options of a choice or rating question as one directive (see `Choices`): DOM calls in the
 * browser, escaped markup on a server, adopted in place when a server render hydrates.
 */
import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/** One option of a question: the input's value and the text the reader sees. */
export type Choice = readonly [value: string, text: string];
/** `radio` and `checkbox`: options with their words; `rating`: the numbered points of a scale. */
export type ChoiceKind = 'radio' | 'checkbox' | 'rating';

/**
 * A question's options, made with DOM calls rather than one Lit template instance per option:
 * at 200 questions that is about 1,200 instances with their parts and markers, most of the
 * element's live memory and a large part of its first render. Each option is a label around its
 * input, `<label class="option"><input type="radio" value="…"><span>text</span></label>` (a
 * rating point: `<label class="point"><input …>7</label>`), so the label needs no `for` and the
 * input no `id`; the accessible name is the label's text, which goes in as a text node. The nodes
 * are rebuilt only when the options or their words change (e.g. another language). Every update
 * gives each input the question's id as `name` (which groups radios for the arrow keys and tells
 * `onInput` the question), checks the inputs whose value is in `selected` (reading the DOM, as
 * `live` does) and sets `required` on radios of a required question.
 */
class Choices extends Directive {
  private key: string | undefined;
  private inputs: HTMLInputElement[] = [];

  /**
   * Only a server calls this (`pakke-elements/ssr`; in a browser `update` does the work): the same
   * labels and inputs as markup, which `update` adopts when the element hydrates them.
   */
  render(kind: ChoiceKind, name: string, choices: readonly Choice[], selected: readonly string[], required: boolean): unknown {
    if (!isServer) return nothing;
    // Plain markup with every value escaped, not nested templates: their markers would not
    // match `update`'s DOM nodes when the browser hydrates them.
    const type = kind === 'checkbox' ? 'checkbox' : 'radio';
    const flags = (value: string) => `${selected.includes(value) ? ' checked' : ''}${required ? ' required' : ''}`;
    return unsafeHTML(
      choices
        .map(([value, text]) => {
          const input = `<input type="${type}" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${flags(value)}>`;
          return kind === 'rating' ? `<label class="point">${input}${escapeHtml(text)}</label>` : `<label class="option">${input}<span>${escapeHtml(text)}</span></label>`;
        })
        .join(''),
    );
  }

  override update(part: ChildPart, [kind, name, choices, selected, required]: [ChoiceKind, string, readonly Choice[], readonly string[], boolean]): unknown {
    const key = `${kind}\u0000${choices.map(([v, t]) => `${v}\u0001${t}`).join('\u0000')}`;
    if (this.key === undefined && isServerRendered(part)) {
      // Hydrating a server render: its labels and inputs are this part's nodes, kept as they are.
      this.key = key;
      this.inputs = serverInputs(part);
    }
    if (key !== this.key) {
      this.key = key;
      for (const input of this.inputs) (input.parentNode as Element).remove();
      const doc = part.parentNode.ownerDocument!;
      this.inputs = choices.map(([value, text]) => {
        const label = doc.createElement('label');
        const input = doc.createElement('input');
        input.type = kind === 'checkbox' ? 'checkbox' : 'radio';
        input.value = value;
        label.append(input);
        if (kind === 'rating') {
          label.className = 'point';
          label.append(text);
        } else {
          label.className = 'option';
          const span = doc.createElement('span');
          span.textContent = text;
          label.append(span);
        }
        part.parentNode.insertBefore(label, part.endNode);
        return input;
      });
    }
    // Inputs are reused across pages (another question in the same place). Uncheck first, then
    // rename, then check: a radio still checked from the other question, renamed into this
    // group, would uncheck the one just checked in it (the browser keeps one per group), and
    // the reader would see an answer gone that the form still holds.
    for (const input of this.inputs) if (input.checked && !selected.includes(input.value)) input.checked = false;
    for (const input of this.inputs) {
      if (input.name !== name) input.name = name;
      if (input.required !== required) input.required = required;
    }
    for (const input of this.inputs) if (!input.checked && selected.includes(input.value)) input.checked = true;
    return noChange;
  }
}
export const choices = directive(Choices);

/** Text or an attribute value as HTML (server rendering only). */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** True when `part` is being hydrated from `@lit-labs/ssr` markup (its start marker is the server's). */
function isServerRendered(part: ChildPart): boolean {
  const start = part.startNode;
  return start?.nodeType === 8 && (start as Comment).data.startsWith('lit-part');
}

/** The inputs a server rendered for one `choices` part: every option's, up to the part's closing marker. */
function serverInputs(part: ChildPart): HTMLInputElement[] {
  const inputs: HTMLInputElement[] = [];
  let depth = 0;
  for (let n = part.startNode!.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 8) {
      const data = (n as Comment).data;
      if (data.startsWith('lit-part')) depth++;
      else if (data === '/lit-part' && depth-- === 0) break;
    } else if (n.nodeType === 1) {
      const input = (n as Element).querySelector('input');
      if (input) inputs.push(input);
    }
  }
  return inputs;
}
