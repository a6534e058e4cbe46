// <edu-code-editor>: a code editor (CodeMirror 6, MIT) for every view of the shell; Java side:
// kz.digitaledu.platform.web.CodeEditor. Properties: value, language (python, cpp, java, pascal; anything else is
// plain text), readonly, label (accessible name). Fires "value-changed" (Flow synchronises "value" on it), at most
// every 300 ms while typing and at once when the editor loses focus, so a click on a button sends the latest text.
import { LitElement, css } from 'lit';
import { Compartment, EditorState, Extension, StateEffect } from '@codemirror/state';
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  StreamLanguage, bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting,
} from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { cpp } from '@codemirror/lang-cpp';
import { java } from '@codemirror/lang-java';
import { pascal } from '@codemirror/legacy-modes/mode/pascal';

const languages: Record<string, () => Extension> = {
  python: () => python(),
  cpp: () => cpp(),
  java: () => java(),
  pascal: () => StreamLanguage.define(pascal),
};

class EduCodeEditor extends LitElement {
  static get properties() {
    return {
      language: { type: String },
      readonly: { type: Boolean, reflect: true },
      label: { type: String },
    };
  }

  static get styles() {
    return css`
      :host {
        display: block;
        height: 20em;
        border: 1px solid var(--lumo-contrast-20pct, #ccc);
        border-radius: var(--lumo-border-radius-m, 4px);
        overflow: hidden;
        font-size: var(--lumo-font-size-s, 14px);
      }
      :host([readonly]) {
        background: var(--lumo-contrast-5pct, #f5f5f5);
      }
      .cm-editor { height: 100%; }
      .cm-editor.cm-focused { outline: 2px solid var(--lumo-primary-color-50pct, #90b4f0); }
      .cm-scroller { font-family: var(--edu-code-font, ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace); }
    `;
  }

  language = '';
  readonly = false;
  label = '';
  private view?: EditorView;
  private pending = '';
  private timer?: number;
  private readonly languageConf = new Compartment();
  private readonly readonlyConf = new Compartment();
  private readonly labelConf = new Compartment();

  /** The text; Flow sets and reads it as the "value" property. */
  get value(): string {
    return this.view ? this.view.state.doc.toString() : this.pending;
  }

  set value(text: string) {
    const next = text == null ? '' : String(text);
    if (!this.view) {
      this.pending = next;
      return;
    }
    if (next !== this.view.state.doc.toString()) {
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: next } });
    }
  }

  firstUpdated() {
    this.view = new EditorView({
      root: this.shadowRoot!,
      parent: this.shadowRoot!,
      state: EditorState.create({
        doc: this.pending,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          history(),
          drawSelection(),
          indentOnInput(),
          indentUnit.of('    '),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          this.languageConf.of(this.languageExtension()),
          this.readonlyConf.of(this.readonlyExtension()),
          this.labelConf.of(this.labelExtension()),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              this.scheduleChange();
            }
          }),
          EditorView.domEventHandlers({ blur: () => { this.flush(); } }),
        ],
      }),
    });
  }

  updated(changed: Map<string, unknown>) {
    if (!this.view) {
      return;
    }
    const effects: StateEffect<unknown>[] = [];
    if (changed.has('language')) effects.push(this.languageConf.reconfigure(this.languageExtension()));
    if (changed.has('readonly')) effects.push(this.readonlyConf.reconfigure(this.readonlyExtension()));
    if (changed.has('label')) effects.push(this.labelConf.reconfigure(this.labelExtension()));
    if (effects.length) this.view.dispatch({ effects });
  }

  disconnectedCallback() {
    this.flush();
    super.disconnectedCallback();
  }

  /** Puts the keyboard focus into the text. */
  focus() {
    this.view?.focus();
  }

  private languageExtension(): Extension {
    const make = languages[(this.language || '').toLowerCase()];
    return make ? make() : [];
  }

  private readonlyExtension(): Extension {
    return [EditorState.readOnly.of(this.readonly), EditorView.editable.of(!this.readonly)];
  }

  private labelExtension(): Extension {
    return EditorView.contentAttributes.of({ 'aria-label': this.label || '' });
  }

  private scheduleChange() {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.flush(), 300);
  }

  private flush() {
    if (this.timer === undefined) return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this.value } }));
  }
}

if (!customElements.get('edu-code-editor')) {
  customElements.define('edu-code-editor', EduCodeEditor);
}
