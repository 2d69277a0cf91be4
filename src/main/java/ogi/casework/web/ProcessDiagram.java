package ogi.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The disclosure process's BPMN model for the case page's diagram, its labels in the reader's language: every element
 * whose id has a label {@code bpmn.<id>} in the message bundles is named by it (Chinese first); the model itself,
 * which the engine runs, keeps its English names.
 */
@Component
class ProcessDiagram {

	private static final Pattern TAG = Pattern.compile("<[A-Za-z][\\w:.-]*\\s[^>]*>");

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

	private static final Pattern NAME = Pattern.compile("(\\sname=\")([^\"]*)(\")");

	private final MessageSource messages;

	ProcessDiagram(MessageSource messages) {
		this.messages = messages;
	}

	/** The model at {@code path} with its elements' names in the reader's language. */
	String model(String path, Locale locale) throws IOException {
		String xml;
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher tags = TAG.matcher(xml);
		StringBuilder out = new StringBuilder(xml.length());
		while (tags.find()) {
			tags.appendReplacement(out, Matcher.quoteReplacement(labelled(tags.group(), locale)));
		}
		tags.appendTail(out);
		return out.toString();
	}

	private String labelled(String tag, Locale locale) {
		Matcher id = ID.matcher(tag);
		Matcher name = NAME.matcher(tag);
		if (!id.find() || !name.find()) {
			return tag;
		}
		String label = messages.getMessage("bpmn." + id.group(1), null, null, locale);
		if (label == null) {
			return tag;
		}
		return tag.substring(0, name.start()) + name.group(1) + HtmlUtils.htmlEscape(label, "UTF-8") + name.group(3)
				+ tag.substring(name.end());
	}
}
