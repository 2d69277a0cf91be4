/** Official PRC working-day calendar: rest days, 调休 working weekends and deadline arithmetic in working and calendar days. */
@org.springframework.modulith.ApplicationModule(displayName = "Official calendar", allowedDependencies = {})
package ogi.casework.calendar;
