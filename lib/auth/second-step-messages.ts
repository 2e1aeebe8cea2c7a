/**
 * The sign-in's second step, as the form and the server both name it. CODE_REQUIRED is the distinct
 * answer to a right password on an account with two-step sign-in and no code yet: the form then asks
 * for the code (keeping the address and password in its own state), and sends all three again.
 */
export const CODE_REQUIRED = 'Saisissez le code à 6 chiffres affiché par votre application d’authentification.';
export const CODE_WRONG = 'Code incorrect ou déjà utilisé. Saisissez le code affiché en ce moment, ou un code de secours.';
export const CODE_MISSING = 'Indiquez le code à 6 chiffres, ou un code de secours.';
