/**
 * The rubriques bar, rendered on the server: the current rubrique is marked in the HTML
 * (`aria-current="page"`), from the path lib/server/create-server.ts hands to the page.
 */
export function NavLinks({ items, currentPath }: { items: { href: string; name: string }[]; currentPath: string }) {
  const isCurrent = (href: string) => (href === '/' ? currentPath === '/' : currentPath === href || currentPath.startsWith(`${href}/`));
  return (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <a href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
            {item.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
