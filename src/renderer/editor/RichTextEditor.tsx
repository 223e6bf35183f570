// The narrative editor, without a library: a contentEditable region that maps to and from the RichDoc
// model (richDom.ts), a toolbar that follows the ARIA toolbar pattern (one tab stop, arrow keys between
// buttons), Ctrl+B / Ctrl+I / Ctrl+K shortcuts, paste as plain text, inline citations of evidence as
// chips that cannot be edited, and a word count. The editor is uncontrolled once mounted: the parent
// passes the starting document and gets every change; give it a new key to load another document.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { countWords, citedEvidenceIds, type RichDoc } from '../../shared/richtext';
import type { EvidenceRow } from '../../shared/entities';
import { bridge } from '../data/bridge';
import { useCitationLabels } from './citationLabels';
import { EvidencePicker } from './EvidencePicker';
import { LinkDialog, type LinkRequest } from './LinkDialog';
import { citationChip, HEADING_TAG, parseDom, relabelCitations, renderDoc, type CitationInfo } from './richDom';

export interface RichTextEditorProps {
  /** The id of the visible heading or label that names this editor. */
  labelledBy: string;
  /** Used in the toolbar's name: "Formatting for How do you know it?". */
  label: string;
  describedBy?: string;
  initialDoc: RichDoc;
  readOnly?: boolean;
  /** Needed to cite evidence; without it the Cite button is not shown. */
  packId?: string;
  onChange(doc: RichDoc): void;
  onBlur?(): void;
  /** Called after a citation is inserted, for example to link the evidence to the area. */
  onCited?(row: EvidenceRow): void;
  /** Evidence already linked, marked in the picker. */
  linkedEvidenceIds?: ReadonlySet<string>;
  /** Words under the editor, such as the save state. */
  status?: React.ReactNode;
}

interface FormatState {
  bold: boolean;
  italic: boolean;
  block: 'p' | 'h1' | 'h2' | 'h3';
  bullets: boolean;
  numbers: boolean;
  link: boolean;
}

const NO_FORMAT: FormatState = { bold: false, italic: false, block: 'p', bullets: false, numbers: false, link: false };

export function RichTextEditor(props: RichTextEditorProps) {
  const {
    labelledBy,
    label,
    describedBy,
    initialDoc,
    readOnly = false,
    packId,
    onChange,
    onBlur,
    onCited,
    linkedEvidenceIds,
    status,
  } = props;
  const editorId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const savedRange = useRef<Range | null>(null);
  const lastJson = useRef(JSON.stringify(initialDoc));
  const [words, setWords] = useState(() => countWords(initialDoc));
  const [format, setFormat] = useState<FormatState>(NO_FORMAT);
  const [linkRequest, setLinkRequest] = useState<LinkRequest | null>(null);
  const [picking, setPicking] = useState(false);
  /** Work to do once a dialog has closed: the page outside a modal dialog cannot take the caret. */
  const afterClose = useRef<(() => void) | null>(null);
  const [citedIds, setCitedIds] = useState(() => citedEvidenceIds(initialDoc));
  const labels = useCitationLabels(citedIds);
  /** Items cited just now are labelled from the picker's row until their own answer arrives. */
  const justCited = useRef<Record<string, CitationInfo>>({});
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const lookup = useCallback(
    (id: string): CitationInfo | undefined => labelsRef.current[id] ?? justCited.current[id],
    [],
  );

  // Render the starting document once; after that the DOM is the source and the model is derived from it.
  useLayoutEffect(() => {
    if (ref.current) renderDoc(ref.current, initialDoc, lookup);
  }, []);

  useEffect(() => {
    if (ref.current) relabelCitations(ref.current, lookup);
  }, [labels, lookup]);

  const emit = useCallback(() => {
    const root = ref.current;
    if (!root) return;
    const doc = parseDom(root);
    const json = JSON.stringify(doc);
    if (json === lastJson.current) return;
    lastJson.current = json;
    setWords(countWords(doc));
    onChange(doc);
  }, [onChange]);

  // ---- selection

  const selectionInEditor = useCallback((): Range | null => {
    const root = ref.current;
    const sel = window.getSelection();
    if (!root || !sel || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    return root.contains(range.commonAncestorContainer) ? range : null;
  }, []);

  const refreshFormat = useCallback(() => {
    const range = selectionInEditor();
    if (!range) return;
    savedRange.current = range.cloneRange();
    const root = ref.current!;
    let node: Node | null = range.startContainer;
    let block: FormatState['block'] = 'p';
    let link = false;
    let bullets = false;
    let numbers = false;
    while (node && node !== root) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const tag = (node as Element).tagName;
        // Walking outwards, so the outermost list wins, as it does in the saved document.
        if (/^H[1-4]$/.test(tag)) block = 'h1';
        if (tag === 'H5') block = 'h2';
        if (tag === 'H6') block = 'h3';
        if (tag === 'A') link = true;
        if (tag === 'UL') [bullets, numbers] = [true, false];
        if (tag === 'OL') [bullets, numbers] = [false, true];
      }
      node = node.parentNode;
    }
    setFormat({
      bold: document.queryCommandState('bold'),
      italic: document.queryCommandState('italic'),
      block,
      bullets,
      numbers,
      link,
    });
  }, [selectionInEditor]);

  useEffect(() => {
    if (readOnly) return;
    const onSelection = () => {
      if (document.activeElement === ref.current) refreshFormat();
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [readOnly, refreshFormat]);

  const restoreSelection = useCallback(() => {
    const root = ref.current;
    if (!root) return;
    root.focus({ preventScroll: true });
    const sel = window.getSelection();
    const range = savedRange.current;
    if (sel && range && root.contains(range.commonAncestorContainer)) {
      sel.removeAllRanges();
      sel.addRange(range);
    } else if (sel && !selectionInEditor()) {
      // Nowhere saved: put the caret at the end.
      const end = document.createRange();
      end.selectNodeContents(root);
      end.collapse(false);
      sel.removeAllRanges();
      sel.addRange(end);
    }
  }, [selectionInEditor]);

  const exec = useCallback(
    (command: string, value?: string) => {
      restoreSelection();
      document.execCommand('styleWithCSS', false, 'false');
      document.execCommand('defaultParagraphSeparator', false, 'p');
      document.execCommand(command, false, value);
      emit();
      refreshFormat();
    },
    [emit, refreshFormat, restoreSelection],
  );

  const setBlock = useCallback(
    (level: 1 | 2 | 3) => {
      const current = format.block === `h${level}`;
      exec('formatBlock', current ? 'p' : HEADING_TAG[level]);
    },
    [exec, format.block],
  );

  // ---- links

  const anchorAtSelection = useCallback((): HTMLAnchorElement | null => {
    const range = savedRange.current ?? selectionInEditor();
    const root = ref.current;
    let node: Node | null = range?.startContainer ?? null;
    while (node && node !== root) {
      if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'A') return node as HTMLAnchorElement;
      node = node.parentNode;
    }
    return null;
  }, [selectionInEditor]);

  const askForLink = useCallback(() => {
    const range = selectionInEditor() ?? savedRange.current;
    if (range) savedRange.current = range.cloneRange();
    const anchor = anchorAtSelection();
    setLinkRequest({
      href: anchor?.getAttribute('href') ?? '',
      hasSelection: !!range && !range.collapsed,
      editing: !!anchor,
    });
  }, [anchorAtSelection, selectionInEditor]);

  const insertLink = useCallback(
    (href: string, text: string) => {
      const anchor = anchorAtSelection();
      if (anchor) {
        const range = document.createRange();
        range.selectNodeContents(anchor);
        savedRange.current = range;
        exec('createLink', href);
        return;
      }
      const range = savedRange.current;
      if (range && !range.collapsed) {
        exec('createLink', href);
        return;
      }
      // Type the words, select them and make them the link. (insertHTML would add inline styles, which
      // the Content Security Policy refuses.)
      restoreSelection();
      document.execCommand('insertText', false, text);
      const sel = window.getSelection();
      const caret = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
      const node = caret?.endContainer;
      if (caret && node?.nodeType === Node.TEXT_NODE && caret.endOffset >= text.length) {
        const words = document.createRange();
        words.setStart(node, caret.endOffset - text.length);
        words.setEnd(node, caret.endOffset);
        if (words.toString() === text) {
          sel!.removeAllRanges();
          sel!.addRange(words);
          document.execCommand('createLink', false, href);
          sel!.collapseToEnd();
        }
      }
      emit();
      refreshFormat();
    },
    [anchorAtSelection, emit, exec, refreshFormat, restoreSelection],
  );

  const removeLink = useCallback(() => {
    const anchor = anchorAtSelection();
    if (!anchor) return;
    const range = document.createRange();
    range.selectNodeContents(anchor);
    savedRange.current = range;
    exec('unlink');
  }, [anchorAtSelection, exec]);

  // ---- citations

  const askForCitation = useCallback(() => {
    const range = selectionInEditor();
    if (range) savedRange.current = range.cloneRange();
    setPicking(true);
  }, [selectionInEditor]);

  const insertCitation = useCallback(
    (row: EvidenceRow) => {
      justCited.current[row.id] = { reference: row.reference, title: row.title };
      setCitedIds((ids) => (ids.includes(row.id) ? ids : [...ids, row.id]));
      const chip = citationChip(row.id, { reference: row.reference, title: row.title });
      restoreSelection();
      const range = selectionInEditor();
      if (range) {
        // Replace any selected text with the chip and put the caret just after it, then a space.
        range.deleteContents();
        range.insertNode(chip);
        const after = document.createRange();
        after.setStartAfter(chip);
        after.collapse(true);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(after);
        savedRange.current = after.cloneRange();
        document.execCommand('insertText', false, ' ');
      } else {
        ref.current?.append(chip);
      }
      emit();
      onCited?.(row);
    },
    [emit, onCited, restoreSelection, selectionInEditor],
  );

  useEffect(() => {
    if (linkRequest || picking || !afterClose.current) return;
    const work = afterClose.current;
    afterClose.current = null;
    work();
  }, [linkRequest, picking]);

  // ---- keyboard, paste and drop

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey) {
        const key = e.key.toLowerCase();
        if (key === 'b' && !e.shiftKey) {
          e.preventDefault();
          exec('bold');
        } else if (key === 'i' && !e.shiftKey) {
          e.preventDefault();
          exec('italic');
        } else if (key === 'u') {
          // Underline is not part of a narrative (Word keeps it for links), so it is not offered.
          e.preventDefault();
        } else if (key === 'k') {
          e.preventDefault();
          askForLink();
        } else if (e.shiftKey && (e.code === 'Digit7' || key === '&')) {
          e.preventDefault();
          exec('insertOrderedList');
        } else if (e.shiftKey && (e.code === 'Digit8' || key === '*')) {
          e.preventDefault();
          exec('insertUnorderedList');
        }
      }
      if (e.key === 'Enter' && e.shiftKey) {
        // A narrative has paragraphs, not line breaks inside them.
        e.preventDefault();
        exec('insertParagraph');
      }
    },
    [askForLink, exec],
  );

  const onPaste = useCallback(
    (e: React.ClipboardEvent<HTMLDivElement>) => {
      e.preventDefault();
      const text = e.clipboardData.getData('text/plain');
      if (text) exec('insertText', text.replace(/\r\n?/g, '\n'));
    },
    [exec],
  );

  const onDrop = useCallback(
    (e: React.DragEvent<HTMLDivElement>) => {
      e.preventDefault();
      const text = e.dataTransfer.getData('text/plain');
      if (!text) return;
      const caret = document.caretRangeFromPoint?.(e.clientX, e.clientY);
      if (caret) savedRange.current = caret;
      exec('insertText', text);
    },
    [exec],
  );

  const onClickLink = useCallback(
    (e: React.MouseEvent<HTMLDivElement>) => {
      const anchor = (e.target as Element).closest?.('a');
      if (!anchor) return;
      e.preventDefault();
      if (!readOnly && !(e.ctrlKey || e.metaKey)) return;
      const href = anchor.getAttribute('href') ?? '';
      if (/^https:\/\//i.test(href))
        void bridge()
          .openExternal(href)
          .catch(() => undefined);
    },
    [readOnly],
  );

  return (
    <div className={`rt${readOnly ? ' rt--readonly' : ''}`}>
      {!readOnly && (
        <Toolbar
          label={label}
          controls={editorId}
          format={format}
          canCite={!!packId}
          onBold={() => exec('bold')}
          onItalic={() => exec('italic')}
          onHeading={setBlock}
          onBullets={() => exec('insertUnorderedList')}
          onNumbers={() => exec('insertOrderedList')}
          onLink={askForLink}
          onCite={askForCitation}
        />
      )}
      <div
        ref={ref}
        id={editorId}
        className="rt__content"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-readonly={readOnly || undefined}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        spellCheck
        lang="en-GB"
        tabIndex={0}
        onInput={emit}
        onKeyDown={readOnly ? undefined : onKeyDown}
        onKeyUp={readOnly ? undefined : refreshFormat}
        onMouseUp={readOnly ? undefined : refreshFormat}
        onPaste={readOnly ? (e) => e.preventDefault() : onPaste}
        onDrop={readOnly ? (e) => e.preventDefault() : onDrop}
        onClick={onClickLink}
        onBlur={() => {
          emit();
          onBlur?.();
        }}
      />
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
              afterClose.current = removeLink;
              setLinkRequest(null);
            }}
            onClose={() => {
              afterClose.current = restoreSelection;
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
                afterClose.current ??= restoreSelection;
                setPicking(false);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------
// The toolbar: one tab stop; Left/Right/Home/End move between buttons (WAI-ARIA toolbar pattern).

interface ToolbarProps {
  label: string;
  controls: string;
  format: FormatState;
  canCite: boolean;
  onBold(): void;
  onItalic(): void;
  onHeading(level: 1 | 2 | 3): void;
  onBullets(): void;
  onNumbers(): void;
  onLink(): void;
  onCite(): void;
}

interface ToolDef {
  key: string;
  text: string;
  name: string;
  shortcut?: string;
  keys?: string;
  pressed?: boolean;
  className?: string;
  run(): void;
  groupStart?: boolean;
}

function Toolbar({
  label,
  controls,
  format,
  canCite,
  onBold,
  onItalic,
  onHeading,
  onBullets,
  onNumbers,
  onLink,
  onCite,
}: ToolbarProps) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tools: ToolDef[] = [
    {
      key: 'bold',
      text: 'B',
      name: 'Bold',
      shortcut: 'Ctrl+B',
      keys: 'Control+B',
      pressed: format.bold,
      className: 'rt__tool--bold',
      run: onBold,
    },
    {
      key: 'italic',
      text: 'I',
      name: 'Italic',
      shortcut: 'Ctrl+I',
      keys: 'Control+I',
      pressed: format.italic,
      className: 'rt__tool--italic',
      run: onItalic,
    },
    {
      key: 'h1',
      text: 'H1',
      name: 'Heading 1',
      pressed: format.block === 'h1',
      run: () => onHeading(1),
      groupStart: true,
    },
    { key: 'h2', text: 'H2', name: 'Heading 2', pressed: format.block === 'h2', run: () => onHeading(2) },
    { key: 'h3', text: 'H3', name: 'Heading 3', pressed: format.block === 'h3', run: () => onHeading(3) },
    {
      key: 'bullets',
      text: '• List',
      name: 'Bulleted list',
      shortcut: 'Ctrl+Shift+8',
      keys: 'Control+Shift+8',
      pressed: format.bullets,
      run: onBullets,
      groupStart: true,
    },
    {
      key: 'numbers',
      text: '1. List',
      name: 'Numbered list',
      shortcut: 'Ctrl+Shift+7',
      keys: 'Control+Shift+7',
      pressed: format.numbers,
      run: onNumbers,
    },
    {
      key: 'link',
      text: format.link ? 'Edit link' : 'Link',
      name: format.link ? 'Edit link' : 'Link',
      shortcut: 'Ctrl+K',
      keys: 'Control+K',
      run: onLink,
      groupStart: true,
    },
    ...(canCite ? [{ key: 'cite', text: 'Cite evidence', name: 'Cite evidence', run: onCite }] : []),
  ];
  const current = Math.min(active, tools.length - 1);

  function move(e: KeyboardEvent<HTMLDivElement>) {
    let next = current;
    if (e.key === 'ArrowRight') next = (current + 1) % tools.length;
    else if (e.key === 'ArrowLeft') next = (current - 1 + tools.length) % tools.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tools.length - 1;
    else return;
    e.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  }

  return (
    <div
      className="rt__toolbar"
      role="toolbar"
      aria-label={`Formatting for ${label}`}
      aria-controls={controls}
      onKeyDown={move}
    >
      {tools.map((tool, i) => (
        <button
          key={tool.key}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          className={`rt__tool${tool.className ? ` ${tool.className}` : ''}${tool.groupStart ? ' rt__tool--group' : ''}`}
          tabIndex={i === current ? 0 : -1}
          aria-label={tool.text === tool.name ? undefined : tool.name}
          aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
          aria-keyshortcuts={tool.keys}
          title={tool.shortcut ? `${tool.name} (${tool.shortcut})` : tool.name}
          // Keep the caret in the text when a button is clicked with the mouse.
          onMouseDown={(e) => e.preventDefault()}
          onFocus={() => setActive(i)}
          onClick={tool.run}
        >
          {tool.text}
        </button>
      ))}
    </div>
  );
}
