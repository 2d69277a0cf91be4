package ogi.casework.deadlines;

import java.time.LocalDate;

/**
 * An approved extension that does not count (Art. 33(2); Art. 35 for a reasonable delay): the applicant was noticed of
 * it on {@link Extension#noticedOn()}, after {@code periodEnded}, the end of the period it would have extended, as the
 * legal dates known now put it.
 */
public record LateExtension(Extension extension, LocalDate periodEnded) {
}
