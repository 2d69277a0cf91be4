package ogi.casework.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The fees mapper in memory, for tests that price many notices quickly. */
class InMemoryFees implements Fees {

	final List<FeeNotice> notices = new ArrayList<>();

	final Map<FeeNotice, String> applicants = new HashMap<>();

	final Map<String, Integer> months = new HashMap<>();

	final Map<String, ItemCountRow> itemCounts = new HashMap<>();

	@Override
	public void insert(FeeNotice notice, String applicantIdNumber) {
		notices.add(notice);
		given.put(List.of(notice.agencyCode(), notice.caseNumber(), notice.number()), notice.payableUntil());
		applicants.put(notice, applicantIdNumber);
	}

	@Override
	public List<FeeNotice> of(String agencyCode, String caseNumber) {
		return notices.stream().filter(n -> n.agencyCode().equals(agencyCode) && n.caseNumber().equals(caseNumber))
				.toList();
	}

	@Override
	public List<ogi.casework.shared.CaseKey> casesWithOpenNotice() {
		return notices.stream().filter(n -> n.paidOn() == null)
			.map(n -> new ogi.casework.shared.CaseKey(n.agencyCode(), n.caseNumber())).distinct().toList();
	}

	/** The window's end each notice gave, as the insert keeps it (agency, case number, notice number). */
	final Map<List<Object>, LocalDate> given = new HashMap<>();

	@Override
	public LocalDate payableUntilGiven(String agencyCode, String caseNumber, int number) {
		return given.get(List.of(agencyCode, caseNumber, number));
	}

	@Override
	public int updatePayableUntil(String agencyCode, String caseNumber, int number, LocalDate payableUntil) {
		return replaceUnpaid(agencyCode, caseNumber, number, n -> new FeeNotice(n.agencyCode(), n.caseNumber(),
				n.number(), n.method(), n.quantity(), n.amount(), n.basis(), n.noticedOn(), n.receivedOn(), payableUntil,
				null, n.noticedBy(), n.noticedAt()));
	}

	@Override
	public int recordPayment(String agencyCode, String caseNumber, int number, LocalDate paidOn) {
		return replaceUnpaid(agencyCode, caseNumber, number, n -> new FeeNotice(n.agencyCode(), n.caseNumber(),
				n.number(), n.method(), n.quantity(), n.amount(), n.basis(), n.noticedOn(), n.receivedOn(),
				n.payableUntil(), paidOn, n.noticedBy(), n.noticedAt()));
	}

	/** Replaces the unpaid notice {@code number} of the case, as an update of its row does; returns the rows hit. */
	private int replaceUnpaid(String agencyCode, String caseNumber, int number,
			java.util.function.UnaryOperator<FeeNotice> change) {
		for (int i = 0; i < notices.size(); i++) {
			var n = notices.get(i);
			if (n.agencyCode().equals(agencyCode) && n.caseNumber().equals(caseNumber) && n.number() == number
					&& n.paidOn() == null) {
				var changed = change.apply(n);
				applicants.put(changed, applicants.remove(n));
				notices.set(i, changed);
				return 1;
			}
		}
		return 0;
	}

	@Override
	public Optional<ItemCountRow> itemCount(String agencyCode, String caseNumber) {
		return Optional.ofNullable(itemCounts.get(agencyCode + "/" + caseNumber));
	}

	@Override
	public int updateItemCount(ItemCountRow count) {
		return itemCounts.replace(count.agencyCode() + "/" + count.caseNumber(), count) == null ? 0 : 1;
	}

	@Override
	public void insertItemCount(ItemCountRow count) {
		itemCounts.put(count.agencyCode() + "/" + count.caseNumber(), count);
	}

	@Override
	public int lockApplicantMonth(String agencyCode, String applicantIdNumber, LocalDate monthStart) {
		return months.computeIfPresent(agencyCode + "/" + applicantIdNumber + "/" + monthStart, (k, v) -> v + 1) == null
				? 0 : 1;
	}

	@Override
	public void insertApplicantMonth(String agencyCode, String applicantIdNumber, LocalDate monthStart) {
		months.put(agencyCode + "/" + applicantIdNumber + "/" + monthStart, 1);
	}

	@Override
	public long countNoticed(String agencyCode, LocalDate from, LocalDate to) {
		return select(n -> n.agencyCode().equals(agencyCode) && within(n.noticedOn(), from, to)).size();
	}

	@Override
	public BigDecimal amountNoticed(String agencyCode, LocalDate from, LocalDate to) {
		return sum(select(n -> n.agencyCode().equals(agencyCode) && within(n.noticedOn(), from, to)));
	}

	@Override
	public BigDecimal amountPaid(String agencyCode, LocalDate from, LocalDate to) {
		return sum(select(n -> n.agencyCode().equals(agencyCode) && n.paidOn() != null
				&& within(n.paidOn(), from, to)));
	}

	private List<FeeNotice> select(Predicate<FeeNotice> filter) {
		return notices.stream().filter(filter).toList();
	}

	private static BigDecimal sum(List<FeeNotice> notices) {
		return notices.stream().map(FeeNotice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
		return !date.isBefore(from) && !date.isAfter(to);
	}
}
