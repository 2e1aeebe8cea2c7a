'use client';

import { useEffect, useRef, useState } from 'react';

/** The alert's text, with the characters left (at most 140, as the band must stay one line or two). */
export function AlertTextField({ max }: { max: number }) {
  const [length, setLength] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  // Once the alert is raised its form is emptied (ActionForm resets it): the count follows.
  useEffect(() => {
    const form = field.current?.form;
    if (!form) return;
    const onReset = () => setLength(0);
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, []);
  const left = max - length;
  return (
    <div className="field">
      <label htmlFor="alerte-texte">Texte de l’alerte</label>
      <textarea
        ref={field}
        id="alerte-texte"
        name="text"
        rows={2}
        required
        defaultValue=""
        onInput={(event) => setLength([...event.currentTarget.value].length)}
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
