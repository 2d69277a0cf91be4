package ogi.casework.casework;

import java.time.LocalDate;

import ogi.casework.reply.Outcome;

/**
 * How a case concluded, and the legal date the conclusion counts on in reports (spec §6.3: a case enters 三 in the
 * year its final outcome is issued): the reply's delivery date, or the last day of the period whose passing abandoned
 * the application — never the day someone keyed it in.
 */
public record Conclusion(Outcome outcome, LocalDate concludedOn) {
}
