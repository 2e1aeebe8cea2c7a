import { setImageFocusAction } from '@/lib/actions/image-focus-actions';
import { IMAGE_SHAPES, shapeImage } from '@/lib/media/urls';
import { FOCUS_POINTS } from '@/lib/validation/image-focus';
import { ActionForm } from './ActionForm';

const COLUMN = { 20: 'gauche', 50: 'centre', 80: 'droite' } as const;
const ROW = { 20: 'Haut', 50: 'Milieu', 80: 'Bas' } as const;
const SHAPE_LABEL = { '16x9': '16:9', '4x3': '4:3', '1x1': 'carré' } as const;

type TProps = { articleId: string; image: { id: string; width: number; height: number; focusX: number | null; focusY: number | null } };

/**
 * « Cadrage de l’image »: the point of the story's picture that the crops search engines show
 * (16:9, 4:3, square) keep in view — one of nine, the centre by default — and the crops as they are.
 */
export function ImageFocusPanel({ articleId, image }: TProps) {
  const current = `${image.focusX ?? 50}-${image.focusY ?? 50}`;
  return (
    <section className="panel image-focus" aria-labelledby="cadrage-titre">
      <h2 id="cadrage-titre">Cadrage de l’image</h2>
      <p className="field-hint">
        Les moteurs de recherche montrent l’image en 16:9, 4:3 et carré. Choisissez ce qu’elle doit garder en vue quand elle est recadrée.
      </p>
      <div className="image-focus-crops">
        {IMAGE_SHAPES.map((shape) => {
          const crop = shapeImage(image, shape);
          return (
            <figure key={shape}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored crop at its own address */}
              <img src={crop.url} alt="" width={Math.round((120 * crop.width) / crop.height)} height={120} loading="lazy" />
              <figcaption>{SHAPE_LABEL[shape]}</figcaption>
            </figure>
          );
        })}
      </div>
      <ActionForm action={setImageFocusAction} submitLabel="Enregistrer le cadrage">
        <input type="hidden" name="articleId" value={articleId} />
        <fieldset className="image-focus-grid">
          <legend>Point à garder en vue</legend>
          {FOCUS_POINTS.map((y) =>
            FOCUS_POINTS.map((x) => (
              <label key={`${x}-${y}`}>
                <input type="radio" name="focus" value={`${x}-${y}`} defaultChecked={current === `${x}-${y}`} />
                {x === 50 && y === 50 ? 'Centre' : `${ROW[y]} ${COLUMN[x]}`}
              </label>
            )),
          )}
        </fieldset>
      </ActionForm>
    </section>
  );
}
