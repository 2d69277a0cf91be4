package ogi.casework.deadlines;

/** How a period is counted: OGI periods in working days, remedy periods in calendar days or months (spec D-4). */
public enum PeriodUnit {
	WORKING_DAYS, CALENDAR_DAYS, MONTHS
}
