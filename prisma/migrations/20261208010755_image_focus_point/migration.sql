-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "focusX" INTEGER,
ADD COLUMN     "focusY" INTEGER;

-- Both or neither, in percent.
ALTER TABLE "Image" ADD CONSTRAINT "Image_focus_range" CHECK (
  ("focusX" IS NULL) = ("focusY" IS NULL)
  AND ("focusX" IS NULL OR ("focusX" BETWEEN 0 AND 100 AND "focusY" BETWEEN 0 AND 100))
);
