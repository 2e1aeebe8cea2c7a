'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * The rubriques bar. A client component only to know the current path (the shared layout cannot);
 * it is rendered on the server too, so the current rubrique is marked without JavaScript.
 */
export function NavLinks({ items }: { items: { href: string; name: string }[] }) {
  const pathname = usePathname() ?? '/';
  const isCurrent = (href: string) => (href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
            {item.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
