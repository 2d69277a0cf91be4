package ogi.casework.shared;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read strictly: an unknown field, a key given twice, a null for a number, trailing content after
 * the JSON value are refused with 400 naming the field; every text is normalised ({@link TextInput}); every date must
 * lie within {@link InputSettings}' bounds. Only the HTTP converter's mapper is strict — the application's own
 * {@link JsonMapper} bean, which reads stored JSON, is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

	private final JsonMapper strict;

	StrictJson(JsonMapper jsonMapper, InputSettings settings) {
		this.strict = strict(jsonMapper, settings);
	}

	@Bean
	InputJson inputJson() {
		return new InputJson(this.strict);
	}

	/** The mapper request bodies are read with: the application's mapper, made strict. */
	static JsonMapper strict(JsonMapper base, InputSettings settings) {
		var module = new SimpleModule("ogi-input");
		module.addDeserializer(String.class, new NormalisingStrings());
		module.addDeserializer(LocalDate.class, new BoundedDates(settings));
		return base.rebuild()
				.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
						DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
				.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
				.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
				.addModule(module)
				.build();
	}

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		for (int i = 0; i < converters.size(); i++) {
			if (converters.get(i) instanceof JacksonJsonHttpMessageConverter) {
				converters.set(i, new JacksonJsonHttpMessageConverter(this.strict));
			}
		}
	}

	/** Every text of a request body, normalised. */
	static final class NormalisingStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			return TextInput.normalise(super.deserialize(p, ctxt));
		}
	}

	/**
	 * A date as {@code yyyy-mm-dd} and nothing else (Jackson's own reader also takes {@code [2026, 11, 20]} and
	 * date-times, silently dropping the time), within the plausible bounds.
	 */
	static final class BoundedDates extends StdScalarDeserializer<LocalDate> {

		private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		private final InputSettings settings;

		BoundedDates(InputSettings settings) {
			super(LocalDate.class);
			this.settings = settings;
		}

		@Override
		public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			if (!p.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
			}
			String text = p.getString().strip();
			if (text.isEmpty()) {
				return null;
			}
			LocalDate date;
			try {
				if (!ISO_DATE.matcher(text).matches()) {
					throw new java.time.format.DateTimeParseException("not yyyy-mm-dd", text, 0);
				}
				date = LocalDate.parse(text);
			}
			catch (java.time.format.DateTimeParseException e) {
				return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date yyyy-mm-dd");
			}
			if (!settings.plausible(date)) {
				throw new ImplausibleDate(p, date, settings);
			}
			return date;
		}
	}

	/** A date outside {@link InputSettings}' bounds; {@link ApiProblems} names its field and the rule. */
	static final class ImplausibleDate extends MismatchedInputException {

		ImplausibleDate(JsonParser p, LocalDate date, InputSettings settings) {
			super(p, date + " is not " + settings.dateRule(), LocalDate.class);
		}
	}
}
