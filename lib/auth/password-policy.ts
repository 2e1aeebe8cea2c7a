/**
 * The one password policy, applied wherever a password is set (`npm run user`, the admin's user
 * screens, « Mon profil », the first-sign-in screen): 12 to 1 024 characters, and not guessable —
 * judged offline by zxcvbn-ts with its common (breached passwords) and French dictionaries, the
 * person's own name and address counting as words an attacker tries first. zxcvbn's French feedback
 * is shown, set in French typography. Pure: no database, no network.
 */
import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';
import { applyFrenchTypography } from '../french/typography';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;
/**
 * zxcvbn's top score: about 10^10 guesses or more. Score 3 (10^8) still lets « Prénom Nom 2024 ! »
 * through, and 10^8 argon2id guesses is days, not years, for an attacker holding a copy of the table.
 */
export const MIN_SCORE = 4;

export const PASSWORD_MESSAGES = {
  required: 'Le mot de passe est obligatoire.',
  tooShort: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  tooLong: `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`,
  weak: 'Ce mot de passe est trop facile à deviner.',
  advice: 'Choisissez une phrase de quelques mots sans rapport entre eux, qui ne reprenne ni votre nom ni votre adresse.',
} as const;

/** What the person typed or is known by: their name and address (and the site's own name). */
export type TPasswordOwner = { name?: string | null; email?: string | null };

export type TPasswordVerdict = { ok: true } | { ok: false; message: string };

/** zxcvbn-ts's French sentences, set in French typography: ’, « » for its quoted examples, a final full stop. */
function frenchTypeset(text: string): string {
  const quoted = text.replace(/(\p{L})'(?=\p{L})/gu, '$1’').replace(/'([^']+)'/g, '« $1 »');
  const set = applyFrenchTypography(quoted.replace(/\(ex\s*:\s*/g, '(par exemple, ')).trim();
  return /[.!?…)]$/.test(set) ? set : `${set}.`;
}

function typesetAll<T extends Record<string, string>>(table: T): T {
  return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, frenchTypeset(value)])) as T;
}

export const FRENCH_FEEDBACK: TranslationKeys = {
  ...fr.translations,
  warnings: typesetAll(fr.translations.warnings),
  suggestions: typesetAll(fr.translations.suggestions),
};

let factory: ZxcvbnFactory | undefined;

/** Built once, on first use (about half a second: the dictionaries are ranked). */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
    translations: FRENCH_FEEDBACK,
    // Bounded work per check: zxcvbn's l33t search grows fast with length and substitutions
    // (seconds for 200 characters of « aB3$ »); 64 characters are plenty to judge a password.
    l33tMaxSubstitutions: 4,
    maxLength: 64,
  });
  return factory;
}

/** The words zxcvbn should try first for this person: full name, each part of it, the address and its parts. */
export function ownerWords(owner: TPasswordOwner): string[] {
  const words = new Set<string>(['dakarinfo', 'dakar', 'redaction', 'rédaction']);
  const add = (value: string) => {
    const word = value.trim().toLowerCase();
    if (word.length >= 2) words.add(word);
  };
  if (owner.name) {
    add(owner.name);
    add(owner.name.replace(/[\s'’-]+/g, ''));
    owner.name.split(/[\s'’-]+/).forEach(add);
  }
  if (owner.email) {
    add(owner.email);
    const [local = '', domain = ''] = owner.email.split('@');
    add(local);
    add(local.replace(/[._+-]+/g, ''));
    local.split(/[._+-]+/).forEach(add);
    domain.split('.').forEach(add);
  }
  return [...words];
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The name or address with only digits and signs around it (« Ndiaye.Khady.1990 »): zxcvbn rates some
 * of these well (a date and separators add guesses), yet they are the first an attacker tries.
 */
function madeOfOwnWords(password: string, owner: TPasswordOwner): boolean {
  if (!owner.name && !owner.email) return false;
  const words = ownerWords(owner)
    .map(fold)
    .filter((word) => /^\p{L}{3,}$/u.test(word))
    .sort((a, b) => b.length - a.length);
  let rest = fold(password);
  for (const word of words) rest = rest.split(word).join('');
  return rest !== fold(password) && !/\p{L}/u.test(rest);
}

/** Checks a new password against the policy; a refusal comes with one French message for the form. */
export function checkPassword(password: unknown, owner: TPasswordOwner = {}): TPasswordVerdict {
  if (typeof password !== 'string' || password === '') return { ok: false, message: PASSWORD_MESSAGES.required };
  // Characters as a person counts them (an emoji is one), as the length hint says.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, message: PASSWORD_MESSAGES.tooShort };
  if (password.length > PASSWORD_MAX_LENGTH) return { ok: false, message: PASSWORD_MESSAGES.tooLong };
  if (madeOfOwnWords(password, owner)) return { ok: false, message: `${PASSWORD_MESSAGES.weak} ${FRENCH_FEEDBACK.warnings.userInputs}` };
  const result = estimator().check(password, ownerWords(owner));
  if (result.score >= MIN_SCORE) return { ok: true };
  const said = [result.feedback.warning, ...result.feedback.suggestions].filter((line): line is string => Boolean(line));
  const advice = said.length ? said.join(' ') : PASSWORD_MESSAGES.advice;
  return { ok: false, message: `${PASSWORD_MESSAGES.weak} ${advice}` };
}
