package ogi.casework.documents;

import java.util.Map;

import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;

/** The articles the engine names ("Art. 36(3)") as a Chinese letter cites them (第三十六条第（三）项). */
public final class LegalCitations {

	/** 《中华人民共和国政府信息公开条例》 (State Council Decree No. 711, 2019). */
	public static final String REGULATIONS = "《中华人民共和国政府信息公开条例》";

	/** Arts. 14–16 and 30–39 of the Regulations; Art. 36 has items (项), Arts. 16 and 39 paragraphs (款). */
	private static final Map<String, String> ARTICLES = Map.ofEntries(
			Map.entry("Art. 14", "第十四条"),
			Map.entry("Art. 15", "第十五条"),
			Map.entry("Art. 16(1)", "第十六条第一款"),
			Map.entry("Art. 16(2)", "第十六条第二款"),
			Map.entry("Art. 30", "第三十条"),
			Map.entry("Art. 31", "第三十一条"),
			Map.entry("Art. 32", "第三十二条"),
			Map.entry("Art. 33(2)", "第三十三条第二款"),
			Map.entry("Art. 34", "第三十四条"),
			Map.entry("Art. 35", "第三十五条"),
			Map.entry("Art. 36(1)", "第三十六条第（一）项"),
			Map.entry("Art. 36(2)", "第三十六条第（二）项"),
			Map.entry("Art. 36(3)", "第三十六条第（三）项"),
			Map.entry("Art. 36(4)", "第三十六条第（四）项"),
			Map.entry("Art. 36(5)", "第三十六条第（五）项"),
			Map.entry("Art. 36(6)", "第三十六条第（六）项"),
			Map.entry("Art. 36(7)", "第三十六条第（七）项"),
			Map.entry("Art. 37", "第三十七条"),
			Map.entry("Art. 38", "第三十八条"),
			Map.entry("Art. 39(1)", "第三十九条第一款"),
			Map.entry("Art. 39(2)", "第三十九条第二款"));

	private LegalCitations() {
	}

	/** One article of the Regulations in Chinese, or {@code null} where the engine knows none ("—"). */
	public static String article(String article) {
		return ARTICLES.get(article);
	}

	/**
	 * The legal basis of a reply: the outcome's article and, for a refusal, the ground's (Arts. 14–16), e.g.
	 * 《中华人民共和国政府信息公开条例》第三十六条第（三）项、第十四条.
	 */
	public static String legalBasis(Outcome outcome, ExemptionGround ground) {
		if (outcome == Outcome.ABANDONED_UNPAID) {
			return "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";
		}
		String first = article(outcome.article());
		String second = ground == null ? null : article(ground.article());
		if (first == null && second == null) {
			return REGULATIONS;
		}
		if (first == null) {
			return REGULATIONS + second;
		}
		return REGULATIONS + first + (second == null || second.equals(first) ? "" : "、" + second);
	}
}
