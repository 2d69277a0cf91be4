package ogi.casework.shared;

/**
 * Normalises text as it comes in, so that nothing stored can break a letter, an XML document or a log line later.
 * <p>
 * The choice: control characters are <em>removed</em>, not refused, because they come from copying and pasting (Word
 * puts U+000B, a vertical tab, for Shift+Enter) and a clerk cannot see them to take them out. U+000B, U+000C (form
 * feed), U+0085 (next line), U+2028 and U+2029 (line and paragraph separators) mean a line break, so they become
 * {@code \n}; {@code \r\n} and a lone {@code \r} become {@code \n}; tabs stay. Every other C0 or C1 control character
 * (U+0000–U+001F, U+007F–U+009F), the non-characters U+FFFE and U+FFFF and unpaired surrogates are dropped: none of
 * them may appear in XML 1.0, which every DOCX letter is.
 */
public final class TextInput {

	private TextInput() {
	}

	/** {@code text} with line breaks unified and every other control character removed; null stays null. */
	public static String normalise(String text) {
		if (text == null || isClean(text)) {
			return text;
		}
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				out.append('\n');
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			}
			else if (!dropped(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isClean(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029'
					|| dropped(c) || Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean dropped(char c) {
		return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF'
				|| Character.isSurrogate(c);
	}
}
