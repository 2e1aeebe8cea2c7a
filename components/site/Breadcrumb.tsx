/** A crumb without `href` is the current page. */
export type TCrumb = { name: string; href?: string };

export function Breadcrumb({ items }: { items: TCrumb[] }) {
  return (
    <nav className="breadcrumb" aria-label="Fil d’Ariane">
      <ol>
        {items.map((item) => (
          <li key={item.name}>{item.href ? <a href={item.href}>{item.name}</a> : <span aria-current="page">{item.name}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
