/** Errors the newsroom's data functions throw; actions turn them into French messages for the form. */
export type TNewsroomErrorCode = 'forbidden' | 'not_found' | 'conflict' | 'invalid';

export class NewsroomError extends Error {
  constructor(
    message: string,
    readonly code: TNewsroomErrorCode,
    readonly field?: string,
    /** Several fields at once (everything a story still lacks to be published), beside `message`. */
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

export const NOT_FOUND = 'Cet article n’existe pas ou a été supprimé.';
export const FORBIDDEN = 'Vous n’avez pas les droits nécessaires pour cette action.';
