/**
 * custom-elements.json for IDEs, Storybook and docs. Project rules the analyzer cannot know:
 * elements are registered through `defineElement('tag', Class)` (safe double registration);
 * members starting with `_`, private and protected members are internal, not attributes or
 * API; each event's type comes from the element's event map in `src/events.ts`
 * (`PakkePathwayEventMap` for `<pakke-pathway>`, …). The output is sorted (modules by path,
 * everything inside by name) so two runs give the same bytes; `scripts/ide-data.ts` turns it
 * into VS Code and JetBrains custom-data files.
 */
const EVENT_MAPS = { 'pakke-pathway': 'PakkePathwayEventMap', 'pakke-decision-aid': 'PakkeDecisionAidEventMap', 'pakke-needs-assessment': 'PakkeNeedsAssessmentEventMap' };

const byName = (a, b) => String(a.name ?? '').localeCompare(String(b.name ?? ''), 'en');

function pakkePlugin() {
  const definitions = [];
  /** Event map name → { extends: [names], events: { 'pakke-x': 'CustomEvent<…>' } }. */
  const maps = {};
  const eventType = (map, name) => {
    const m = maps[map];
    if (!m) return undefined;
    return m.events[name] ?? m.extends.map((e) => eventType(e, name)).find(Boolean);
  };
  return {
    name: 'pakke-elements',
    analyzePhase({ ts, node }) {
      if (ts.isInterfaceDeclaration(node) && /^Pakke\w*EventMap$/.test(node.name.text)) {
        const entry = (maps[node.name.text] = { extends: [], events: {} });
        for (const h of node.heritageClauses ?? []) for (const t of h.types) entry.extends.push(t.expression.getText());
        for (const m of node.members) if (ts.isPropertySignature(m) && m.type && ts.isStringLiteral(m.name)) entry.events[m.name.text] = m.type.getText();
        return;
      }
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (tag && cls && ts.isStringLiteral(tag)) definitions.push({ tag: tag.text, className: cls.getText() });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const def = definitions.find((d) => d.className === decl.name);
          if (def) {
            decl.customElement = true;
            decl.tagName = def.tag;
            mod.exports = mod.exports ?? [];
            if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === def.tag)) {
              mod.exports.push({ kind: 'custom-element-definition', name: def.tag, declaration: { name: decl.name, module: mod.path } });
            }
          }
          decl.attributes = decl.attributes?.filter((a) => !a.name.startsWith('_'));
          decl.members = decl.members?.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected');
          // `this.emit(name, …)` in the base is not an event of its own.
          decl.events = decl.events?.filter((e) => e.name && e.name !== 'name');
          const map = EVENT_MAPS[decl.tagName];
          for (const e of decl.events ?? []) {
            const type = map && eventType(map, e.name);
            if (type) e.type = { text: type };
          }
          for (const key of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) decl[key]?.sort(byName);
        }
        mod.declarations?.sort(byName);
        mod.exports?.sort((a, b) => `${a.kind}:${a.name}`.localeCompare(`${b.kind}:${b.name}`, 'en'));
      }
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path, 'en'));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/cli/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [pakkePlugin()],
};
