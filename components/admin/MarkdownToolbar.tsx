'use client';

/**
 * The Markdown editor's formatting toolbar: one tab stop, arrows move between its buttons (WAI-ARIA
 * toolbar pattern), and a click leaves the focus and the selection in the text.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { toolbarIndexAfterKey } from './markdown-edits';

export type TAction = 'bold' | 'italic' | 'heading' | 'quote' | 'link' | 'list' | 'image';

const TOOLS: { action: TAction; label: string; icon: string; title: string; shortcut?: string }[] = [
  { action: 'bold', label: 'Gras', icon: 'G', title: 'Gras (Ctrl+B)', shortcut: 'Control+B Meta+B' },
  { action: 'italic', label: 'Italique', icon: 'I', title: 'Italique (Ctrl+I)', shortcut: 'Control+I Meta+I' },
  { action: 'heading', label: 'Intertitre', icon: 'H', title: 'Intertitre' },
  { action: 'quote', label: 'Citation', icon: '«', title: 'Citation' },
  { action: 'link', label: 'Lien', icon: '↗', title: 'Lien' },
  { action: 'list', label: 'Liste', icon: '•', title: 'Liste à puces' },
  { action: 'image', label: 'Image', icon: '▣', title: 'Insérer une image (envoyée, puis placée dans le texte)' },
];

type TMarkdownToolbarProps = {
  /** Id of the textarea the toolbar formats. */
  controls: string;
  onRun: (action: TAction) => void;
  /** A picture is being sent: « Image » waits. */
  imageBusy: boolean;
};

export function MarkdownToolbar({ controls, onRun, imageBusy }: TMarkdownToolbarProps) {
  const [toolIndex, setToolIndex] = useState(0);
  const toolRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // Toolbar: one tab stop, arrows move between buttons (WAI-ARIA toolbar pattern).
  function handleToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = toolbarIndexAfterKey(event.key, toolIndex, TOOLS.length);
    if (next === null) return;
    event.preventDefault();
    setToolIndex(next);
    toolRefs.current[next]?.focus();
  }

  return (
    <div className="md-editor-toolbar" role="toolbar" aria-label="Mise en forme" aria-controls={controls} onKeyDown={handleToolbarKeyDown}>
      {TOOLS.map((tool, index) => (
        <button
          key={tool.action}
          ref={(node) => {
            toolRefs.current[index] = node;
          }}
          type="button"
          className={`md-tool md-tool-${tool.action}`}
          title={tool.title}
          aria-keyshortcuts={tool.shortcut}
          tabIndex={index === toolIndex ? 0 : -1}
          // Clicking keeps the focus (and the selection) in the textarea.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setToolIndex(index)}
          onClick={() => onRun(tool.action)}
          disabled={tool.action === 'image' && imageBusy}
        >
          {/* The letter is drawn by CSS (attr(data-icon)) so that the button's visible text and its
              accessible name are both just the label (WCAG 2.5.3). */}
          <span className="md-tool-icon" aria-hidden="true" data-icon={tool.icon} />
          <span className="md-tool-label">{tool.label}</span>
        </button>
      ))}
    </div>
  );
}
