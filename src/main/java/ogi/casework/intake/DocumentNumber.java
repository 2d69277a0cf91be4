package ogi.casework.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号) such as 京政发〔2025〕3号: issuer abbreviation, year and serial. Applicants write the year
 * brackets as 〔〕, [], （）, 【】 … and sometimes 第 before the serial; all of these are the same number.
 *
 * @param issuer the issuer abbreviation as written, with leading request words cut off (e.g. 京政发)
 * @param year the year in the brackets
 * @param serial the serial number
 */
record DocumentNumber(String issuer, int year, int serial) {

	/**
	 * Issuer (up to 12 Han characters), year in any bracket pair, optional 第, serial, 号 — on NFKC-normalised text, in
	 * which full-width （） and ［］ are already half-width.
	 */
	private static final Pattern PATTERN = Pattern.compile(
			"(\\p{IsHan}{1,12})\\s*[〔\\[(【{〈《]\\s*((?:19|20)\\d{2})\\s*[〕\\])】}〉》]\\s*第?\\s*0*(\\d{1,6})\\s*号");

	/**
	 * Words an applicant writes before the issuer; the issuer starts after the last of them. 公开 alone is not one of
	 * them, since issuers such as 国办公开办函 contain it.
	 */
	private static final List<String> LEAD_INS = List.of("的", "关于", "申请", "请求", "要求", "提供", "获取", "根据", "依据",
			"按照", "印发", "转发", "查询", "及", "和", "与", "申请公开", "请求公开", "要求公开", "请公开");

	/** Every document number in {@code normalisedText}. */
	static List<DocumentNumber> findIn(String normalisedText) {
		List<DocumentNumber> found = new ArrayList<>();
		Matcher matcher = PATTERN.matcher(normalisedText);
		while (matcher.find()) {
			found.add(new DocumentNumber(issuerOf(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3))));
		}
		return found;
	}

	/** {@code text} with every document number replaced by a space. */
	static String remove(String normalisedText) {
		return PATTERN.matcher(normalisedText).replaceAll(" ");
	}

	/**
	 * The same document: same year and serial, and one issuer ends with the other (京政发 and 公开京政发, where a lead-in
	 * word was not cut off), the shorter having at least two characters.
	 */
	boolean sameAs(DocumentNumber other) {
		if (year != other.year || serial != other.serial) {
			return false;
		}
		String shorter = issuer.length() <= other.issuer.length() ? issuer : other.issuer;
		String longer = shorter == issuer ? other.issuer : issuer;
		return shorter.length() >= 2 && longer.endsWith(shorter);
	}

	/** Of two matching numbers, the one with the shorter issuer, for display. */
	DocumentNumber shorterOf(DocumentNumber other) {
		return other.issuer.length() < issuer.length() ? other : this;
	}

	@Override
	public String toString() {
		return issuer + "〔" + year + "〕" + serial + "号";
	}

	private static String issuerOf(String run) {
		int start = 0;
		for (String leadIn : LEAD_INS) {
			int at = run.lastIndexOf(leadIn);
			if (at >= 0 && at + leadIn.length() < run.length()) {
				start = Math.max(start, at + leadIn.length());
			}
		}
		return run.substring(start);
	}
}
