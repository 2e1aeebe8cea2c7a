'use client';

/**
 * The title's field: one line of text that grows to show a long headline whole. A textarea sized by
 * its content (CSS `field-sizing: content`, or its scroll height where the browser lacks it); Enter
 * never breaks the line (nor submits the form), and line breaks pasted in become spaces.
 */
import { useLayoutEffect, useRef, type ComponentPropsWithoutRef } from 'react';
import { singleLine } from './single-line';

type TTitleInputProps = Omit<ComponentPropsWithoutRef<'textarea'>, 'value' | 'onChange' | 'rows'> & {
  value: string;
  onValueChange: (value: string) => void;
};

export function TitleInput({ value, onValueChange, onKeyDown, ...rest }: TTitleInputProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || CSS.supports('field-sizing', 'content')) return;
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`;
  }, [value]);
  return (
    <textarea
      {...rest}
      ref={ref}
      rows={1}
      value={value}
      onChange={(event) => onValueChange(singleLine(event.target.value))}
      onKeyDown={(event) => {
        // (Not while an input method composes: there Enter confirms the word.)
        if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
        onKeyDown?.(event);
      }}
    />
  );
}
