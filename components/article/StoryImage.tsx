import { fallbackWidth, imageSrcSet, imageUrl } from '@/lib/media/urls';

type TProps = {
  image: { id: string; width: number; height: number };
  alt: string;
  /** How wide the picture is drawn, for the browser to pick from srcset before the CSS is known. */
  sizes: string;
  /** The page's largest paint is fetched first; the others when scrolled to. */
  priority: 'high' | 'lazy';
};

/** A stored picture: every stored width in srcset, its size (nothing jumps), no optimiser on the way. */
export function StoryImage({ image, alt, sizes, priority }: TProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the stored sizes are listed in srcset
    <img
      src={imageUrl(image.id, fallbackWidth(image, 800))}
      srcSet={imageSrcSet(image)}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={priority === 'high' ? 'eager' : 'lazy'}
      fetchPriority={priority === 'high' ? 'high' : 'auto'}
      decoding="async"
    />
  );
}
