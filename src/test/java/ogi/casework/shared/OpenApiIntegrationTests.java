package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.jayway.jsonpath.JsonPath;

import ogi.casework.support.CaseworkIntegrationTest;

/**
 * The OpenAPI document describes every endpoint's request body with the right schema: springdoc names a schema after
 * the simple class name, so two records of one name would share (and one would lose) their schema.
 */
@CaseworkIntegrationTest
class OpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void everyRequestBodyIsDocumentedWithItsOwnSchema() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		List<String> wrong = new ArrayList<>();
		int checked = 0;

		for (var entry : handlers.getHandlerMethods().entrySet()) {
			var method = entry.getValue();
			if (!method.getBeanType().getName().startsWith("ogi.casework.")) {
				continue;
			}
			for (MethodParameter parameter : method.getMethodParameters()) {
				if (!parameter.hasParameterAnnotation(RequestBody.class) || !parameter.getParameterType().isRecord()) {
					continue;
				}
				Set<String> expected = properties(parameter.getParameterType());
				for (String path : entry.getKey().getPathPatternsCondition().getPatternValues()) {
					for (var httpMethod : entry.getKey().getMethodsCondition().getMethods()) {
						String operation = "$.paths['" + path + "']." + httpMethod.name().toLowerCase(Locale.ROOT);
						String ref = JsonPath.read(docs, operation + ".requestBody.content['application/json'].schema['$ref']");
						String schema = ref.substring(ref.lastIndexOf('/') + 1);
						Map<String, Object> documented = JsonPath.read(docs, "$.components.schemas['" + schema + "'].properties");
						if (!new TreeSet<>(documented.keySet()).equals(expected)) {
							wrong.add(httpMethod + " " + path + ": " + schema + " documents " + new TreeSet<>(documented.keySet())
									+ ", the body is " + parameter.getParameterType().getName() + " " + expected);
						}
						checked++;
					}
				}
			}
		}

		assertThat(checked).as("request bodies checked").isGreaterThanOrEqualTo(40);
		assertThat(wrong).isEmpty();
	}

	@Test
	void theCaseAndTheMatterRegistrationAreTwoSchemas() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

		String caseBody = JsonPath.read(docs,
				"$.paths['/api/cases/{caseNumber}/registration'].post.requestBody.content['application/json'].schema['$ref']");
		String matterBody = JsonPath.read(docs,
				"$.paths['/api/matters'].post.requestBody.content['application/json'].schema['$ref']");

		assertThat(caseBody).isNotEqualTo(matterBody);
		Map<String, Object> matter = JsonPath.read(docs, "$.components.schemas['MatterRegistration'].properties");
		assertThat(matter).containsKeys("kind", "copyReceivedOn", "caseNumbers");
	}

	@Test
	void noTwoTypesOfTheApiShareASchemaName() {
		Map<String, Set<String>> byName = new java.util.TreeMap<>();
		Set<Class<?>> seen = new java.util.HashSet<>();
		for (var method : handlers.getHandlerMethods().values()) {
			if (!method.getBeanType().getName().startsWith("ogi.casework.")) {
				continue;
			}
			collect(method.getMethod().getGenericReturnType(), seen);
			for (var parameter : method.getMethod().getGenericParameterTypes()) {
				collect(parameter, seen);
			}
		}
		for (Class<?> type : seen) {
			var schema = type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
			String name = schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
			byName.computeIfAbsent(name, n -> new TreeSet<>()).add(type.getName());
		}

		assertThat(seen).hasSizeGreaterThan(40);
		assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList())
			.as("schema names shared by several types").isEmpty();
	}

	/** Every type of ours that a schema describes, reachable from {@code type}. */
	private static void collect(java.lang.reflect.Type type, Set<Class<?>> seen) {
		if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
			collect(parameterized.getRawType(), seen);
			for (var argument : parameterized.getActualTypeArguments()) {
				collect(argument, seen);
			}
		}
		else if (type instanceof java.lang.reflect.GenericArrayType array) {
			collect(array.getGenericComponentType(), seen);
		}
		else if (type instanceof Class<?> c) {
			if (c.isArray()) {
				collect(c.getComponentType(), seen);
			}
			else if (c.getName().startsWith("ogi.casework.") && !c.isEnum() && !c.isInterface()
					&& !c.getName().equals("ogi.casework.accounts.CurrentUser") && seen.add(c)) {
				if (c.isRecord()) {
					for (RecordComponent component : c.getRecordComponents()) {
						collect(component.getGenericType(), seen);
					}
				}
				else {
					for (var getter : c.getMethods()) {
						if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")
								&& getter.getDeclaringClass() == c) {
							collect(getter.getGenericReturnType(), seen);
						}
					}
				}
			}
		}
	}

	private static Set<String> properties(Class<?> record) {
		Set<String> names = new TreeSet<>();
		for (RecordComponent component : record.getRecordComponents()) {
			JsonProperty renamed = component.getAnnotation(JsonProperty.class);
			names.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName());
		}
		return names;
	}
}
