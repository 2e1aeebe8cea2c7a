import { describe, expect, it } from 'vitest';
import { EMAIL_MISSING, missingSignInFields, PASSWORD_MISSING } from './sign-in-fields';

describe('missingSignInFields', () => {
  it('asks for each empty field by name, in French', () => {
    expect(missingSignInFields({ email: '', password: '' })).toEqual({
      email: 'Indiquez votre adresse électronique.',
      password: 'Indiquez votre mot de passe.',
    });
    expect(missingSignInFields({ email: 'awa@dakarinfo.test', password: '' })).toEqual({ password: PASSWORD_MISSING });
    expect(missingSignInFields({ email: '', password: 'secret' })).toEqual({ email: EMAIL_MISSING });
  });

  it('takes an address of spaces as missing, but a password of spaces as typed', () => {
    expect(missingSignInFields({ email: '   ', password: '   ' })).toEqual({ email: EMAIL_MISSING });
  });

  it('treats absent or non-text values as missing', () => {
    expect(missingSignInFields(undefined)).toEqual({ email: EMAIL_MISSING, password: PASSWORD_MISSING });
    expect(missingSignInFields({ email: null, password: 42 })).toEqual({ email: EMAIL_MISSING, password: PASSWORD_MISSING });
  });

  it('has nothing to say once both fields are filled, even with a wrong address: that is the server’s to judge', () => {
    expect(missingSignInFields({ email: 'pas une adresse', password: 'x' })).toEqual({});
  });
});
