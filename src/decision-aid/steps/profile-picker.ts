/**
 * The group (profile) picker, shown on the decision and outcomes steps when the bundle has a `profilePrompt`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DecisionAidBundle } from '../../bundle/kinds/decision-aid.js';
import type { StepHost } from './host.js';


export function renderProfilePicker(v: StepHost, b: DecisionAidBundle): unknown {
  if (!b.profilePrompt || !b.profiles?.length) return nothing;
  const active = v.profileId(b) ?? '';
  const p = b.profiles.find((x) => x.id === active);
  return html`<div class="profile-picker no-print" part="profile-picker">
    <label for="profile-select">${v.t(b.profilePrompt)}</label>
    <select
      id="profile-select"
      .value=${active}
      @change=${(e: Event) => {
        v.setProfile((e.target as HTMLSelectElement).value || null);
      }}
    >
      <option value="" ?selected=${!active}>${msg('Vælg …')}</option>
      ${b.profiles.map((x) => html`<option value=${x.id} ?selected=${x.id === active}>${v.t(x.label)}</option>`)}
    </select>
    ${p?.description ? html`<p class="profile-description">${v.t(p.description)}</p>` : nothing}
  </div>`;
}
