/**
 * The few members of `lunar-javascript` (6tail, MIT; no types shipped) the calendar proposal uses.
 * It computes the Chinese calendar (UTC+8); see lunar-dates.ts for what that means for Vietnam.
 */
declare module 'lunar-javascript' {
  export class Solar {
    /** 'YYYY-MM-DD'. */
    toYmd(): string;
  }
  export class Lunar {
    /** A lunar date (month 1–12, negative for a leap month). */
    static fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): Lunar;
    getSolar(): Solar;
  }
}
