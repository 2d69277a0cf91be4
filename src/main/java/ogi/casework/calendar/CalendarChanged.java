package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The official calendar changed: a State Council notice was loaded (national), a region's rest days were redefined, or
 * an agency moved to another region; published synchronously in the transaction that stored the change, on the node
 * where it was made, after that node's calendar already answers with the new data.
 * <p>
 * Who is concerned: {@code regionCode == null} is a national change that concerns every agency ({@code agencyCodes}
 * is then empty); otherwise only the agencies in {@code agencyCodes} are concerned (those assigned to the region, or
 * the one agency that moved), possibly none. Use {@link #concerns(String)}.
 * <p>
 * What to recompute: every open period of a concerned agency that contains one of {@code changedDates}, and every
 * provisional result that touches {@code year} or late December of the year before — loading the notice of a year
 * turns such results final even when no date changed (spec §9.2).
 *
 * @param year the year of the notice that was loaded; for a change of region, the year of the changed dates (one
 * event per year)
 * @param changedDates the dates whose working-day status changed, possibly empty; a notice may change dates of the
 * neighbouring years (late December, spec §9.2)
 * @param noticeUrl the first address (or document number) of the notice, null for a change of region
 * @param loadedBy the username of the administrator who made the change
 * @param regionCode null for the national calendar, else the region whose calendar changed (or that the agency joined
 * or left)
 * @param agencyCodes the agencies concerned by a regional change; empty for a national one
 */
public record CalendarChanged(int year, Set<LocalDate> changedDates, String noticeUrl, String loadedBy,
		String regionCode, Set<String> agencyCodes) {

	/** Copies the sets and rejects an agency list on a national change. */
	public CalendarChanged {
		changedDates = Set.copyOf(Objects.requireNonNull(changedDates, "changedDates"));
		agencyCodes = Set.copyOf(Objects.requireNonNull(agencyCodes, "agencyCodes"));
		Objects.requireNonNull(loadedBy, "loadedBy");
		if (regionCode == null && !agencyCodes.isEmpty()) {
			throw new IllegalArgumentException("a national change concerns every agency: " + agencyCodes);
		}
	}

	/** A change of the national calendar, which concerns every agency. */
	public CalendarChanged(int year, Set<LocalDate> changedDates, String noticeUrl, String loadedBy) {
		this(year, changedDates, noticeUrl, loadedBy, null, Set.of());
	}

	/** Whether the national calendar changed, so that every agency is concerned. */
	public boolean national() {
		return regionCode == null;
	}

	/** Whether the calendar of {@code agencyCode} changed. */
	public boolean concerns(String agencyCode) {
		return national() || agencyCodes.contains(agencyCode);
	}
}
