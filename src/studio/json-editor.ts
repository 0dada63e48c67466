/**
 * The JSON view: CodeMirror 6 on the same document as the outline, with the project's validator
 * (the checks the server runs, `pakke validate`'s rules) as lint, placed at each issue's JSON path.
 * JSON Schema hovers and completion come from the generated schemas (./json-assist.ts).
 * Undo and redo are the studio's (one history for both views), bound to Mod-z / Mod-Shift-z / Mod-y.
 */
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, indentOnInput, syntaxHighlighting, defaultHighlightStyle, syntaxTree } from '@codemirror/language';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import type { LintIssue } from '../bundle/lint.js';
import { parsePath, type Seg } from './paths.js';
import { jsonSchemaAssist } from './json-assist.js';

/** The span of the value at `segs` in the JSON text (or of the deepest part of it that exists). */
export function locate(state: EditorState, segs: readonly Seg[]): { from: number; to: number } {
  let node: SyntaxNode | null = syntaxTree(state).topNode.firstChild;
  const text = (n: SyntaxNode) => state.doc.sliceString(n.from, n.to);
  for (const s of segs) {
    if (!node) break;
    let next: SyntaxNode | null = null;
    if (node.name === 'Object' && typeof s === 'string') {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.name !== 'Property') continue;
        const name = c.firstChild;
        try {
          if (name && JSON.parse(text(name)) === s) next = c.lastChild;
        } catch {
          /* half-typed key */
        }
      }
    } else if (node.name === 'Array' && typeof s === 'number') {
      let i = 0;
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.name === '[' || c.name === ']' || c.name === ',' || c.type.isError) continue;
        if (i++ === s) next = c;
      }
    }
    if (!next) break;
    node = next;
  }
  return node ? { from: node.from, to: Math.min(node.to, node.from + 2000) } : { from: 0, to: 0 };
}

export function toDiagnostics(state: EditorState, issues: readonly LintIssue[]): Diagnostic[] {
  return issues.map((i) => {
    const { from, to } = locate(state, parsePath(i.path));
    return { from, to, severity: i.severity, message: `${i.path}: ${i.message}`, source: 'pakke validate' };
  });
}

export class StudioJsonEditor extends HTMLElement {
  view?: EditorView;
  private applying = false;
  private issues: readonly LintIssue[] = [];

  connectedCallback() {
    if (this.view) return;
    this.view = new EditorView({
      parent: this,
      state: this.stateFor(''),
    });
  }

  private stateFor(doc: string): EditorState {
    const fire = (name: string) => () => {
      this.dispatchEvent(new CustomEvent(name, { bubbles: true }));
      return true;
    };
    return EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        foldGutter(),
        highlightActiveLine(),
        bracketMatching(),
        indentOnInput(),
        syntaxHighlighting(defaultHighlightStyle),
        json(),
        EditorView.lineWrapping,
        jsonSchemaAssist(),
        linter((view) => [...jsonParseLinter()(view), ...toDiagnostics(view.state, this.issues)], { delay: 200 }),
        lintGutter(),
        keymap.of([{ key: 'Mod-z', run: fire('doc-undo') }, { key: 'Mod-Shift-z', run: fire('doc-redo') }, { key: 'Mod-y', run: fire('doc-redo') }, ...defaultKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ 'aria-label': 'Bundle JSON', 'aria-multiline': 'true', tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !this.applying) this.dispatchEvent(new CustomEvent('json-input', { detail: u.state.doc.toString(), bubbles: true }));
        }),
      ],
    });
  }

  /** Shows `text` (keeping the cursor where it can) unless it is what the editor already has. */
  setText(text: string, readOnly: boolean) {
    const view = this.view;
    if (!view) return;
    view.contentDOM.setAttribute('aria-readonly', String(readOnly));
    if (view.state.doc.toString() !== text) {
      this.applying = true;
      const doc: Text = view.state.doc;
      view.dispatch({ changes: { from: 0, to: doc.length, insert: text }, selection: { anchor: Math.min(view.state.selection.main.anchor, text.length) } });
      this.applying = false;
    }
    view.contentDOM.contentEditable = readOnly ? 'false' : 'true';
    this.setIssues(this.issues);
  }

  setIssues(issues: readonly LintIssue[]) {
    this.issues = issues;
    if (this.view) forceLinting(this.view);
  }

  /** Moves the cursor to the value at `path` and focuses the editor. */
  reveal(path: string) {
    const view = this.view;
    if (!view) return;
    const { from, to } = locate(view.state, parsePath(path));
    view.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
    view.focus();
  }
}

customElements.define('studio-json-editor', StudioJsonEditor);
