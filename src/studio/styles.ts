/** The studio's own look: plain, high-contrast, keyboard focus always visible. */
export const studioStyles = `
pakke-studio { display: block; }
pakke-studio *:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
pakke-studio h1 { font-size: 1.25rem; margin: 0; }
pakke-studio h2 { font-size: 1.1rem; margin: .5rem 0; }
pakke-studio h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
pakke-studio h4 { font-size: .9rem; margin: .5rem 0 .25rem; text-transform: capitalize; }
.top { display: flex; gap: 1rem; align-items: center; padding: .5rem 1rem; background: #1b1b1f; color: #fff; }
.top .msg { margin: 0; }
.top .msg.error { background: #ffdad6; color: #410002; padding: .25rem .5rem; border-radius: 4px; }
.layout { display: grid; grid-template-columns: 17rem 1fr; min-height: calc(100vh - 3rem); }
.library { padding: .5rem 1rem; background: #fff; border-right: 1px solid #c4c6d0; overflow: auto; }
.library ul { list-style: none; padding: 0; margin: 0; }
.library li { margin-bottom: .4rem; }
.entry { width: 100%; text-align: left; display: flex; justify-content: space-between; gap: .5rem; }
.entry.current { background: #d3e3fd; }
.meta { font-size: .8rem; color: #44474e; }
.overdue { color: #8c1d18; font-weight: bold; }
.new { display: grid; gap: .35rem; padding: .5rem; border: 1px solid #c4c6d0; border-radius: 6px; }
.new label { display: grid; }
.new input, .new select { min-width: 0; width: 100%; box-sizing: border-box; }
main { padding: .5rem 1rem; min-width: 0; }
button { font: inherit; padding: .3rem .7rem; border: 1px solid #74777f; border-radius: 4px; background: #fff; color: #1b1b1f; cursor: pointer; }
button[disabled] { opacity: .55; cursor: default; }
button[aria-selected="true"] { background: #1b1b1f; color: #fff; }
button.link { border: 0; padding: 0 .2rem; overflow-wrap: anywhere; word-break: break-all; text-align: start; background: none; color: #0b57d0; text-decoration: underline; font-family: ui-monospace, monospace; font-size: .85rem; }
input, select, textarea { font: inherit; padding: .25rem .4rem; border: 1px solid #74777f; border-radius: 4px; background: #fff; color: #1b1b1f; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
.work { display: grid; grid-template-columns: minmax(20rem, 1fr) minmax(20rem, 1fr); grid-template-areas: "edit preview" "checks checks"; gap: 1rem; }
.edit { grid-area: edit; min-width: 0; }
.preview { grid-area: preview; min-width: 0; }
.checks { grid-area: checks; background: #fff; border: 1px solid #c4c6d0; border-radius: 6px; padding: .5rem 1rem; }
.outline details { border-left: 2px solid #c4c6d0; margin: .25rem 0; padding-left: .5rem; }
.outline summary { cursor: pointer; font-weight: 600; padding: .15rem 0; }
.outline fieldset { border: 1px solid #c4c6d0; border-radius: 4px; margin: .35rem 0; }
.outline legend { font-weight: 600; font-size: .9rem; }
.outline .locales { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .5rem; }
.outline .locales label { display: grid; gap: .15rem; font-size: .85rem; }
.outline .locales label.missing textarea { border: 2px dashed #8c1d18; }
.outline textarea { width: 100%; box-sizing: border-box; resize: vertical; }
.outline .field { display: grid; gap: .15rem; margin: .3rem 0; font-size: .9rem; }
.outline .field.check, .outline label.check { display: inline-flex; gap: .3rem; margin-right: .75rem; }
.outline ol.list { padding-left: 1.2rem; }
.row-tools { display: flex; gap: .3rem; margin: .2rem 0 .6rem; }
.row-tools button { font-size: .8rem; padding: .1rem .4rem; }
.lang { font-family: ui-monospace, monospace; background: #e1e2ec; padding: 0 .25rem; border-radius: 3px; font-size: .8rem; }
.muted { color: #44474e; }
.bad, .missing .sev, .error .sev { color: #8c1d18; font-weight: bold; }
.warning .sev { color: #6d4c00; font-weight: bold; }
.met .sev { color: #146c2e; font-weight: bold; }
.summary.good { color: #146c2e; font-weight: bold; }
.summary.bad { color: #8c1d18; font-weight: bold; }
.issues li, .ipdas li { margin: .2rem 0; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: .5rem; font-size: .9rem; }
.controls label { display: grid; }
.frame { max-width: 100%; overflow: auto; border: 1px solid #c4c6d0; background: #fff; padding: .5rem; box-sizing: border-box; resize: horizontal; }
.stale { background: #fff8e1; border-left: 4px solid #6d4c00; padding: .25rem .5rem; }
.conflict { background: #ffdad6; color: #410002; padding: .5rem; border-radius: 4px; margin: .5rem 0; }
studio-json-editor { display: block; border: 1px solid #c4c6d0; background: #fff; max-height: 75vh; overflow: auto; }
studio-json-editor .cm-editor { min-height: 20rem; }
dialog { max-width: 50rem; width: calc(100% - 2rem); border: 1px solid #74777f; border-radius: 8px; }
dialog form { display: grid; gap: .5rem; }
dialog label { display: grid; }
.diff { max-height: 40vh; overflow: auto; font-size: .9rem; }
del { background: #ffdad6; } ins { background: #c4eed0; text-decoration: none; }
@media (max-width: 70rem) { .layout { grid-template-columns: minmax(0, 1fr); } .work { grid-template-columns: minmax(0, 1fr); grid-template-areas: "edit" "preview" "checks"; } }
/* Narrow windows (down to 320 px): everything stacks, nothing wider than the window. */
@media (max-width: 30rem) { main, .library { padding: .5rem; } .outline .locales { grid-template-columns: minmax(0, 1fr); } .outline input, .outline select { max-width: 100%; box-sizing: border-box; } }
`;
