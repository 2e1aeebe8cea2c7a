'use client';

import { useState } from 'react';

/** The alert's text, with the characters left (at most 140, as the band must stay one line or two). */
export function AlertTextField({ max }: { max: number }) {
  const [text, setText] = useState('');
  const left = max - [...text].length;
  return (
    <div className="field">
      <label htmlFor="alerte-texte">Texte de l’alerte</label>
      <textarea
        id="alerte-texte"
        name="text"
        rows={2}
        required
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby="alerte-texte-compte"
        aria-invalid={left < 0 ? true : undefined}
      />
      <p id="alerte-texte-compte" className="field-hint" aria-live="polite">
        {left >= 0
          ? `${left} caractère${left > 1 ? 's' : ''} restant${left > 1 ? 's' : ''}`
          : `${-left} caractère${left < -1 ? 's' : ''} de trop`}
      </p>
    </div>
  );
}
