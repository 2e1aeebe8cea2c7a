import { describe, expect, it } from 'vitest';
import { generatePassword } from './password';
import { checkPassword, FRENCH_FEEDBACK, ownerWords, PASSWORD_MESSAGES } from './password-policy';

const refused = (password: string, owner = {}) => {
  const verdict = checkPassword(password, owner);
  expect(verdict.ok, password).toBe(false);
  return verdict.ok ? '' : verdict.message;
};

describe('checkPassword', { timeout: 20_000 }, () => {
  it('keeps the length rules: 12 characters at least, 1 024 at most, something typed', () => {
    expect(refused('')).toBe(PASSWORD_MESSAGES.required);
    expect(checkPassword(undefined)).toEqual({ ok: false, message: PASSWORD_MESSAGES.required });
    expect(refused('Zq8#vLp2!mW')).toBe('Le mot de passe doit compter au moins 12 caractères.');
    expect(refused(`${'baobab fleuri '.repeat(80)}`)).toBe('Le mot de passe ne doit pas dépasser 1024 caractères.');
  });

  it('refuses common French and English passwords, even at 12 characters or more', () => {
    for (const password of [
      'motdepasse123456',
      'azertyuiopqsd',
      'password1234',
      'P@ssw0rd1234',
      'iloveyou12345',
      'jetaime123456',
      'soleil123456789',
      'Azerty123456',
      'qwertyuiop123',
      '123456789abc',
      'bonjour2024!!',
    ]) {
      expect(refused(password)).toMatch(/^Ce mot de passe est trop facile à deviner\. /);
    }
  });

  it('says why in French, from zxcvbn’s feedback (a keyboard row, a well-known password)', () => {
    expect(refused('azertyuiopqsd')).toContain('Les lignes droites de touches de votre clavier sont faciles à deviner.');
    expect(refused('password1234')).toContain('Ce mot de passe est similaire à un mot de passe couramment utilisé.');
  });

  it('refuses a password made of the person’s own name or address', () => {
    const owner = { name: 'Khady Ndiaye', email: 'khady.ndiaye@dakarinfo.test' };
    expect(checkPassword('KhadyNdiaye2024!').ok).toBe(true);
    for (const password of ['KhadyNdiaye2024!', 'khadyndiayekhady', 'Ndiaye.Khady.1990', 'khady.ndiaye@dakarinfo']) {
      expect(refused(password, owner), password).toMatch(/trop facile à deviner/);
    }
    expect(refused('Dakarinfo2024!')).toContain('Le mot de passe ne doit pas comporter de données personnelles ou liées au site.');
  });

  it('accepts a strong passphrase, and every generated password', () => {
    const owner = { name: 'Khady Ndiaye', email: 'khady.ndiaye@dakarinfo.test' };
    expect(checkPassword('Le baobab de Thiès fleurit en mai', owner)).toEqual({ ok: true });
    expect(checkPassword('marché sandaga rouge piment', owner)).toEqual({ ok: true });
    for (let i = 0; i < 40; i += 1) {
      const password = generatePassword();
      expect(checkPassword(password, owner), password).toEqual({ ok: true });
    }
  });

  it('judges a long password quickly (bounded work, whatever is typed)', () => {
    const start = performance.now();
    for (const password of ['aB3$'.repeat(250), '@'.repeat(1000), '4@3$1|0!'.repeat(120)]) checkPassword(password);
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});

describe('ownerWords', () => {
  it('gives zxcvbn the name, its parts, the address and its parts, lower-cased', () => {
    const words = ownerWords({ name: 'Mame Diarra Bousso', email: 'm.diarra-bousso@dakarinfo.test' });
    expect(words).toEqual(
      expect.arrayContaining([
        'mame diarra bousso',
        'mamediarrabousso',
        'mame',
        'diarra',
        'bousso',
        'm.diarra-bousso',
        'mdiarrabousso',
        'dakarinfo',
      ]),
    );
  });
});

describe('FRENCH_FEEDBACK', () => {
  it('is set in French typography: ’ and « », no straight quote, a full stop at the end', () => {
    const lines = [...Object.values(FRENCH_FEEDBACK.warnings), ...Object.values(FRENCH_FEEDBACK.suggestions)];
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(line, line).not.toMatch(/['"]/);
      expect(line, line).not.toMatch(/ [:;!?»]|« /);
      expect(line, line).toMatch(/[.)]$/);
    }
    expect(FRENCH_FEEDBACK.warnings.simpleRepeat).toBe('Les caractères répétés comme «\u00a0aaa\u00a0» sont faciles à deviner.');
  });
});
