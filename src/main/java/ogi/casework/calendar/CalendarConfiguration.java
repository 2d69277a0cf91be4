package ogi.casework.calendar;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link CalendarRefresh}, which keeps each node's calendar in step with the shared database. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarConfiguration {
}
