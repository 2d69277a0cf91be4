package ogi.casework.documents;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency-specific text of letters, with defaults, and where an agency's own templates are.
 *
 * @param agencyName the sender when a letter does not name one
 * @param reconsiderationBody the reconsideration organ (行政复议机关) the remedy paragraph names (复议法 Art. 24)
 * @param court the court named for a lawsuit (行诉法 Art. 18)
 * @param contact the contact person, telephone and address printed on every letter
 * @param templateDir a directory whose {@code <template>.docx} / {@code <template>.html} replace the built-in ones;
 *        empty means the classpath templates only
 * @param agencies per agency code, letterhead values that replace the defaults above
 */
@ConfigurationProperties("ogi.documents")
public record DocumentSettings(
		@DefaultValue("某某区人民政府办公室") String agencyName,
		@DefaultValue("某某区人民政府") String reconsiderationBody,
		@DefaultValue("有管辖权的人民法院") String court,
		@DefaultValue("政府信息公开工作机构，电话：010-00000000") String contact,
		@DefaultValue("") String templateDir,
		Map<String, Letterhead> agencies) {

	public DocumentSettings {
		agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
	}

	/** The values for one agency: its own where configured, the defaults otherwise. */
	public Letterhead letterhead(String agencyCode) {
		Letterhead own = agencyCode == null ? null : agencies.get(agencyCode);
		if (own == null) {
			return new Letterhead(agencyName, reconsiderationBody, court, contact);
		}
		return new Letterhead(or(own.agencyName(), agencyName), or(own.reconsiderationBody(), reconsiderationBody),
				or(own.court(), court), or(own.contact(), contact));
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	/** An agency's sender name, reconsideration organ, court and contact line. */
	public record Letterhead(String agencyName, String reconsiderationBody, String court, String contact) {
	}
}
