package ogi.casework.shared;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON that a person typed or pasted (a page's text area) by the same strict rules as request bodies
 * ({@link StrictJson}): unknown fields and duplicate keys refused, texts normalised, dates within bounds.
 */
public final class InputJson {

	private final JsonMapper mapper;

	InputJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public <T> T read(String json, Class<T> type) throws JacksonException {
		return mapper.readValue(json, type);
	}

	JsonMapper mapper() {
		return mapper;
	}
}
