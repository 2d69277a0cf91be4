/**
 * Official PRC working-day calendar: rest days, 调休 working weekends, regional rest days and deadline arithmetic in
 * working and calendar days, with the notices administrators load without a release.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official calendar", allowedDependencies = { "shared",
		"accounts" })
package ogi.casework.calendar;
