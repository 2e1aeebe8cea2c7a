import { describe, expect, it } from 'vitest';
import { scheduledDate, scheduleInputValue } from './schedule';

describe('the scheduling field', () => {
  it('shows a stored instant in Paris time, summer and winter', () => {
    expect(scheduleInputValue('2026-07-01T08:30:00.000Z')).toBe('2026-07-01T10:30');
    expect(scheduleInputValue('2026-12-01T08:30:00.000Z')).toBe('2026-12-01T09:30');
    expect(scheduleInputValue(null)).toBe('');
  });

  it('reads its value back as Paris time, null when empty or not a date', () => {
    expect(scheduledDate('2026-07-01T10:30')?.toISOString()).toBe('2026-07-01T08:30:00.000Z');
    expect(scheduledDate('')).toBeNull();
    expect(scheduledDate('2026-02-30T10:00')).toBeNull();
    expect(scheduledDate('demain')).toBeNull();
  });
});
