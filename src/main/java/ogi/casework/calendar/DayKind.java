package ogi.casework.calendar;

/** Why a day is, or is not, a working day of state organs. */
public enum DayKind {

	/** An ordinary Monday to Friday (《国务院关于职工工作时间的规定》 Art. 7). */
	WORKDAY,

	/** An ordinary Saturday or Sunday, the weekly rest of state organs (《国务院关于职工工作时间的规定》 Art. 7). */
	WEEKEND,

	/** A rest day listed in the State Council holiday notice, on a weekday or a weekend (《全国年节及纪念日放假办法》 Arts. 2, 6, 7). */
	HOLIDAY,

	/**
	 * A Saturday or Sunday the holiday notice makes a working day (调休, 《全国年节及纪念日放假办法》 Art. 7), or a rest day
	 * of the national calendar that a regional notice makes a working day.
	 */
	ADJUSTED_WORKDAY,

	/**
	 * A rest day the regional government sets for an ethnic-minority holiday (《全国年节及纪念日放假办法》 Art. 4), in the
	 * calendar of the agencies assigned to that region only.
	 */
	REGIONAL_HOLIDAY
}
