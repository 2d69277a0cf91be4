package ogi.casework.reply;

import java.time.LocalDate;

/** A reply as delivered: its case, outcome, the ground of a refusal (Arts. 14–16) and the delivery date. */
public record DeliveredReply(String caseNumber, Outcome outcome, ExemptionGround ground, LocalDate deliveredOn) {
}
