import { describe, expect, it } from 'vitest';
import { cropBox, shapeImage } from './urls';

const photo = { id: 'cabcdefghijklmnopqrstu', width: 2000, height: 1000 };

describe('cropBox', () => {
  it('keeps the whole height of a wide picture, around its centre by default', () => {
    // Stored at most 1600 wide: 1600 × 800.
    expect(cropBox(photo, '1x1')).toEqual({ left: 400, top: 0, width: 800, height: 800 });
  });

  it('moves towards the focal point and stops at the edge', () => {
    expect(cropBox({ ...photo, focusX: 80, focusY: 50 }, '1x1')).toEqual({ left: 800, top: 0, width: 800, height: 800 });
    expect(cropBox({ ...photo, focusX: 20, focusY: 50 }, '1x1').left).toBe(0);
    // A tall picture crops its height around the point.
    const tall = { width: 900, height: 1600, focusX: 50, focusY: 20 };
    expect(cropBox(tall, '16x9')).toEqual({ left: 0, top: 67, width: 900, height: 506 });
    expect(cropBox({ ...tall, focusY: 80 }, '16x9').top).toBe(1027);
    expect(cropBox({ ...tall, focusY: 100 }, '16x9').top).toBe(1600 - 506);
  });
});

describe('shapeImage', () => {
  it('names the focal point in the address, so a new point is a new picture', () => {
    expect(shapeImage(photo, '4x3').url).toBe('/medias/cabcdefghijklmnopqrstu-1066-4x3.jpg');
    expect(shapeImage({ ...photo, focusX: 20, focusY: 80 }, '4x3').url).toBe('/medias/cabcdefghijklmnopqrstu-1066-4x3-20-80.jpg');
  });
});
