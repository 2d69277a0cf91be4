package ogi.casework.intake;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeat and duplicate applications are spotted (Arts. 36(6), 44). The law sets none of this: every value is the
 * agency's choice [I], and the defaults are a starting point to tune on the agency's own applications.
 *
 * @param similarity the Dice coefficient of the wording's character bigrams from which two requests count as asking
 *        for the same information (default 0.7; an equal document number always counts)
 * @param lookBack how far back (and, for one application, forward) applications are compared (default 2 years); it
 *        bounds the work too
 * @param proactiveDisclosureApplicants how many different applicants asking alike make a cluster worth proposing for
 *        proactive disclosure under Art. 44(1) (default 2, the least the article's 「多个申请人」 allows)
 * @param maxSuggestions how many similar applications one application lists at most (default 20)
 * @param fillerWords words that carry no meaning in a request and are dropped before comparing (default
 *        {@link #DEFAULT_FILLER_WORDS})
 * @param duplicateWarning whether logging an application asks for confirmation (409 {@code possibleDuplicate}) when the
 *        same applicant's application for the same information has the same receipt date (default true)
 */
@ConfigurationProperties("ogi.repeats")
record RepeatSettings(
		@DefaultValue("0.7") double similarity,
		@DefaultValue("P2Y") Period lookBack,
		@DefaultValue("2") int proactiveDisclosureApplicants,
		@DefaultValue("20") int maxSuggestions,
		List<String> fillerWords,
		@DefaultValue("true") boolean duplicateWarning) {

	/**
	 * Request words (申请公开, 请提供 …), prepositions and particles (关于, 的), addresses to the agency (贵局) and words
	 * every request shares (信息, 情况, 文件): they would make unrelated requests look alike.
	 */
	static final List<String> DEFAULT_FILLER_WORDS = List.of("依申请公开", "申请公开", "请求公开", "要求公开", "请予公开", "予以公开",
			"请公开", "申请获取", "申请提供", "请提供", "要求提供", "提供", "公开", "申请", "关于", "有关", "相关", "具体", "详细", "全部",
			"内容", "政府信息", "信息", "情况", "文件", "本人", "贵单位", "贵机关", "贵局", "贵委", "贵办", "一下", "请", "的", "了");

	RepeatSettings {
		if (!(similarity > 0 && similarity <= 1)) {
			throw new IllegalArgumentException("ogi.repeats.similarity lies in (0, 1], not " + similarity);
		}
		if (lookBack.isNegative() || lookBack.isZero()) {
			throw new IllegalArgumentException("ogi.repeats.look-back must be positive, not " + lookBack);
		}
		if (proactiveDisclosureApplicants < 2) {
			throw new IllegalArgumentException("ogi.repeats.proactive-disclosure-applicants is at least 2 (Art. 44: 多个申请人)");
		}
		fillerWords = fillerWords == null ? DEFAULT_FILLER_WORDS : List.copyOf(fillerWords);
	}

	/** The defaults, for tests and tools. */
	static RepeatSettings defaults() {
		return new RepeatSettings(0.7, Period.ofYears(2), 2, 20, null, true);
	}
}
