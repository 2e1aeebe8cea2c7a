/**
 * Module hooks for the Node layer (server.ts). `server-only` throws unless it is resolved under React's
 * server condition, which only Next's bundler applies; the Node layer is server code too (it renders
 * readers' pages with lib/data, lib/readers), so it gets the package's empty module.
 */
export async function resolve(specifier, context, nextResolve) {
  // The package's own exports map names that module for the react-server condition.
  if (specifier === 'server-only') return nextResolve(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
  return nextResolve(specifier, context);
}
