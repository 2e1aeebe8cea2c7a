/**
 * `npm run check-config`: the production configuration check of `npm start` (lib/ops/check-config.ts)
 * on its own, for a service manager that starts server.ts directly (ops/systemd/dakarinfo@.service):
 * warnings are printed, errors stop the start (exit 1).
 */
import { checkConfiguration } from '../lib/ops/check-config';

const { errors, warnings } = checkConfiguration(process.env, { production: true });
for (const warning of warnings) console.warn(`⚠ ${warning}`);
if (errors.length) {
  console.error(`✗ Configuration dangereuse, démarrage refusé :\n  - ${errors.join('\n  - ')}`);
  process.exit(1);
}
