// The narrative editor: TipTap on ProseMirror over the narrative schema (schema.ts), mapped to and from
// the stored RichDoc (model.ts). Every change, citations included, is one step of undo and redo. A paste
// keeps headings, bold, italic, links and lists and drops the rest (paste.ts, then the schema). The
// toolbar, the keys and the Formatting menu come from one list of actions (actions.ts). The editor is
// uncontrolled once mounted: the parent passes the starting document and gets every change; another
// document is put in through the handle (replace), with the caret kept near its place.
import { EditorContent, Extension, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { EvidenceRow } from '../../shared/entities';
import { countWords, type RichDoc } from '../../shared/richtext';
import { bridge } from '../data/bridge';
import { EDITOR_ACTIONS, runIfOffered, type EditorAction, type EditorHost } from './actions';
import { EVIDENCE_CITATION, INDICATOR_CITATION } from './citations';
import { EvidencePicker } from './EvidencePicker';
import { registerEditor } from './focused';
import { IndicatorPicker } from './IndicatorPicker';
import { LinkDialog, type LinkRequest } from './LinkDialog';
import { fromEditor, toEditor } from './model';
import { replaceDocument } from './replace';
import { tidyPastedHtml } from './paste';
import { narrativeExtensions } from './schema';
import { Toolbar } from './Toolbar';

export interface RichTextEditorProps {
  /** The id of the visible heading or label that names this editor. */
  labelledBy: string;
  /** Used in the toolbar's name: "Formatting for How do you know it?". */
  label: string;
  describedBy?: string;
  initialDoc: RichDoc;
  readOnly?: boolean;
  /** Needed to cite evidence; without it citing is not offered. */
  packId?: string;
  onChange(doc: RichDoc): void;
  onBlur?(): void;
  /** Called after a citation is inserted, for example to link the evidence to the area. */
  onCited?(row: EvidenceRow): void;
  /** Evidence already linked, marked in the picker. */
  linkedEvidenceIds?: ReadonlySet<string>;
  /** Words under the editor, such as the save state. */
  status?: React.ReactNode;
  /** For the parent to put another document in (someone else's text, the combined one). */
  handle?: Ref<RichTextHandle>;
}

export interface RichTextHandle {
  /**
   * Puts `doc` in the editor in place of its text, the caret kept as near its place as the change allows,
   * with a fresh undo history: undo cannot reach back into the text it replaced. Not reported as a change.
   */
  replace(doc: RichDoc): void;
  focus(): void;
}

/** The actions' keys, bound to the same actions the toolbar runs (ahead of the extensions' own). */
function actionKeys(actions: readonly EditorAction[], host: { current: EditorHost }) {
  return Extension.create({
    name: 'narrativeActionKeys',
    priority: 1000,
    addKeyboardShortcuts() {
      const keys: Record<string, () => boolean> = {
        // A narrative has paragraphs, not line breaks inside them.
        'Shift-Enter': () => this.editor.commands.splitBlock(),
      };
      for (const action of actions)
        for (const key of action.keys)
          keys[key] = () => runIfOffered(action, this.editor, host.current);
      return keys;
    },
  });
}

export function RichTextEditor(props: RichTextEditorProps) {
  const { labelledBy, label, describedBy, initialDoc, readOnly = false, packId, onChange, onBlur, onCited, linkedEvidenceIds, status, handle } =
    props;
  const editorId = useId();
  const [words, setWords] = useState(() => countWords(initialDoc));
  const [linkRequest, setLinkRequest] = useState<LinkRequest | null>(null);
  const [picking, setPicking] = useState(false);
  const [pickingIndicator, setPickingIndicator] = useState(false);
  /** Work to do once a dialog has closed: the page outside a modal dialog cannot take the caret. */
  const afterClose = useRef<(() => void) | null>(null);
  const lastJson = useRef(JSON.stringify(initialDoc));
  const callbacks = useRef({ onChange, onBlur });
  callbacks.current = { onChange, onBlur };

  const host = useRef<EditorHost>({ askForLink: () => undefined });
  const editorRef = useRef<Editor | null>(null);
  host.current = {
    askForLink: () => {
      const editor = editorRef.current;
      if (!editor) return;
      setLinkRequest({
        href: (editor.getAttributes('link').href as string | undefined) ?? '',
        hasSelection: !editor.state.selection.empty,
        editing: editor.isActive('link'),
      });
    },
    ...(packId ? { askForCitation: () => setPicking(true), askForIndicator: () => setPickingIndicator(true) } : {}),
  };

  const extensions = useMemo(() => [...narrativeExtensions(), actionKeys(EDITOR_ACTIONS, host)], []);

  const editor = useEditor({
    extensions,
    // The Content Security Policy forbids injected <style>; the editor's CSS is in styles/app.css.
    injectCSS: false,
    enableInputRules: false,
    enablePasteRules: false,
    editable: !readOnly,
    content: toEditor(initialDoc),
    editorProps: {
      attributes: editorAttributes({ editorId, labelledBy, describedBy, readOnly }),
      transformPastedHTML: tidyPastedHtml,
      handleDOMEvents: {
        // Links open in the browser (https only) from a read-only narrative, or with Ctrl held while editing.
        click: (view, event) => {
          const anchor = (event.target as Element | null)?.closest?.('a');
          if (!anchor) return false;
          event.preventDefault();
          if (view.editable && !(event.ctrlKey || event.metaKey)) return false;
          const href = anchor.getAttribute('href') ?? '';
          if (/^https:\/\//i.test(href))
            void bridge()
              .openExternal(href)
              .catch(() => undefined);
          return true;
        },
      },
    },
    onUpdate: ({ editor: e }) => {
      const doc = fromEditor(e.getJSON());
      const json = JSON.stringify(doc);
      if (json === lastJson.current) return;
      lastJson.current = json;
      setWords(countWords(doc));
      callbacks.current.onChange(doc);
    },
    onBlur: () => callbacks.current.onBlur?.(),
  });
  editorRef.current = editor;

  useImperativeHandle(
    handle,
    () => ({
      replace: (doc) => {
        replaceDocument(editor, toEditor(doc));
        const now = fromEditor(editor.getJSON());
        lastJson.current = JSON.stringify(now);
        setWords(countWords(now));
      },
      focus: () => editor.commands.focus(),
    }),
    [editor],
  );

  useEffect(() => {
    editor.setEditable(!readOnly);
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: editorAttributes({ editorId, labelledBy, describedBy, readOnly }) } });
  }, [editor, readOnly, editorId, labelledBy, describedBy]);

  // The native Format menu reaches this editor while it has the caret (focused.ts).
  useEffect(
    () =>
      registerEditor({
        holds: (element) => editor.view.dom.contains(element),
        run: (actionId) => {
          const action = EDITOR_ACTIONS.find((a) => a.id === actionId);
          if (action) runIfOffered(action, editor, host.current);
        },
      }),
    [editor],
  );

  useEffect(() => {
    if (linkRequest || picking || pickingIndicator || !afterClose.current) return;
    const work = afterClose.current;
    afterClose.current = null;
    work();
  }, [linkRequest, picking, pickingIndicator]);

  const insertLink = useCallback(
    (href: string, text: string) => {
      const chain = editor.chain().focus();
      if (editor.isActive('link') || !editor.state.selection.empty) chain.extendMarkRange('link').setLink({ href }).run();
      else chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run();
    },
    [editor],
  );

  const insertCitation = useCallback(
    (row: EvidenceRow) => {
      editor
        .chain()
        .focus()
        .insertContent([
          { type: EVIDENCE_CITATION.node, attrs: { evidenceId: row.id } },
          { type: 'text', text: ' ' },
        ])
        .run();
      onCited?.(row);
    },
    [editor, onCited],
  );

  const insertIndicator = useCallback(
    (indicatorId: string, period: string | null) => {
      editor
        .chain()
        .focus()
        .insertContent([
          { type: INDICATOR_CITATION.node, attrs: { indicatorId, period } },
          { type: 'text', text: ' ' },
        ])
        .run();
    },
    [editor],
  );

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(
        EDITOR_ACTIONS.map((a) => [a.id, { on: a.isActive?.(e) ?? null, can: a.canRun ? a.canRun(e) : true }]),
      ) as Record<string, { on: boolean | null; can: boolean }>,
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  return (
    <div className={`rt${readOnly ? ' rt--readonly' : ''}`}>
      {!readOnly && (
        <Toolbar
          label={label}
          controls={editorId}
          actions={EDITOR_ACTIONS.filter((a) => !a.available || a.available(host.current))}
          state={active}
          run={(action) => action.run(editor, host.current)}
        />
      )}
      <EditorContent editor={editor} />
      <div className="rt__foot">
        <span>
          {words} {words === 1 ? 'word' : 'words'}
        </span>
        {status}
      </div>
      {!readOnly && (
        <>
          <LinkDialog
            request={linkRequest}
            onInsert={(href, text) => {
              afterClose.current = () => insertLink(href, text);
              setLinkRequest(null);
            }}
            onRemove={() => {
              afterClose.current = () => editor.chain().focus().extendMarkRange('link').unsetLink().run();
              setLinkRequest(null);
            }}
            onClose={() => {
              afterClose.current = () => editor.commands.focus();
              setLinkRequest(null);
            }}
          />
          {packId && (
            <EvidencePicker
              open={picking}
              title="Cite evidence"
              confirmLabel="Cite evidence"
              packId={packId}
              markedIds={linkedEvidenceIds}
              markedLabel="Linked to this area"
              onPick={(row) => {
                afterClose.current = () => insertCitation(row);
                setPicking(false);
              }}
              onClose={() => {
                afterClose.current ??= () => editor.commands.focus();
                setPicking(false);
              }}
            />
          )}
          {packId && (
            <IndicatorPicker
              open={pickingIndicator}
              packId={packId}
              onPick={(indicatorId, period) => {
                afterClose.current = () => insertIndicator(indicatorId, period);
                setPickingIndicator(false);
              }}
              onClose={() => {
                afterClose.current ??= () => editor.commands.focus();
                setPickingIndicator(false);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

function editorAttributes({
  editorId,
  labelledBy,
  describedBy,
  readOnly,
}: {
  editorId: string;
  labelledBy: string;
  describedBy?: string;
  readOnly: boolean;
}): Record<string, string> {
  return {
    id: editorId,
    class: 'rt__content',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelledBy,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(readOnly ? { 'aria-readonly': 'true' } : {}),
    lang: 'en-GB',
    spellcheck: 'true',
    tabindex: '0',
  };
}
