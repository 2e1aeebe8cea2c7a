import { z } from 'zod';

/** The nine points offered (« Cadrage de l’image »): thirds of the picture, and its centre. */
export const FOCUS_POINTS = [20, 50, 80] as const;

/** `x-y` in percent, one of the nine points. */
export const ZFocus = z
  .string()
  .regex(/^(20|50|80)-(20|50|80)$/, 'Choisissez un des neuf points de cadrage.')
  .transform((value) => {
    const [focusX, focusY] = value.split('-').map(Number) as [number, number];
    return { focusX, focusY };
  });
