/**
 * custom-elements.json for IDEs, Storybook and docs. Two project rules the analyzer cannot know:
 * elements are registered through `defineElement('tag', Class)` (safe double registration), and
 * members starting with `_` are internal state, not attributes or API.
 */
function pakkePlugin() {
  const definitions = [];
  return {
    name: 'pakke-elements',
    analyzePhase({ ts, node }) {
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
          decl.members = decl.members?.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private');
          // `this.emit(name, …)` in the base is not an event of its own.
          decl.events = decl.events?.filter((e) => e.name && e.name !== 'name');
        }
      }
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
